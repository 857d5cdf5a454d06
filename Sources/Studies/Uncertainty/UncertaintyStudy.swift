public import ResultsExport
public import ScenarioFormat
import SimulationCore
import Stochastic
public import TerritoryModel

/// The outer design of a study whose scenario has uncertain assumptions: at
/// each draw of the design (``ScenarioUncertainty/design``), every variant of
/// the study runs R inner replications with the drawn values.
///
/// Streams: the draws of base row j (A_j, B_j and every AB_i,j) share the
/// inner replications j·R … j·R + R − 1, so that a key's effect is measured
/// on common random numbers (the sensitivity indices compare draws of one
/// row), while different rows are independent (the verdict's variance).
/// Unit d is draw d; it is reproducible whatever the jobs or shards.
///
/// ```swift
/// let outer = try UncertaintyStudy(study: study)
/// await outer.run(draws: 0..<outer.draws, jobs: 2) { d, outcome in … }
/// ```
public struct UncertaintyStudy: Sendable {
  public let study: Study
  public let uncertainty: ScenarioUncertainty
  /// The design's points, in [0, 1)^k.
  public let levels: [[Double]]
  /// The figures whose means each draw keeps (each objective's figure, then the wait and the utilisation).
  public let headline: [String]
  let fixed: [Set<ParameterPath>]
  let bases: [TerritoryParameters]

  /// - Throws: ``StudyProblem`` when the scenario has no uncertainty section.
  public init(study: Study) throws {
    guard let u = study.uncertainty else {
      throw StudyProblem(
        "the study has no uncertain assumptions", hint: "add laws in the scenario's `uncertainty` section (docs/uncertainty.md)")
    }
    self.study = study
    uncertainty = u
    levels = u.design.points
    headline = StudyFold.headlineKeys(study.scenario.parameters)
    bases = study.variants.map(\.plan.parameters)
    fixed = study.variants.indices.map { v in
      v == 0 ? [] : Set(study.scenario.options[v - 1].overrides.map { ParameterPath(parsing: $0.path) })
    }
  }

  public var draws: Int { levels.count }

  /// The parameters of variant `v` at draw `d`.
  public func parameters(variant v: Int, draw d: Int) throws(ParameterError) -> TerritoryParameters {
    try uncertainty.parameters(bases[v], at: levels[d], fixed: fixed[v])
  }

  /// Runs every draw, then the tornado's runs, and reads them into the summary of the baseline.
  public func summary(jobs: Int, progress: (Int) -> Void = { _ in }) async -> (summary: UncertaintySummary, outcomes: [DrawOutcome]) {
    var outcomes: [DrawOutcome] = []
    outcomes.reserveCapacity(draws)
    await run(draws: 0..<draws, jobs: jobs) { d, outcome in
      outcomes.append(outcome)
      progress(d + 1)
    }
    let tornado = try? await TornadoStudy(outer: self).run(jobs: jobs)
    return (UncertaintyAnalysis.summary(self, outcomes: outcomes, tornado: tornado), outcomes)
  }

  /// Runs draws `range` on `jobs` tasks; `consume` sees them in order.
  public func run(draws range: Range<Int>, jobs: Int, consume: (Int, DrawOutcome) -> Void) async {
    let seeder = StreamSeeder(masterSeed: study.seed)
    let outer = self
    await OrderedReplications.run(
      first: range.lowerBound, count: range.count, jobs: jobs, body: { d in outer.evaluate(draw: d, seeder: seeder) }, consume: consume)
  }

  /// One draw: every variant's R inner replications.
  func evaluate(draw d: Int, seeder: StreamSeeder) -> DrawOutcome {
    let r = uncertainty.replications
    let row = d % uncertainty.points
    var met: [[Int]] = []
    var means: [[Double]] = []
    var events: UInt64 = 0
    for v in bases.indices {
      // `validate` ran every draw of the design through these rules; a failure here is a bug.
      guard let parameters = try? parameters(variant: v, draw: d), let plan = try? TerritoryPlan(parameters: parameters) else {
        preconditionFailure("draw \(d) of variant \(v) was accepted by validation but is not a valid scenario")
      }
      var count = [Int](repeating: 0, count: parameters.objectives.count)
      var sums = [Double](repeating: 0, count: headline.count)
      for i in 0..<r {
        var model = TerritorySimulation(plan: plan, seeder: seeder, replication: row * r + i)
        let result = model.run()
        events += result.events
        for (o, outcome) in result.objectives.enumerated() where outcome.met { count[o] += 1 }
        for (h, key) in headline.enumerated() { sums[h] += result.value(key) ?? .nan }
      }
      met.append(count)
      means.append(sums.map { $0 / Double(r) })
    }
    return DrawOutcome(met: met, means: means, events: events)
  }
}
