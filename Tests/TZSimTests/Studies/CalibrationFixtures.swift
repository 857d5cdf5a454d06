import ScenarioFormat
import Stochastic
import Studies
import TerritoryModel

/// Data the model made, to calibrate on: the starter scenario and one of its
/// replications as observed series.
enum CalibrationFixtures {
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
}
