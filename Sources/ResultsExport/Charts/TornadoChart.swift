/// A tornado chart: one row per assumption, a bar from the outcome with the
/// assumption at its low value to the outcome at its high value, around a
/// vertical line at the outcome with every assumption at its scenario value;
/// the widest bar on top. Names (with the two values) in a left margin,
/// a graduated axis and a two-swatch legend below.
public enum TornadoChart {
  public struct Item: Sendable {
    public let label: String
    public let atLow: Double
    public let atHigh: Double

    public init(label: String, atLow: Double, atHigh: Double) {
      self.label = label
      self.atLow = atLow
      self.atHigh = atHigh
    }
  }

  static let lowColor = "#9ebfe6"
  static let highColor = "#1f5fa6"

  /// - Parameter percent: the outcome is a probability: the axis runs from 0 to 100 %.
  public static func make(
    id: String, title: String, axisTitle: String, center: Double, items: [Item], percent: Bool, language: ReportLanguage,
    width: Double = 720
  ) -> Chart {
    let t = ReportText(language: language)
    func text(_ v: Double) -> String { percent ? t.percent(v) : t.number(v, digits: abs(v) < 10 && v != v.rounded() ? 1 : 0) }
    let rows = items.sorted { abs($0.atHigh - $0.atLow) > abs($1.atHigh - $1.atLow) }
    let rowH = 26.0
    let top = 12.0
    let bottom = 72.0
    let height = top + bottom + rowH * Double(max(rows.count, 1))
    var chart = Chart(id: id, title: title, width: width, height: height)
    let maxLeft = width * 0.5
    let names = rows.map { ChartLabel.shortened($0.label, size: 12, toWidth: maxLeft - 14) }
    let left = min(maxLeft, (names.map { ChartLabel.estimatedWidth($0, size: 12) }.max() ?? 40) + 14)
    let values = (rows.flatMap { [$0.atLow, $0.atHigh] } + [center]).filter(\.isFinite)
    let (lo, hi): (Double, Double) = {
      if percent { return (0, 1) }
      let a = values.min() ?? 0
      let b = values.max() ?? 1
      let pad = max((b - a) * 0.1, abs(b) * 0.01, 1e-9)
      return (a - pad, b + pad)
    }()
    let right = ChartLabel.estimatedWidth(text(hi), size: 11) / 2 + 8
    let plotW = width - left - right
    func x(_ v: Double) -> Double { left + plotW * (max(lo, min(hi, v.isFinite ? v : center)) - lo) / (hi - lo) }
    let axisY = top + rowH * Double(max(rows.count, 1))
    for k in 0...4 {
      let v = lo + (hi - lo) * Double(k) / 4
      chart.shape(
        "<line x1=\"\(Chart.f(x(v)))\" x2=\"\(Chart.f(x(v)))\" y1=\"\(Chart.f(top))\" y2=\"\(Chart.f(axisY + 4))\" stroke=\"#ddd\"/>")
      chart.label(ChartLabel(text(v), x: x(v), y: axisY + 17, anchor: .middle, size: 11, role: .xTick))
    }
    chart.shape(
      "<line x1=\"\(Chart.f(left))\" x2=\"\(Chart.f(left + plotW))\" y1=\"\(Chart.f(axisY))\" y2=\"\(Chart.f(axisY))\" stroke=\"#888\"/>")
    chart.label(ChartLabel(axisTitle, x: left + plotW / 2, y: axisY + 36, anchor: .middle, size: 12, role: .axisTitle))
    for (i, item) in rows.enumerated() {
      let yy = top + rowH * Double(i)
      chart.label(ChartLabel(names[i], x: left - 8, y: yy + 17, anchor: .end, size: 12, role: .yTick))
      for (v, color) in [(item.atLow, lowColor), (item.atHigh, highColor)] {
        let a = min(x(center), x(v))
        let b = max(x(center), x(v))
        chart.shape(
          "<rect x=\"\(Chart.f(a))\" y=\"\(Chart.f(yy + 5))\" width=\"\(Chart.f(max(1, b - a)))\" height=\"16\" fill=\"\(color)\" fill-opacity=\"0.9\"/>"
        )
      }
    }
    chart.shape(
      "<line x1=\"\(Chart.f(x(center)))\" x2=\"\(Chart.f(x(center)))\" y1=\"\(Chart.f(top - 4))\" y2=\"\(Chart.f(axisY))\" stroke=\"#222\" stroke-width=\"1.5\"/>"
    )
    // Legend: two swatches under the axis title.
    let legendY = axisY + 58
    var lx = left
    for (words, color) in [
      (t.t("hypothèse basse (5 %)", "assumption low (5%)"), lowColor), (t.t("hypothèse haute (95 %)", "assumption high (95%)"), highColor),
    ] {
      chart.shape("<rect x=\"\(Chart.f(lx))\" y=\"\(Chart.f(legendY - 10))\" width=\"12\" height=\"12\" fill=\"\(color)\"/>")
      chart.label(ChartLabel(words, x: lx + 16, y: legendY, size: 11, role: .legend))
      lx += 16 + ChartLabel.estimatedWidth(words, size: 11) + 24
    }
    chart.data =
      [
        [
          t.t("hypothèse", "assumption"), t.t("résultat_hypothèse_basse", "outcome_at_low"),
          t.t("résultat_hypothèse_haute", "outcome_at_high"), t.t("résultat_référence", "outcome_at_scenario_values"),
        ]
      ]
      + rows.map { [$0.label] + [$0.atLow, $0.atHigh, center].map(NumberText.plain) }
    return chart
  }
}
