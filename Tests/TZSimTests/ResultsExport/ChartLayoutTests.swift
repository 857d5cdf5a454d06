import Foundation
import ResultsExport
import ScenarioFormat
import Stochastic
import Studies
import TerritoryModel
import Testing

/// Charts never break: at any horizon and width, tick labels do not run into
/// each other and every label stays inside the picture.
@Suite("Charts: layout rules")
struct ChartLayoutTests {
  /// `count` months from `start` ("2023-06").
  static func months(from year: Int, _ month: Int, count: Int) -> [String] {
    (0..<count).map { i in
      let m = month - 1 + i
      return String(format: "%04d-%02d", year + m / 12, m % 12 + 1)
    }
  }

  static func series(_ n: Int, scale: Double) -> LineChart.Series {
    let mean = (0..<n).map { scale * (1 + sin(Double($0) / 3)) }
    return LineChart.Series(
      name: "Personnes accompagnées depuis le 1er janvier", color: "#1f5fa6", mean: mean, low: mean.map { $0 * 0.8 },
      high: mean.map { $0 * 1.2 })
  }

  @Test("tick labels fit at every horizon from 1 month to 10 years, at two widths", arguments: [1, 2, 7, 12, 19, 60, 120])
  func horizons(_ n: Int) {
    for width in [720.0, 420] {
      for language in [ReportLanguage.fr, .en] {
        let chart = LineChart.make(
          id: "c", title: "t", yLabel: "personnes", months: Self.months(from: 2023, 6, count: n),
          series: [Self.series(n, scale: 420), Self.series(n, scale: 80)],
          closures: [LineChart.Span(from: 0.2, to: 1.5, label: "Confinement du printemps 2020")],
          targets: [LineChart.Target(from: 0, to: Double(min(n - 1, 6)), value: 800, label: "objectif 800")], language: language,
          width: width)
        #expect(chart.layoutProblems.isEmpty, "\(n) months, \(width) px: \(chart.layoutProblems)")
        #expect(!chart.labels.filter { $0.role == .xTick }.isEmpty, "\(n) months: at least one month is named")
      }
    }
  }

  @Test("months are written in French, thinned to quarters then years")
  func monthWords() {
    let short = LineChart.make(
      id: "c", title: "t", yLabel: "y", months: Self.months(from: 2023, 6, count: 19), series: [Self.series(19, scale: 1)], language: .fr)
    let ticks = short.labels.filter { $0.role == .xTick }.map(\.text)
    #expect(ticks.contains("janv. 2024"), "\(ticks)")
    #expect(!ticks.contains { $0.hasPrefix("2023-") }, "no ISO months")
    let long = LineChart.make(
      id: "c", title: "t", yLabel: "y", months: Self.months(from: 2020, 1, count: 120), series: [Self.series(120, scale: 1)], language: .fr)
    #expect(long.labels.filter { $0.role == .xTick }.map(\.text).allSatisfy { $0.count == 4 }, "ten years: years only")
  }

  @Test("the layout check itself finds overlapping ticks and labels outside the picture")
  func checkerFindsProblems() {
    // Every month named, as the first report did: the labels of a 19-month horizon run into each other.
    var names: [ChartLabel] = []
    for i in 0..<19 { names.append(ChartLabel("2023-0\(i % 9 + 1)", x: 70 + Double(i) * 33, y: 280, anchor: .middle, role: .xTick)) }
    names.append(ChartLabel("temps en rendez-vous partout", x: 700, y: 100, role: .axisTitle))
    #expect(names.indices.dropFirst().contains { names[$0].overlaps(names[$0 - 1]) })
    #expect(names.last!.box.maxX > 720)
  }

  @Test("bars: long names are shortened inside the margin, values and the axis stay inside")
  func bars() {
    let items = [
      BarChart.Item(label: "Permanence de Lusigny-sur-Barse, salle des fêtes et mairie annexe", value: 0.29, low: 0.2, high: 0.41),
      BarChart.Item(label: "PCE Troyes", value: 0.93, low: 0.88, high: 1),
    ]
    for language in [ReportLanguage.fr, .en] {
      let chart = BarChart.make(
        id: "b", title: "t", axisTitle: "part du temps au guichet passée en rendez-vous", items: items, percent: true, language: language)
      #expect(chart.layoutProblems.isEmpty, "\(chart.layoutProblems)")
      #expect(chart.labels.filter { $0.role == .xTick }.count == 5, "a graduated axis")
      #expect(chart.labels.contains { $0.text.hasSuffix("…") })
    }
  }

  @Test("the shipped scenarios' reports (1 year, 19 months, 5 years, options) have clean charts", arguments: TestPaths.scenarios)
  func shipped(_ path: String) async throws {
    let s = try ScenarioDecoder.decode(bytes: TestPaths.bytes(path), file: path)
    let study = try Study(scenario: s, file: path, withOptions: true, seed: 3, replications: 2)
    var fold = StudyFold(study: study, flavour: .standard)
    await study.run(units: 0..<study.units, jobs: 2) { u, r in _ = fold.add(unit: u, r) }
    let summaries = fold.aggregators.map { $0.summary() }
    for language in [ReportLanguage.fr, .en] {
      let report = Report(
        summary: summaries[0], parameters: s.parameters, assumptions: s.assumptions, language: language, version: "test",
        comparison: fold.comparisonSummary(study: study, summaries: summaries))
      #expect(!report.figures.isEmpty)
      for f in report.figures { #expect(f.chart.layoutProblems.isEmpty, "\(path): \(f.chart.layoutProblems)") }
    }
  }
}

/// Fitting a bar's name is linear in its length and gives what the former
/// loop (remove two characters, add "…", measure again) gave.
@Suite("Charts: long names")
struct ChartLabelFitTests {
  /// The former fitting, quadratic: the reference.
  static func former(_ s: String, size: Double, maxWidth: Double) -> String {
    var s = s
    while ChartLabel.estimatedWidth(s, size: size) > maxWidth && s.count > 2 { s = String(s.dropLast(2)) + "…" }
    return s
  }

  @Test("same result as the former loop on names of every length and character class")
  func sameAsFormer() {
    let stream = RandomStream(seed: 5)
    let alphabet = Array("ilmwMW0123 .,€—abcdefAÉéè%()[]")
    for _ in 0..<600 {
      let n = stream.uniformInt(below: 90)
      let s = String((0..<n).map { _ in alphabet[stream.uniformInt(below: alphabet.count)] })
      let width = 20 + Double(stream.uniformInt(below: 300))
      #expect(ChartLabel.shortened(s, size: 12, toWidth: width) == Self.former(s, size: 12, maxWidth: width), "\(s) in \(width)")
    }
  }

  @Test("a 200 kB name is shortened in one pass")
  func long() {
    let name = String(repeating: "Point Conseil Emploi ", count: 10_000)
    let fitted = ChartLabel.shortened(name, size: 12, toWidth: 274)
    #expect(fitted.hasSuffix("…") && ChartLabel.estimatedWidth(fitted, size: 12) <= 274)
  }
}
