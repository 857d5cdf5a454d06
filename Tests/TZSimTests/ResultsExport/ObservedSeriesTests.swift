import Foundation
import ResultsExport
import ScenarioFormat
import Stochastic
import TerritoryModel
import Testing

/// Observed series beside the simulated band: read from a file, compared
/// month by month, and checked on data the model made itself.
@Suite("Observed series: simulated and observed")
struct ObservedSeriesTests {
  static func starter() throws -> TerritoryParameters {
    try ScenarioDecoder.decode(bytes: TestPaths.bytes("Scenarios/starter.yaml"), file: "starter.yaml").parameters
  }

  /// The run's summary over `n` replications with `seed`, and its replications' monthly series.
  static func run(_ p: TerritoryParameters, seed: UInt64, n: Int) throws -> (RunSummary, [ReplicationResult]) {
    var agg = RunAggregator(parameters: p, seed: seed)
    var results: [ReplicationResult] = []
    let plan = try TerritoryPlan(parameters: p)
    for r in 0..<n {
      var m = TerritorySimulation(plan: plan, seeder: StreamSeeder(masterSeed: seed), replication: r)
      let result = m.run()
      agg.add(result)
      results.append(result)
    }
    return (agg.summary(), results)
  }

  @Test("back-test: a replication of the model itself falls inside the 10–90 % band about 8 months in 10")
  func backTest() throws {
    let p = try Self.starter()
    let (summary, _) = try Self.run(p, seed: 1, n: 200)
    let (_, observedRuns) = try Self.run(p, seed: 2, n: 40)
    // Continuous monthly series (a mean wait, a utilisation): no ties at the band's ends.
    var shares: [Double] = []
    for r in observedRuns {
      var inside = 0
      var months = 0
      for kpi in [KPI.firstAppointmentWait, .advisorUtilization] {
        let values = r.monthly.first { $0.kpi == kpi.id }!.values
        let series = ObservedSeries(
          kpi: kpi, source: "replication", values: Dictionary(uniqueKeysWithValues: zip(summary.months, values).filter { $0.1.isFinite }))
        let c = ObservedComparison(series, summary: summary)!
        inside += c.months - c.outside.count
        months += c.months
      }
      shares.append(Double(inside) / Double(months))
    }
    let mean = shares.reduce(0, +) / Double(shares.count)
    let sd = sqrt(shares.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(shares.count - 1))
    let se = sd / sqrt(Double(shares.count))
    // The band of 200 replications covers a new one with probability (k90 − k10) / 201 ≈ 0.796.
    #expect(abs(mean - 0.796) <= 3 * se + 0.005, "share inside \(mean), SE \(se)")
    #expect(se < 0.03, "the test can tell 0.8 from 0.7")
  }

  @Test("a series far from the model is mostly outside, and its months are named")
  func misfit() throws {
    let p = try Self.starter()
    let (summary, _) = try Self.run(p, seed: 1, n: 50)
    let doubled = ObservedSeries(
      kpi: .accompanied, source: "test",
      values: Dictionary(uniqueKeysWithValues: summary.months.enumerated().map { ($1, summary.monthly(.accompanied)!.months[$0].mean * 3) })
    )
    let c = ObservedComparison(doubled, summary: summary)!
    #expect(c.months == 12 && c.shareInside < 0.2)
    let report = Report(summary: summary, parameters: p, assumptions: [], language: .fr, version: "t", observed: [doubled])
    let html = report.html()
    #expect(html.contains("<h2 id=\"observed\">Simulé et observé</h2>"))
    #expect(html.contains("id=\"chart-observed-1\"") && html.contains("class=\"observed\""))
    #expect(html.contains("janv. 2025"), "months outside are named as on the charts")
    for f in report.figures { #expect(f.chart.layoutProblems.isEmpty, "\(f.chart.layoutProblems)") }
  }

  @Test("the observed file: month, kpi, value, source; a bad row is refused with its line, not its content")
  func file() throws {
    let ok = "month;kpi;value;source\n2025-01;pce.accompanied;61;Tableau de bord\n2025-02;pce.accompanied;70,5;Tableau de bord\n"
    let series = try ObservedFile.read(bytes: Array(ok.utf8), file: "o.csv")
    #expect(series.count == 1 && series[0].values == ["2025-01": 61, "2025-02": 70.5] && series[0].source == "Tableau de bord")
    for (bad, message) in [
      ("month,kpi,value,source\n2025-13,pce.accompanied,1,s\n", "line 2: the month must be written YYYY-MM"),
      ("month,kpi,value,source\n2025-01,pce.exits,1,s\n", "line 2: `pce.exits` is not a KPI with a monthly series"),
      ("month,kpi,value,source\n2025-01,pce.accompanied,-1,s\n", "line 2: the value must be a number ≥ 0"),
      (
        "month,kpi,value,source\n2025-01,pce.accompanied,1,s\n2025-01,pce.accompanied,2,s\n",
        "line 3: `pce.accompanied` has two values for 2025-01"
      ),
    ] {
      let e = #expect(throws: ImportProblem.self) { try ObservedFile.read(bytes: Array(bad.utf8), file: "o.csv") }
      #expect(e?.message == message)
    }
  }

  @Test("run --observed: the report sets them side by side, the folder keeps the file, verify agrees")
  func commandLine() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    try "month;kpi;value;source\n2025-03;pce.accompanied;20;Relevé test\n2025-04;pce.accompanied;22;Relevé test\n"
      .write(to: dir.appending(path: "obs.csv"), atomically: true, encoding: .utf8)
    let r = try CommandLineTests.tzsim(
      ["run", TestPaths.file("Scenarios/starter.yaml").path, "--replications", "3", "--observed", "obs.csv", "--output", "res", "--quiet"],
      in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try String(contentsOf: dir.appending(path: "res/report.md"), encoding: .utf8).contains("## Simulé et observé"))
    #expect(FileManager.default.fileExists(atPath: dir.appending(path: "res/observed.csv").path))
    let v = try CommandLineTests.tzsim(["verify", "res"], in: dir)
    #expect(v.status == 0 && v.stdout.hasPrefix("identical"), "\(v.stdout)\(v.stderr)")
  }

  @Test("persons accompanied per place can be observed: the place's own monthly series, named in the report")
  func perPlace() throws {
    let p = try Self.starter()
    let (summary, _) = try Self.run(p, seed: 1, n: 20)
    #expect(summary.monthly.contains { $0.kpi == "pce.accompanied[site=centre]" })
    let text = "month,kpi,dimension,value,source\n2025-02,pce.accompanied,site=centre,25,relevé\n2025-03,pce.accompanied,,25,relevé\n"
    let series = try ObservedFile.read(bytes: Array(text.utf8), file: "o.csv")
    #expect(series.map(\.key) == ["pce.accompanied[site=centre]", "pce.accompanied"])
    #expect(ObservedFile.problems(series, parameters: p).isEmpty)
    let report = Report(summary: summary, parameters: p, assumptions: [], language: .fr, version: "t", observed: series)
    #expect(report.markdown().contains("| Personnes accompagnées — Point Conseil Emploi du centre | relevé | 1 |"))
    let elsewhere = try ObservedFile.read(
      bytes: Array("month,kpi,dimension,value,source\n2025-02,pce.accompanied,site=ailleurs,3,x\n".utf8), file: "o.csv")
    #expect(
      ObservedFile.problems(elsewhere, parameters: p) == [
        "`pce.accompanied[site=ailleurs]`: the scenario has no site or permanence `ailleurs`"
      ])
    let e = #expect(throws: ImportProblem.self) {
      try ObservedFile.read(
        bytes: Array("month,kpi,dimension,value,source\n2025-02,workshops.attended,site=centre,3,x\n".utf8), file: "o.csv")
    }
    #expect(e?.message == "line 2: the dimension must be empty or `site=<id>` with pce.accompanied")
  }
}
