public import ResultsExport
import ScenarioFormat
import SimulationCore
import Stochastic
import TerritoryModel

/// The runs behind the tornado chart: the baseline, then each uncertain
/// assumption alone at its law's 5th and 95th percentile, all on the first
/// ``replications`` replications of the run's streams (common random
/// numbers: the baseline's own replications 0…m − 1), so that each bar is a
/// paired difference.
///
/// ```swift
/// let tornado = try TornadoStudy(outer: outer)
/// let t = await tornado.run(jobs: 2)     // t.bars[i].atLow, t.bars[i].atHigh
/// ```
public struct TornadoStudy: Sendable {
  /// At most this many replications per end of a bar.
  public static let maximumReplications = 50

  public let outer: UncertaintyStudy
  public let replications: Int
  /// The baseline's plan, then each input's low and high plans.
  let plans: [TerritoryPlan]

  public init(outer: UncertaintyStudy) throws {
    self.outer = outer
    replications = min(outer.study.replications, Self.maximumReplications)
    let u = outer.uncertainty
    let base = outer.study.variants[0].plan
    var plans = [base]
    for i in u.inputs.indices {
      for level in [ScenarioUncertainty.tornadoLevels.low, ScenarioUncertainty.tornadoLevels.high] {
        plans.append(try TerritoryPlan(parameters: u.parameters(base.parameters, input: i, at: level)))
      }
    }
    self.plans = plans
  }

  /// The outputs of each variant, averaged over the replications: each objective's share met, then the headline means.
  public func run(jobs: Int) async -> UncertaintySummary.Tornado {
    let v = plans.count
    let headline = outer.headline
    let objectives = plans[0].parameters.objectives.count
    var sums = [[Double]](repeating: [Double](repeating: 0, count: objectives + headline.count), count: v)
    let seeder = StreamSeeder(masterSeed: outer.study.seed)
    let plans = self.plans
    await OrderedReplications.run(
      first: 0, count: replications * v, jobs: jobs,
      body: { u in
        var model = TerritorySimulation(plan: plans[u % v], seeder: seeder, replication: u / v)
        let result = model.run()
        return result.objectives.map { $0.met ? 1.0 : 0 } + headline.map { result.value($0) ?? .nan }
      },
      consume: { u, outputs in
        for (j, x) in outputs.enumerated() { sums[u % v][j] += x }
      })
    let m = Double(replications)
    let means = sums.map { $0.map { $0 / m } }
    let u = outer.uncertainty
    return UncertaintySummary.Tornado(
      replications: replications, center: means[0],
      bars: u.inputs.indices.map { i in
        .init(
          input: i, lowValue: u.inputs[i].value(at: ScenarioUncertainty.tornadoLevels.low),
          highValue: u.inputs[i].value(at: ScenarioUncertainty.tornadoLevels.high), atLow: means[1 + 2 * i], atHigh: means[2 + 2 * i])
      })
  }
}
