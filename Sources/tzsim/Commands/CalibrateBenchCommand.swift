import ArgumentParser
import Foundation
import ScenarioFormat
import SimulationCore
import Stochastic
import Studies
import TerritoryModel

/// `tzsim bench calibrate`: how long fitting two keys of the Troyes 2020
/// scenario to one year of monthly data takes. The "observed" year is a
/// replication of the scenario itself (another seed), so the answer is known.
struct CalibrateBenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "calibrate",
    abstract: "Seconds to fit two keys of the Troyes 2020 scenario to one year of monthly data.",
    discussion: "Example:\n  tzsim bench calibrate --jobs 2")

  @Option(help: "Replications per evaluation.")
  var replications: Int = 20

  @Option(help: "Parallel jobs: this machine's number of cores unless given.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Seed of the replication taken as observed.")
  var observedSeed: UInt64 = 99

  func run() async throws {
    try await reporting {
      let scenario = try ScenarioDecoder.decode(bytes: EmbeddedScenarios.troyes2020, file: "troyes-2020.yaml")
      var model = try TerritorySimulation(
        parameters: scenario.parameters, seeder: StreamSeeder(masterSeed: observedSeed), replication: 0)
      let r = model.run()
      let observed = [KPI.accompanied, .invitationsResponded].map { kpi in
        let values = r.monthly.first { $0.kpi == kpi.id }!.values
        return ObservedSeries(
          kpi: kpi, source: "replication 0, seed \(observedSeed)",
          values: Dictionary(uniqueKeysWithValues: zip(r.months, values).filter { $0.0.hasPrefix("2020-") }))
      }
      let keys = [
        Calibration.Key(path: ParameterKey.walkInsPerWeek.path("troyes").description, range: 1...20),
        Calibration.Key(path: ParameterKey.responseProbability.path().description, range: 0.05...0.5),
      ]
      let calibration = try Calibration(
        scenario: scenario, file: "troyes-2020.yaml", observed: observed, keys: keys, replications: replications, seed: scenario.seed)
      // The cost of setting the fitted keys for one candidate, apart from its simulations.
      let setStart = DispatchTime.now().uptimeNanoseconds
      for i in 0..<50 { _ = try calibration.parameters(for: [5 + Double(i) / 10, 0.2]) }
      let setMilliseconds = Double(DispatchTime.now().uptimeNanoseconds - setStart) / 50 / 1e6
      let start = DispatchTime.now().uptimeNanoseconds
      let o = try await calibration.run(jobs: jobs)
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      let truth = [
        scenario.parameters.sites.first { $0.id == "troyes" }!.walkInsPerWeek, scenario.parameters.invitations!.responseProbability,
      ]
      let fitted = zip(o.fitted, truth).map { f, t in
        "{\"key\": \"\(f.key.path)\", \"true\": \(t.shortestText), \"fitted\": \(f.value.shortestText), \"se\": \(f.standardError.shortestText)}"
      }
      print(
        "{\"bench\": \"calibrate\", \"scenario\": \"troyes-2020\", \"months\": \(o.moments), \"keys\": 2, \"jobs\": \(jobs), \"replications_per_evaluation\": \(replications), \"evaluations\": \(o.evaluations), \"replications\": \(o.replicationsRun), \"seconds\": \(String(format: "%.2f", seconds)), \"set_ms_per_candidate\": \(String(format: "%.3f", setMilliseconds)), \"p_value\": \(o.pValue.shortestText), \"fitted\": [\(fitted.joined(separator: ", "))]}"
      )
    }
  }
}
