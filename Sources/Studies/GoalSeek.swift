import ResultsExport
public import ScenarioFormat
import SimulationCore
import Stochastic
public import TerritoryModel

/// The cheapest value of one scenario key that meets an objective with a
/// given probability, e.g. the fewest advisors at Troyes for
/// P(accompanied in 2020 ≥ 800) ≥ 0.9.
///
/// **Search.** The candidates are `range.lowerBound, lowerBound + step, …,
/// upperBound`, assumed to cost more as they grow and to make the objective
/// no less likely (more staff never hurts). The largest is evaluated first
/// (if it fails, no candidate can succeed); then bisection keeps the
/// smallest candidate known to meet the target and the largest known to miss
/// it, until they are adjacent. Every candidate runs replications 0, 1, 2, …
/// with the same seed: candidates are compared on common random numbers.
///
/// **Statistical stopping rule** (``SequentialDecision``). A candidate runs
/// replications in batches of `batch`; after each batch a Wilson interval
/// decides (lower bound ≥ target → meets; upper bound < target → misses),
/// with its level set so that the chance of a confident wrong answer over all
/// the looks is at most 0.5 % on each side. When `maxReplications` are spent
/// without a clear decision, the point estimate decides and the evaluation is
/// marked uncertain.
public struct GoalSeek: Sendable {
  public enum Decision: String, Sendable {
    case meets, misses
    case uncertainMeets = "meets (uncertain)"
    case uncertainMisses = "misses (uncertain)"

    public var meets: Bool { self == .meets || self == .uncertainMeets }
  }

  public struct Evaluation: Sendable {
    public let value: Double
    public let met: Int
    public let replications: Int
    public let decision: Decision
    public var probability: Double { Double(met) / Double(replications) }
    public var interval99: (low: Double, high: Double) { WilsonInterval.interval(successes: met, trials: replications, z: GoalSeek.z99) }
  }

  /// z for a two-sided 99 % interval.
  public static let z99 = 2.5758293035489004

  public let scenario: Scenario
  public let file: String
  public let objectiveIndex: Int
  public let target: Double
  public let path: String
  public let candidates: [Double]
  public let seed: UInt64
  public let batch: Int
  public let maxReplications: Int

  public init(
    scenario: Scenario, file: String, objective: String, probability: Double, path: String, range: ClosedRange<Double>, step: Double,
    seed: UInt64, batch: Int = 50, maxReplications: Int = 2000
  ) throws(ScenarioErrors) {
    guard let j = scenario.parameters.objectives.firstIndex(where: { $0.id == objective }) else {
      let known = scenario.parameters.objectives.map(\.id)
      throw ScenarioErrors([
        ScenarioError(
          file: file, path: "objectives", message: "no objective `\(objective)`",
          hint: Spelling.nearest(to: objective, among: known).map { "did you mean `\($0)`?" } ?? "known: \(known.joined(separator: ", "))")
      ])
    }
    self.scenario = scenario
    self.file = file
    objectiveIndex = j
    target = probability
    self.path = path
    var values: [Double] = []
    var x = range.lowerBound
    while x <= range.upperBound + 1e-9 && values.count < 10_000 {
      values.append((x * 1e9).rounded() / 1e9)
      x += step
    }
    candidates = values
    self.seed = seed
    self.batch = batch
    self.maxReplications = maxReplications
    if let issue = scenario.parameters.settingProblem(ParameterPath(parsing: path)) {
      throw ScenarioErrors([ScenarioError(file: file, path: "--vary", message: "`\(path)` \(issue.message)", hint: issue.hint)])
    }
    // Check the path once, with the first candidate.
    _ = try parameters(for: values.first ?? range.lowerBound)
  }

  /// The scenario with the varied key set to `value`, through the parameter catalogue.
  public func parameters(for value: Double) throws(ScenarioErrors) -> TerritoryParameters {
    do {
      var p = try scenario.parameters.setting([(ParameterPath(parsing: path), value)])
      p.name = "\(scenario.name) [plan]"
      return p
    } catch {
      throw ScenarioErrors(
        error.issues.map {
          ScenarioError(file: file, path: $0.path, message: "with \(path) = \(value.shortestText), \($0.message)", hint: $0.hint)
        })
    }
  }

  /// Evaluates one candidate with the stopping rule.
  public func evaluate(_ value: Double, jobs: Int) async throws -> Evaluation {
    let plan = try TerritoryPlan(parameters: parameters(for: value))
    let seeder = StreamSeeder(masterSeed: seed)
    let j = objectiveIndex
    let rule = SequentialDecision(target: target, batch: batch, maxTrials: maxReplications)
    var met = 0
    var n = 0
    while n < maxReplications {
      let count = min(batch, maxReplications - n)
      await OrderedReplications.run(
        first: n, count: count, jobs: jobs,
        body: { r in
          var model = TerritorySimulation(plan: plan, seeder: seeder, replication: r)
          return model.run().objectives[j].met
        }
      ) { _, ok in
        if ok { met += 1 }
      }
      n += count
      try Task.checkCancellation()
      if let decision = rule.decide(successes: met, trials: n) {
        return Evaluation(value: value, met: met, replications: n, decision: decision)
      }
    }
    return Evaluation(
      value: value, met: met, replications: n, decision: Double(met) / Double(max(n, 1)) >= target ? .uncertainMeets : .uncertainMisses)
  }

  /// Runs the search; `report` sees each evaluation as it is decided.
  public func run(jobs: Int, report: (Evaluation) -> Void = { _ in }) async throws -> (answer: Double?, evaluations: [Evaluation]) {
    var evaluations: [Evaluation] = []
    func eval(_ i: Int) async throws -> Bool {
      let e = try await evaluate(candidates[i], jobs: jobs)
      evaluations.append(e)
      report(e)
      return e.decision.meets
    }
    guard !candidates.isEmpty else { return (nil, []) }
    var hi = candidates.count - 1
    guard try await eval(hi) else { return (nil, evaluations) }
    var lo = -1  // index known to miss (or before the range)
    while hi - lo > 1 {
      let mid = (lo + hi) / 2
      if try await eval(mid) { hi = mid } else { lo = mid }
    }
    return (candidates[hi], evaluations)
  }
}
