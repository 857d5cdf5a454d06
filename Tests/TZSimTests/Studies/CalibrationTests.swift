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
    // The fit's uncertainty comes with it: a normal law at the fitted value, its sd the standard error.
    let law = try #require(ScenarioDecoder.decode(text: yaml, file: "calibrated.yaml").uncertainty?.inputs.first)
    guard case .normal(let mean, let sd) = law.law else { Issue.record("expected a normal law, got \(law.law)"); return }
    #expect(law.path.description == CalibrationFixtures.walkIns && mean == fitted && sd > 0 && sd < 20)
    #expect(law.source.hasPrefix("tzsim calibrate on obs.csv (SHA-256 "), "\(law.source)")
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

  @Test("the fit's law: a normal for one key, a joint normal for several, none when a standard error is 0 or the correlations contradict")
  func fittedLaw() throws {
    let paths = ["sites[centre].walk_ins_per_week", "sites[centre].advisors"]
    let one = try Calibration.fittedLaw(paths: [paths[0]], values: [7], standardErrors: [1.2], correlation: [[1]], source: "s").get()
    #expect(one.count == 1 && one[0].law == .normal(mean: 7, sd: 1.2) && one[0].joint == nil)
    let two = try Calibration.fittedLaw(
      paths: paths, values: [7, 3], standardErrors: [1.2, 0.4], correlation: [[1, -0.5], [-0.5, 1]], source: "s"
    ).get()
    #expect(two.map { $0.joint?.position } == [0, 1] && two[1].joint?.law.correlation[0][1] == -0.5)
    #expect(two[1].law == .normal(mean: 3, sd: 0.4))
    let flat = Calibration.fittedLaw(
      paths: paths, values: [7, 3], standardErrors: [1.2, 0], correlation: [[1, 0], [0, 1]], source: "s")
    #expect(throws: Calibration.LawProblem.self) { try flat.get() }
    let bad = Calibration.fittedLaw(paths: paths, values: [7, 3], standardErrors: [1.2, 1], correlation: [[1, 1], [1, 1]], source: "s")
    #expect(throws: Calibration.LawProblem.self) { try bad.get() }
  }

  @Test("the fit's law replaces the keys' laws: a key's own law dropped, a joint law kept for the keys not refitted")
  func replacingLaws() throws {
    let paths = ["sites[centre].walk_ins_per_week", "sites[centre].advisors", "workshops[job-search].enrol_probability"]
    let law = try JointNormalLaw(
      means: [6, 2, 0.7], sds: [1, 0.5, 0.1], correlation: [[1, 0.3, 0.2], [0.3, 1, -0.1], [0.2, -0.1, 1]])
    let joint = try UncertainInput.joint(paths.map { ParameterPath(parsing: $0) }, law: law, source: "old fit")
    let u = ScenarioUncertainty(points: 8, inputs: joint)
    let refit = try Calibration.fittedLaw(paths: [paths[1]], values: [3], standardErrors: [0.2], correlation: [[1]], source: "new").get()
    let once = try u.replacingLaws(with: refit)
    #expect(once.points == 8 && once.inputs.map(\.path.description) == [paths[0], paths[2], paths[1]])
    #expect(once.inputs[0].joint?.law.correlation == [[1, 0.2], [0.2, 1]] && once.inputs[2].source == "new")
    let twice = try once.replacingLaws(
      with: Calibration.fittedLaw(paths: [paths[0]], values: [5], standardErrors: [0.5], correlation: [[1]], source: "newer").get())
    #expect(twice.inputs.map(\.path.description) == [paths[2], paths[1], paths[0]])
    #expect(twice.inputs[0].joint == nil && twice.inputs[0].law == .normal(mean: 0.7, sd: 0.1) && twice.inputs[0].source == "old fit")
  }
}
