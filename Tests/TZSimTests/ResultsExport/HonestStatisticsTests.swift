import ResultsExport
import SimulationCore
import Stochastic
import TerritoryModel
import Testing

/// Statistics that say what they mean.
@Suite("Results: statistics that say what they mean")
struct HonestStatisticsTests {
  @Test("one replication has no confidence interval, never a zero-width one")
  func oneReplication() {
    var s = KPIStatistics()
    s.add(539)
    #expect(!s.hasInterval && s.halfWidth95.isNaN)
    s.add(541)
    #expect(s.hasInterval && s.ci95.low < 539)
  }

  @Test("a 0/1 flag gets Wilson's interval, inside [0, 1] even when always reached")
  func flag() {
    var s = KPIStatistics(isFlag: true)
    for _ in 0..<20 { s.add(1) }
    let (lo, hi) = s.ci95
    #expect(hi == 1 && lo > 0.8 && lo < 0.9, "Wilson's lower bound for 20/20 is 0.839")
    #expect(abs(lo - WilsonInterval.interval(successes: 20, trials: 20).low) < 1e-12)
  }

  @Test("quantiles are exact sample quantiles up to the limit, P² estimates beyond")
  func exactQuantiles() {
    var s = KPIStatistics()
    let stream = RandomStream(seed: 5)
    var values: [Double] = []
    for _ in 0..<1_001 {
      let x = stream.exponential(mean: 1)
      values.append(x)
      s.add(x)
    }
    let sorted = values.sorted()
    #expect(s.quantilesAreExact)
    #expect(s.quantiles.p50 == sorted[500] && s.quantiles.p10 == sorted[100] && s.quantiles.p90 == sorted[900])
    var big = KPIStatistics()
    var reference = (P2Quantile(0.1), P2Quantile(0.5), P2Quantile(0.9))
    for _ in 0...KPIStatistics.exactLimit + 50 {
      let x = stream.exponential(mean: 1)
      big.add(x)
      reference.0.add(x)
      reference.1.add(x)
      reference.2.add(x)
    }
    #expect(!big.quantilesAreExact)
    #expect(abs(big.quantiles.p50 - 0.693) < 0.05, "the P² median of Exp(1) is near ln 2")
    // Estimates fed only past the limit (kept values first) equal estimates fed from the start.
    #expect(big.quantiles == (reference.0.value, reference.1.value, reference.2.value))
  }

  @Test("a month with no seat offered has no fill rate (absent, not 0)")
  func monthlyRatioWithoutObservation() throws {
    var p = TerritoryFixtures.troyesLike(end: "2020-06-30")
    p.tzcld = nil
    p.objectives = []
    var m = try TerritorySimulation(parameters: p, seeder: StreamSeeder(masterSeed: 4), replication: 0)
    let fill = m.run().monthly.first { $0.kpi == "workshops.fill_rate" }!.values
    // The lockdown (17 March to 10 May 2020) closes workshops all April: no session, no ratio.
    #expect(fill[3].isNaN)
    #expect(fill[0] > 0 && fill[0] <= 1)
  }
}
