public import ResultsExport
public import SimulationCore
public import Stochastic
public import TerritoryModel

/// Measures what common random numbers buy: for one figure, the 95 %
/// half-width of the paired difference (option − baseline on the same
/// replications) against the half-width of the difference of two independent
/// runs (the option on streams of another master seed), for the same N.
public enum PairingCheck {
  public struct Result: Sendable {
    public let option: String
    public let pairedHalfWidth: Double
    public let independentHalfWidth: Double
    /// How many times narrower the paired interval is.
    public var factor: Double { independentHalfWidth / pairedHalfWidth }
    /// Replications independent runs would need for the paired width: N × factor².
    public var replicationsSaved: Double { factor * factor }
  }

  public static func measure(study: Study, key: String, jobs: Int) async -> [Result] {
    let n = study.replications
    let paired = StreamSeeder(masterSeed: study.seed)
    let independent = StreamSeeder(masterSeed: study.seed ^ 0x9E37_79B9_7F4A_7C15)
    func values(_ plan: TerritoryPlan, _ seeder: StreamSeeder) async -> [Double] {
      var out: [Double] = []
      await OrderedReplications.run(count: n, jobs: jobs, body: { r in
        var model = TerritorySimulation(plan: plan, seeder: seeder, replication: r)
        return model.run().value(key) ?? .nan
      }) { _, v in out.append(v) }
      return out
    }
    let base = await values(study.variants[0].plan, paired)
    var results: [Result] = []
    for variant in study.variants.dropFirst() {
      let same = await values(variant.plan, paired)
      let other = await values(variant.plan, independent)
      var d = KPIStatistics()
      var b = KPIStatistics()
      var o = KPIStatistics()
      for i in 0..<n {
        d.add(same[i] - base[i])
        b.add(base[i])
        o.add(other[i])
      }
      let t = StudentT.quantile(0.975, degreesOfFreedom: Double(max(1, n - 1)))
      let unpaired = t * (b.sd * b.sd / Double(n) + o.sd * o.sd / Double(n)).squareRoot()
      results.append(Result(option: variant.id, pairedHalfWidth: d.halfWidth95, independentHalfWidth: unpaired))
    }
    return results
  }
}
