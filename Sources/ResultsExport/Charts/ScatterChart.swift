/// Points with a vertical interval each and a name beside each point (placed
/// where it overlaps nothing): options by cost and effect.
public enum ScatterChart {
  public struct Point: Sendable {
    public let label: String
    public let x: Double
    public let y: Double
    public let low: Double
    public let high: Double

    public init(label: String, x: Double, y: Double, low: Double, high: Double) {
      self.label = label
      self.x = x
      self.y = y
      self.low = low
      self.high = high
    }
  }

  public static func make(
    id: String, title: String, xTitle: String, yTitle: String, points: [Point], yPercent: Bool = false, language: ReportLanguage,
    width: Double = 720, height: Double = 320
  ) -> Chart {
    let t = ReportText(language: language)
    func yText(_ v: Double) -> String { yPercent ? t.percent(v) : t.number(v) }
    func xText(_ v: Double) -> String { t.number(v) }
    var chart = Chart(id: id, title: title, width: width, height: height)
    let maxX = Chart.niceMax(points.map(\.x).filter(\.isFinite).max() ?? 1)
    let maxY = yPercent ? 1 : Chart.niceMax(points.map(\.high).filter(\.isFinite).max() ?? 1)
    let yTicks = (0...4).map { maxY * Double($0) / 4 }
    let left = 24 + (yTicks.map { ChartLabel.estimatedWidth(yText($0), size: 11) }.max() ?? 20) + 8
    let right = max(30, ChartLabel.estimatedWidth(xText(maxX), size: 11) / 2 + 6)
    let top = 16.0
    let bottom = 46.0
    let plotW = width - left - right
    let plotH = height - top - bottom
    func x(_ v: Double) -> Double { left + plotW * max(0, min(v, maxX)) / maxX }
    func y(_ v: Double) -> Double { top + plotH * (1 - max(0, min(v, maxY)) / maxY) }
    for (k, v) in yTicks.enumerated() {
      chart.shape(
        "<line x1=\"\(Chart.f(left))\" x2=\"\(Chart.f(left + plotW))\" y1=\"\(Chart.f(y(v)))\" y2=\"\(Chart.f(y(v)))\" stroke=\"\(k == 0 ? "#888" : "#ddd")\"/>"
      )
      chart.label(ChartLabel(yText(v), x: left - 6, y: y(v) + 4, anchor: .end, size: 11, role: .yTick))
    }
    for k in 0...4 {
      let v = maxX * Double(k) / 4
      chart.shape(
        "<line x1=\"\(Chart.f(x(v)))\" x2=\"\(Chart.f(x(v)))\" y1=\"\(Chart.f(top))\" y2=\"\(Chart.f(top + plotH + 4))\" stroke=\"\(k == 0 ? "#888" : "#eee")\"/>"
      )
      chart.label(ChartLabel(xText(v), x: x(v), y: top + plotH + 17, anchor: .middle, size: 11, role: .xTick))
    }
    chart.label(ChartLabel(xTitle, x: left + plotW / 2, y: height - 8, anchor: .middle, size: 12, role: .axisTitle))
    chart.label(ChartLabel(yTitle, x: 14, y: top + plotH / 2, anchor: .middle, size: 12, role: .axisTitle, vertical: true))
    var placed: [ChartLabel] = []
    for p in points {
      let px = x(p.x)
      let py = y(p.y)
      chart.shape(
        "<line x1=\"\(Chart.f(px))\" x2=\"\(Chart.f(px))\" y1=\"\(Chart.f(y(p.low)))\" y2=\"\(Chart.f(y(p.high)))\" stroke=\"#222\" stroke-width=\"1.5\"/>"
      )
      chart.shape("<circle cx=\"\(Chart.f(px))\" cy=\"\(Chart.f(py))\" r=\"4.5\" fill=\"#1f5fa6\"/>")
      let candidates = [
        ChartLabel(p.label, x: px + 8, y: py + 4, size: 11, role: .point),
        ChartLabel(p.label, x: px - 8, y: py + 4, anchor: .end, size: 11, role: .point),
        ChartLabel(p.label, x: px, y: py - 9, anchor: .middle, size: 11, role: .point),
        ChartLabel(p.label, x: px, y: py + 18, anchor: .middle, size: 11, role: .point),
      ]
      if let l = candidates.first(where: { c in
        let b = c.box
        return b.minX >= left && b.maxX <= width && b.minY >= 0 && b.maxY <= top + plotH && !placed.contains { $0.overlaps(c) }
          && !chart.labels.contains { $0.overlaps(c, gap: 0) }
      }) {
        placed.append(l)
      }
    }
    for l in placed { chart.label(l) }
    chart.data =
      [[t.t("libellé", "label"), xTitle, yTitle, yTitle + t.t(" (bas)", " (low)"), yTitle + t.t(" (haut)", " (high)")]]
      + points.map { [$0.label] + [$0.x, $0.y, $0.low, $0.high].map(NumberText.plain) }
    return chart
  }
}
