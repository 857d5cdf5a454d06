/// Horizontal bars with an interval each, names in a margin wide enough for
/// them, a value after each interval, and a graduated axis below.
public enum BarChart {
  public struct Item: Sendable {
    public let label: String
    public let value: Double
    public let low: Double
    public let high: Double

    public init(label: String, value: Double, low: Double, high: Double) {
      self.label = label
      self.value = value
      self.low = low
      self.high = high
    }
  }

  public static func make(
    id: String, title: String, axisTitle: String, items: [Item], color: String = "#1f5fa6", percent: Bool = false,
    language: ReportLanguage, width: Double = 720
  ) -> Chart {
    let t = ReportText(language: language)
    func text(_ v: Double) -> String { percent ? t.percent(v) : t.number(v, digits: abs(v) < 10 && v != v.rounded() ? 1 : 0) }
    let rowH = 26.0
    let top = 12.0
    let bottom = 46.0
    let height = top + bottom + rowH * Double(max(items.count, 1))
    var chart = Chart(id: id, title: title, width: width, height: height)

    // Names: the margin fits the longest, up to 40 % of the width (longer names are shortened with "…").
    let maxLeft = width * 0.4
    let names = items.map { ChartLabel.shortened($0.label, size: 12, toWidth: maxLeft - 14) }
    let left = min(maxLeft, (names.map { ChartLabel.estimatedWidth($0, size: 12) }.max() ?? 40) + 14)
    let maxX = Chart.niceMax(items.flatMap { [$0.high, $0.value] }.filter(\.isFinite).max() ?? 1)
    let valueWidth = items.map { ChartLabel.estimatedWidth(text($0.value), size: 11) }.max() ?? 20
    let ticks = (0...4).map { maxX * Double($0) / 4 }
    let lastTickHalf = ChartLabel.estimatedWidth(text(maxX), size: 11) / 2
    let right = max(valueWidth + 12, lastTickHalf + 6)
    let plotW = width - left - right
    func x(_ v: Double) -> Double { left + plotW * (v.isFinite ? max(0, min(v, maxX)) : 0) / maxX }
    let axisY = top + rowH * Double(max(items.count, 1))

    for v in ticks {
      let xx = x(v)
      chart.shape(
        "<line x1=\"\(Chart.f(xx))\" x2=\"\(Chart.f(xx))\" y1=\"\(Chart.f(top))\" y2=\"\(Chart.f(axisY + 4))\" stroke=\"\(v == 0 ? "#888" : "#ddd")\"/>"
      )
      chart.label(ChartLabel(text(v), x: xx, y: axisY + 17, anchor: .middle, size: 11, role: .xTick))
    }
    chart.shape(
      "<line x1=\"\(Chart.f(left))\" x2=\"\(Chart.f(left + plotW))\" y1=\"\(Chart.f(axisY))\" y2=\"\(Chart.f(axisY))\" stroke=\"#888\"/>")
    chart.label(ChartLabel(axisTitle, x: left + plotW / 2, y: axisY + 36, anchor: .middle, size: 12, role: .axisTitle))

    for (i, item) in items.enumerated() {
      let yy = top + rowH * Double(i)
      chart.label(ChartLabel(names[i], x: left - 8, y: yy + 17, anchor: .end, size: 12, role: .yTick))
      chart.shape(
        "<rect x=\"\(Chart.f(left))\" y=\"\(Chart.f(yy + 5))\" width=\"\(Chart.f(max(0, x(item.value) - left)))\" height=\"16\" fill=\"\(color)\"/>"
      )
      if item.low.isFinite && item.high.isFinite {
        chart.shape(
          "<line x1=\"\(Chart.f(x(item.low)))\" x2=\"\(Chart.f(x(item.high)))\" y1=\"\(Chart.f(yy + 13))\" y2=\"\(Chart.f(yy + 13))\" stroke=\"#222\" stroke-width=\"1.5\"/>"
        )
      }
      let end = max(x(item.value), item.high.isFinite ? x(item.high) : 0)
      chart.label(ChartLabel(text(item.value), x: end + 6, y: yy + 17, size: 11, role: .value))
    }
    chart.data =
      [[t.t("libellé", "label"), t.t("valeur", "value"), t.t("bas", "low"), t.t("haut", "high")]]
      + items.map { [$0.label] + [$0.value, $0.low, $0.high].map(NumberText.plain) }
    return chart
  }
}
