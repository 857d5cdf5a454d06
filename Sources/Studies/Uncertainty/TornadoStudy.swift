public import ResultsExport
import ScenarioFormat
import SimulationCore
public import Stochastic
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

  /// The runs: `replications` × (1 + 2k), unit u is plan u mod (1 + 2k) on replication u div (1 + 2k).
  public var units: Int { replications * plans.count }

  /// Unit `u`'s outputs: each objective met (1) or not (0), then the headline figures.
  public func evaluate(unit u: Int, seeder: StreamSeeder) -> [Double] {
    let v = plans.count
    var model = TerritorySimulation(plan: plans[u % v], seeder: seeder, replication: u / v)
    let result = model.run()
    return result.objectives.map { $0.met ? 1.0 : 0 } + outer.headline.map { result.value($0) ?? .nan }
  }

  /// The outputs of each variant, averaged over the replications: each objective's share met, then the headline means.
  public func run(jobs: Int) async -> UncertaintySummary.Tornado {
    var fold = Fold(self)
    let seeder = StreamSeeder(masterSeed: outer.study.seed)
    let tornado = self
    await OrderedReplications.run(
      first: 0, count: units, jobs: jobs, body: { u in tornado.evaluate(unit: u, seeder: seeder) },
      consume: { u, outputs in fold.add(u, outputs) })
    return fold.tornado
  }

  /// The tornado's runs summed in unit order (the same sums, to the bit, whether the units come from the
  /// simulations or from shards' partial files).
  public struct Fold: Sendable {
    let study: TornadoStudy
    var sums: [[Double]]
    public private(set) var nextUnit = 0

    public init(_ study: TornadoStudy) {
      self.study = study
      let width = study.plans[0].parameters.objectives.count + study.outer.headline.count
      sums = [[Double]](repeating: [Double](repeating: 0, count: width), count: study.plans.count)
    }

    /// Adds unit `u`'s outputs. - Precondition: units in order, each once, of the right width.
    public mutating func add(_ u: Int, _ outputs: [Double]) {
      precondition(u == nextUnit && outputs.count == sums[0].count, "tornado unit \(u) arrives when \(nextUnit) is expected")
      nextUnit += 1
      let v = study.plans.count
      for (j, x) in outputs.enumerated() { sums[u % v][j] += x }
    }

    public var tornado: UncertaintySummary.Tornado {
      let m = Double(study.replications)
      let means = sums.map { $0.map { $0 / m } }
      let u = study.outer.uncertainty
      return UncertaintySummary.Tornado(
        replications: study.replications, center: means[0],
        bars: u.inputs.indices.map { i in
          .init(
            input: i, lowValue: u.inputs[i].value(at: ScenarioUncertainty.tornadoLevels.low),
            highValue: u.inputs[i].value(at: ScenarioUncertainty.tornadoLevels.high), atLow: means[1 + 2 * i], atHigh: means[2 + 2 * i])
        })
    }
  }
}
