import Foundation
import ScenarioFormat
import Stochastic
import Studies
import TerritoryModel
import Testing

/// Calibration proven on data the model made: series drawn at a known value,
/// fitted from a wrong start, must put the known value inside the reported
/// 95 % interval about 95 times in 100.
@Suite("Calibration: method of simulated moments")
struct CalibrationTests {
  static let scenario = try! ScenarioDecoder.decode(bytes: TestPaths.bytes("Scenarios/starter.yaml"), file: "starter.yaml")
  static let walkIns = "sites[centre].walk_ins_per_week"
  static let truth = 6.0  // the starter scenario's value

  /// One replication of the scenario (seed `seed`) as observed monthly series.
  static func observed(seed: UInt64, kpis: [KPI], scale: Double = 1) throws -> [ObservedSeries] {
    var m = try TerritorySimulation(parameters: scenario.parameters, seeder: StreamSeeder(masterSeed: seed), replication: 0)
    let r = m.run()
    return kpis.map { kpi in
      let values = r.monthly.first { $0.kpi == kpi.id }!.values
      return ObservedSeries(
        kpi: kpi, source: "replication 0, seed \(seed)",
        values: Dictionary(uniqueKeysWithValues: zip(r.months, values.map { $0 * scale }).filter { $0.1.isFinite }))
    }
  }

  @Test(
    "coverage: the true value is inside the 95 % interval in about 95 % of repeats (12 repeats, from a wrong start)", .proof,
    .tags(.statisticalProof))
  func coverage() async throws {
    var inside = 0
    var errors: [Double] = []
    for k in 0..<12 {
      let c = try Calibration(
        scenario: Self.scenario, file: "starter.yaml",
        observed: Self.observed(seed: 500 + UInt64(k), kpis: [.accompanied, .workshopAttended]),
        keys: [.init(path: Self.walkIns, range: 1...20)], replications: 6, seed: 1)
      let o = try await c.run(jobs: 2, start: [15])
      let f = o.fitted[0]
      if f.low <= Self.truth && Self.truth <= f.high { inside += 1 }
      errors.append((f.value - Self.truth) / f.standardError)
    }
    // Binomial(12, 0.95): 10 or more with probability 0.98.
    #expect(inside >= 10, "true value inside \(inside) of 12; standardised errors \(errors)")
    let meanError = errors.reduce(0, +) / Double(errors.count)
    #expect(abs(meanError) < 3 / sqrt(Double(errors.count)) + 0.2, "no bias: mean standardised error \(meanError)")
  }

  @Test("a key that changes no observed series is refused before any fit")
  func unidentifiable() async throws {
    let c = try Calibration(
      scenario: Self.scenario, file: "starter.yaml", observed: Self.observed(seed: 7, kpis: [.accompanied]),
      keys: [.init(path: "workshops[job-search].no_show_probability", range: 0.1...0.9)], replications: 4, seed: 1)
    let e = await #expect(throws: StudyProblem.self) { try await c.run(jobs: 2) }
    #expect(e?.message.contains("changes none of the observed series") == true)
  }

  @Test("a series the model cannot reproduce in the ranges is a poor fit, and said so", .proof, .tags(.statisticalProof))
  func poorFit() async throws {
    let c = try Calibration(
      scenario: Self.scenario, file: "starter.yaml", observed: Self.observed(seed: 8, kpis: [.accompanied], scale: 3),
      keys: [.init(path: Self.walkIns, range: 1...8)], replications: 6, seed: 1)
    let o = try await c.run(jobs: 2)
    #expect(o.poorFit && o.pValue < 0.01, "p = \(o.pValue)")
    #expect(o.fitted[0].value > 7.5, "pushed to the range's end")
  }

  @Test("calibrate writes the fitted scenario, which validates, and a report section")
  func commandLine() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let series = try Self.observed(seed: 9, kpis: [.accompanied])[0]
    let csv =
      "month,kpi,value,source\n" + series.values.sorted { $0.key < $1.key }.map { "\($0.key),pce.accompanied,\($0.value),test\n" }.joined()
    try csv.write(to: dir.appending(path: "obs.csv"), atomically: true, encoding: .utf8)
    let r = try CommandLineTests.tzsim(
      [
        "calibrate", TestPaths.file("Scenarios/starter.yaml").path, "--observed", "obs.csv", "--fit", "\(Self.walkIns)=1...20",
        "--replications", "4", "--output", "cal",
      ], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    let yaml = try String(contentsOf: dir.appending(path: "cal/calibrated.yaml"), encoding: .utf8)
    #expect(yaml.hasPrefix("# Calibrated by tzsim"))
    let fitted = try ScenarioDecoder.decode(text: yaml, file: "calibrated.yaml").parameters.sites[0].walkInsPerWeek
    #expect(fitted != Self.truth && (1...20).contains(fitted), "the fitted value is in the scenario")
    #expect(
      try String(contentsOf: dir.appending(path: "cal/calibration.md"), encoding: .utf8).hasPrefix("## Calage sur les données observées"))
    let bad = try CommandLineTests.tzsim(
      ["calibrate", TestPaths.file("Scenarios/starter.yaml").path, "--observed", "obs.csv", "--fit", "sites[centre].walkins=1...2"], in: dir
    )
    #expect(bad.status == 64 && bad.stderr.contains("`sites[centre].walkins`: names nothing in the scenario"), "\(bad.stderr)")
  }

  @Test("a range whose far end makes an invalid scenario is refused before any simulation")
  func invalidRangeEnd() throws {
    #expect(throws: ScenarioErrors.self) {
      try Calibration(
        scenario: Self.scenario, file: "starter.yaml", observed: Self.observed(seed: 7, kpis: [.accompanied]),
        keys: [.init(path: Self.walkIns, range: 1...200_000)], replications: 4, seed: 1)
    }
  }
}
