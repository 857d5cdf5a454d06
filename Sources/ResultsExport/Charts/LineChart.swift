/// Monthly lines, each with its band (10–90 % of replications), over a
/// horizon of any length: shaded closures, objectives drawn over their own
/// period, tick labels thinned to fit, every label inside the picture.
public enum LineChart {
  public struct Series: Sendable {
    public let name: String
    public let color: String
    public let mean: [Double]
    public let low: [Double]
    public let high: [Double]

    public init(name: String, color: String, mean: [Double], low: [Double], high: [Double]) {
      self.name = name
      self.color = color
      self.mean = mean
      self.low = low
      self.high = high
    }
  }

  /// A stretch of the horizon, in month indices (fractions within a month): a closure to shade.
  public struct Span: Sendable {
    public let from: Double
    public let to: Double
    public let label: String

    public init(from: Double, to: Double, label: String) {
      self.from = from
      self.to = to
      self.label = label
    }
  }

  /// A target value over a stretch of months (an objective for one year).
  public struct Target: Sendable {
    public let from: Double
    public let to: Double
    public let value: Double
    public let label: String

    public init(from: Double, to: Double, value: Double, label: String) {
      self.from = from
      self.to = to
      self.value = value
      self.label = label
    }
  }

  public static func make(
    id: String, title: String, yLabel: String, months: [String], series: [Series], closures: [Span] = [], targets: [Target] = [],
    percent: Bool = false, observed: (name: String, points: [(index: Int, value: Double)])? = nil, language: ReportLanguage,
    width: Double = 720, height: Double = 300
  ) -> Chart {
    let t = ReportText(language: language)
    var chart = Chart(id: id, title: title, width: width, height: height)

    // Vertical scale and the left margin its labels need.
    let values = series.flatMap { $0.high + $0.mean } + targets.map(\.value) + (observed?.points.map(\.value) ?? [])
    let maxY = Chart.niceMax(values.filter(\.isFinite).max() ?? 1)
    let yText = { (v: Double) -> String in percent ? t.percent(v) : t.number(v, digits: maxY < 4 && v != v.rounded() ? 1 : 0) }
    let yTicks = (0...4).map { maxY * Double($0) / 4 }
    let left = 24 + (yTicks.map { ChartLabel.estimatedWidth(yText($0), size: 11) }.max() ?? 20) + 8

    // Legend rows first: they set the top margin.
    let items = series.map { ($0.name, $0.color, false) } + (observed.map { [($0.name, "#111", true)] } ?? [])
    let legend = legendRows(items, left: left, width: width)

    // Horizontal scale: the right margin keeps the last tick label inside.
    let n = max(months.count, 1)
    let axis = MonthAxis(
      months: MonthAxis.parse(months), pixelsPerMonth: (width - left - 24) / Double(max(n - 1, 1)), size: 11, language: language)
    let lastHalf = axis.ticks.last.map { ChartLabel.estimatedWidth($0.text, size: 11) / 2 } ?? 0
    let plot = Plot(
      left: left, top: legend.top, width: width - left - max(24, lastHalf + 6), height: height - legend.top - 34, months: n, maxY: maxY)

    for s in legend.swatches { chart.shape(s) }
    for l in legend.labels { chart.label(l) }
    var named = shadeClosures(closures, plot, avoiding: legend.labels, width: width, &chart)
    drawGrid(yTicks, yText, yLabel: yLabel, plot, &chart)
    for tick in axis.ticks {
      let xx = plot.x(Double(tick.index))
      chart.shape(
        "<line x1=\"\(Chart.f(xx))\" x2=\"\(Chart.f(xx))\" y1=\"\(Chart.f(plot.bottom))\" y2=\"\(Chart.f(plot.bottom + 4))\" stroke=\"#888\"/>"
      )
      chart.label(ChartLabel(tick.text, x: xx, y: plot.bottom + 17, anchor: .middle, size: 11, role: .xTick))
    }
    drawSeries(series, plot, &chart)
    // Observed values: dots over the band.
    for p in observed?.points ?? [] {
      chart.shape(
        "<circle class=\"observed\" cx=\"\(Chart.f(plot.x(Double(p.index))))\" cy=\"\(Chart.f(plot.y(p.value)))\" r=\"3.5\" fill=\"#111\" stroke=\"#fff\" stroke-width=\"1\"/>"
      )
    }
    drawTargets(targets, plot, width: width, named: &named, &chart)
    for l in named { chart.label(l) }
    chart.data = table(months: months, series: series, observed: observed, t)
    return chart
  }

  /// The legend, in rows that wrap at the picture's width; the top margin follows its last row.
  static func legendRows(_ items: [(name: String, color: String, isPoint: Bool)], left: Double, width: Double)
    -> (swatches: [String], labels: [ChartLabel], top: Double)
  {
    var labels: [ChartLabel] = []
    var swatches: [String] = []
    var lx = left
    var ly = 16.0
    for (name, color, isPoint) in items {
      let w = 16 + ChartLabel.estimatedWidth(name, size: 12) + 18
      if lx + w > width - 8 && lx > left {
        lx = left
        ly += 18
      }
      swatches.append(
        isPoint
          ? "<circle cx=\"\(Chart.f(lx + 6))\" cy=\"\(Chart.f(ly - 4))\" r=\"4\" fill=\"\(color)\"/>"
          : "<rect x=\"\(Chart.f(lx))\" y=\"\(Chart.f(ly - 10))\" width=\"12\" height=\"12\" fill=\"\(color)\"/>")
      labels.append(ChartLabel(name, x: lx + 16, y: ly, size: 12, role: .legend))
      lx += w
    }
    return (swatches, labels, ly + 16)
  }

  /// Closures: shaded, named when the name fits beside the legend and the other names.
  static func shadeClosures(_ closures: [Span], _ plot: Plot, avoiding legend: [ChartLabel], width: Double, _ chart: inout Chart)
    -> [ChartLabel]
  {
    var named: [ChartLabel] = []
    for c in closures {
      let x0 = plot.x(max(0, c.from) - 0.5 < 0 ? 0 : c.from - 0.5)
      let x1 = max(x0 + 2, plot.x(min(Double(plot.months - 1), c.to + 0.5)))
      let clipped0 = max(plot.left, min(x0, plot.right))
      let clipped1 = max(plot.left, min(x1, plot.right))
      guard clipped1 > clipped0 else { continue }
      chart.shape(
        "<rect class=\"closure\" x=\"\(Chart.f(clipped0))\" y=\"\(Chart.f(plot.top))\" width=\"\(Chart.f(clipped1 - clipped0))\" height=\"\(Chart.f(plot.height))\" fill=\"#9e9e9e\" fill-opacity=\"0.18\"/>"
      )
      let label = ChartLabel(c.label, x: clipped0 + 3, y: plot.top + 12, size: 10, role: .annotation, color: "#555")
      if label.box.maxX <= width - 2 && !named.contains(where: { $0.overlaps(label) }) && !legend.contains(where: { $0.overlaps(label) }) {
        named.append(label)
      }
    }
    return named
  }

  /// Grid lines at the vertical ticks, their labels, and the vertical axis title.
  static func drawGrid(_ ticks: [Double], _ text: (Double) -> String, yLabel: String, _ plot: Plot, _ chart: inout Chart) {
    for (k, v) in ticks.enumerated() {
      let yy = plot.y(v)
      chart.shape(
        "<line x1=\"\(Chart.f(plot.left))\" x2=\"\(Chart.f(plot.right))\" y1=\"\(Chart.f(yy))\" y2=\"\(Chart.f(yy))\" stroke=\"\(k == 0 ? "#888" : "#ddd")\"/>"
      )
      chart.label(ChartLabel(text(v), x: plot.left - 6, y: yy + 4, anchor: .end, size: 11, role: .yTick))
    }
    chart.label(ChartLabel(yLabel, x: 14, y: plot.top + plot.height / 2, anchor: .middle, size: 12, role: .axisTitle, vertical: true))
  }

  /// Bands and lines; a month with no value breaks them (a lone month is a dot).
  static func drawSeries(_ series: [Series], _ plot: Plot, _ chart: inout Chart) {
    func point(_ i: Int, _ v: [Double]) -> String { "\(Chart.f(plot.x(Double(i)))),\(Chart.f(plot.y(v[i])))" }
    for s in series {
      for run in runs(of: s.mean) {
        if run.count == 1 {
          let i = run[0]
          chart.shape(
            "<circle class=\"mean\" cx=\"\(Chart.f(plot.x(Double(i))))\" cy=\"\(Chart.f(plot.y(s.mean[i])))\" r=\"3\" fill=\"\(s.color)\"/>"
          )
          continue
        }
        let band = run.map { point($0, s.high) } + run.reversed().map { point($0, s.low) }
        chart.shape(
          "<polygon class=\"band\" points=\"\(band.joined(separator: " "))\" fill=\"\(s.color)\" fill-opacity=\"0.18\" stroke=\"none\"/>")
        chart.shape(
          "<polyline class=\"mean\" points=\"\(run.map { point($0, s.mean) }.joined(separator: " "))\" fill=\"none\" stroke=\"\(s.color)\" stroke-width=\"2\"/>"
        )
      }
    }
  }

  /// Targets, each over its own months, labelled above its line where it fits.
  static func drawTargets(_ targets: [Target], _ plot: Plot, width: Double, named: inout [ChartLabel], _ chart: inout Chart) {
    for target in targets {
      let x0 = plot.x(max(0, target.from))
      let x1 = plot.x(min(Double(plot.months - 1), target.to))
      guard x1 >= x0 else { continue }
      let yy = plot.y(target.value)
      chart.shape(
        "<line class=\"target\" x1=\"\(Chart.f(x0))\" x2=\"\(Chart.f(max(x1, x0 + 4)))\" y1=\"\(Chart.f(yy))\" y2=\"\(Chart.f(yy))\" stroke=\"#b00020\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
      )
      var label = ChartLabel(target.label, x: x0 + 2, y: yy - 5, size: 11, role: .annotation, color: "#b00020")
      if label.box.maxX > width - 2 {
        label = ChartLabel(target.label, x: x1, y: yy - 5, anchor: .end, size: 11, role: .annotation, color: "#b00020")
      }
      if label.box.minY < plot.top {
        label = ChartLabel(label.text, x: label.x, y: yy + 14, anchor: label.anchor, size: 11, role: .annotation, color: "#b00020")
      }
      if !named.contains(where: { $0.overlaps(label) }) { named.append(label) }
    }
  }

  /// The data, for charts/<id>.csv: each month, each series' mean and band, the observed value.
  static func table(
    months: [String], series: [Series], observed: (name: String, points: [(index: Int, value: Double)])?, _ t: ReportText
  ) -> [[String]] {
    var header = [t.t("mois", "month")]
    for s in series { header += [s.name + t.t(" (moyenne)", " (mean)"), s.name + " (p10)", s.name + " (p90)"] }
    if let observed { header.append(observed.name) }
    var rows = [header]
    let observedByIndex = Dictionary((observed?.points ?? []).map { ($0.index, $0.value) }, uniquingKeysWith: { a, _ in a })
    for (i, m) in months.enumerated() {
      var row = [m]
      for s in series {
        row += [s.mean, s.low, s.high].map { i < $0.count ? NumberText.plain($0[i]) : "" }
      }
      if observed != nil { row.append(observedByIndex[i].map(NumberText.plain) ?? "") }
      rows.append(row)
    }
    return rows
  }

  /// The runs of consecutive indices whose value is finite.
  static func runs(of values: [Double]) -> [[Int]] {
    var out: [[Int]] = []
    var current: [Int] = []
    for (i, v) in values.enumerated() {
      if v.isFinite {
        current.append(i)
      } else if !current.isEmpty {
        out.append(current)
        current = []
      }
    }
    if !current.isEmpty { out.append(current) }
    return out
  }
}
