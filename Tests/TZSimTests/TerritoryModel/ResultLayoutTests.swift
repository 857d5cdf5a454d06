import ScenarioFormat
import Stochastic
import TerritoryModel
import Testing

/// The result layout, built once per plan, gives each replication's rows in
/// the published order: by KPI, dimension, then period.
@Suite("Result layout")
struct ResultLayoutTests {
  @Test("a replication's rows come in ResultRow's order, each key once, no ratio over zero; monthly series by KPI")
  func order() throws {
    let path = "Scenarios/troyes-champagne-2023.yaml"
    let p = try ScenarioDecoder.decode(bytes: TestPaths.bytes(path), file: path).parameters
    var m = try TerritorySimulation(parameters: p, seeder: StreamSeeder(masterSeed: 7), replication: 0)
    let r = m.run()
    // The first pair out of order, if any (each key once: strictly increasing).
    #expect(zip(r.rows, r.rows.dropFirst()).first { !($0 < $1) } == nil)
    #expect(r.rows.allSatisfy { $0.value.isFinite })
    #expect(r.rows.contains { $0.kpi == KPI.exhaustivityReached.id })
    #expect(zip(r.monthly, r.monthly.dropFirst()).first { $0.kpi > $1.kpi }.map(\.0.kpi) == nil)
    #expect(r.monthly.allSatisfy { $0.values.count == r.months.count })
  }
}
