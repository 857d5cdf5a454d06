import Foundation
import ScenarioFormat
import Stochastic
import Studies
import TerritoryModel
import Testing

/// Calibration's checks on its inputs and its files; the coverage proofs are in
/// `ReleaseTests/` (a release build).
@Suite("Calibration: method of simulated moments")
struct CalibrationTests {
  @Test("a key that changes no observed series is refused before any fit")
  func unidentifiable() async throws {
    let c = try Calibration(
      scenario: CalibrationFixtures.scenario, file: "starter.yaml", observed: CalibrationFixtures.observed(seed: 7, kpis: [.accompanied]),
      keys: [.init(path: "workshops[job-search].no_show_probability", range: 0.1...0.9)], replications: 4, seed: 1)
    let e = await #expect(throws: StudyProblem.self) { try await c.run(jobs: 2) }
    #expect(e?.message.contains("changes none of the observed series") == true)
  }

  @Test("calibrate writes the fitted scenario, which validates, and a report section")
  func commandLine() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let series = try CalibrationFixtures.observed(seed: 9, kpis: [.accompanied])[0]
    let csv =
      "month,kpi,value,source\n" + series.values.sorted { $0.key < $1.key }.map { "\($0.key),pce.accompanied,\($0.value),test\n" }.joined()
    try csv.write(to: dir.appending(path: "obs.csv"), atomically: true, encoding: .utf8)
    let r = try CommandLineTests.tzsim(
      [
        "calibrate", TestPaths.file("Scenarios/starter.yaml").path, "--observed", "obs.csv", "--fit",
        "\(CalibrationFixtures.walkIns)=1...20",
        "--replications", "4", "--output", "cal",
      ], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    let yaml = try String(contentsOf: dir.appending(path: "cal/calibrated.yaml"), encoding: .utf8)
    #expect(yaml.hasPrefix("# Calibrated by tzsim"))
    let fitted = try ScenarioDecoder.decode(text: yaml, file: "calibrated.yaml").parameters.sites[0].walkInsPerWeek
    #expect(fitted != CalibrationFixtures.truth && (1...20).contains(fitted), "the fitted value is in the scenario")
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
        scenario: CalibrationFixtures.scenario, file: "starter.yaml", observed: CalibrationFixtures.observed(seed: 7, kpis: [.accompanied]),
        keys: [.init(path: CalibrationFixtures.walkIns, range: 1...200_000)], replications: 4, seed: 1)
    }
  }
}
