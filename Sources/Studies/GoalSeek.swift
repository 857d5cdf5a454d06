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
///
/// **Under uncertainty** (``underUncertainty``, `tzsim plan --under-uncertainty`,
/// for a scenario with an `uncertainty` section): replication r of every
/// candidate draws the uncertain assumptions at point r of a Sobol sequence
/// over the laws (the varied key, if it has a law, keeps the candidate's
/// value: it is the decision), then runs once on its own streams. The
/// probability a candidate must reach is then the chance of meeting the
/// objective **when the assumptions are uncertain as their laws say**: the
/// second verdict's probability, E over the assumptions of P(met | assumptions),
/// estimated with one replication per draw. The draws and the streams are the
/// same for every candidate, so candidates stay on common random numbers; the
/// trials are independent (each draw is fresh and runs once), so the Wilson
/// rule keeps its guarantee.
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
  /// The assumptions drawn at each replication, or nil when they are taken as exact.
  public let uncertainty: ScenarioUncertainty?
  /// The levels of draw r (point r of a Sobol sequence over the laws), when under uncertainty.
  let levels: [[Double]]

  public init(
    scenario: Scenario, file: String, objective: String, probability: Double, path: String, range: ClosedRange<Double>, step: Double,
    seed: UInt64, batch: Int = 50, maxReplications: Int = 2000, underUncertainty: Bool = false
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
    if underUncertainty {
      guard let u = scenario.uncertainty else {
        throw ScenarioErrors([
          ScenarioError(
            file: file, path: "uncertainty", message: "planning under uncertainty needs the scenario's `uncertainty` section",
            hint: "give laws to the uncertain assumptions (docs/scenario-format/uncertainty.md), or plan without --under-uncertainty")
        ])
      }
      uncertainty = u
      let sobol = SobolSequence(dimensions: u.inputs.count)
      levels = (0..<maxReplications).map { _ in sobol.next() }
    } else {
      uncertainty = nil
      levels = []
    }
    if let issue = scenario.parameters.settingProblem(ParameterPath(parsing: path)) {
      throw ScenarioErrors([ScenarioError(file: file, path: "--vary", message: "`\(path)` \(issue.message)", hint: issue.hint)])
    }
    // Check the path once, with the first candidate; under uncertainty, the first batch's draws at both ends.
    _ = try parameters(for: values.first ?? range.lowerBound)
    if uncertainty != nil {
      for value in Set([values.first, values.last].compactMap { $0 }).sorted() {
        for r in 0..<min(batch, maxReplications) { _ = try drawnParameters(for: value, replication: r) }
      }
    }
  }

  /// The parameters of replication `r` of a candidate under uncertainty: the
  /// candidate's value, the other uncertain keys at draw r.
  public func drawnParameters(for value: Double, replication r: Int) throws(ScenarioErrors) -> TerritoryParameters {
    try drawnParameters(try parameters(for: value), value: value, replication: r)
  }

  /// ``drawnParameters(for:replication:)`` from the candidate's parameters, set once per candidate.
  func drawnParameters(_ base: TerritoryParameters, value: Double, replication r: Int) throws(ScenarioErrors) -> TerritoryParameters {
    guard let u = uncertainty else { return base }
    do {
      return try u.parameters(base, at: levels[r], fixed: [ParameterPath(parsing: path)])
    } catch {
      let values = zip(u.inputs, u.inputs.values(at: levels[r])).filter { $0.0.path.description != path }
        .map { "\($0.0.path) = \($0.1.shortestText)" }.joined(separator: ", ")
      throw ScenarioErrors(
        error.issues.map {
          ScenarioError(
            file: file, path: "uncertainty",
            message:
              "with \(path) = \(value.shortestText), draw \(r + 1) of the plan (\(values)) makes an invalid scenario: `\($0.path)` \($0.message)",
            hint: "narrow the laws so that every value they allow is valid with every candidate")
        })
    }
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
    let base = try parameters(for: value)
    // Under uncertainty each replication has its own draw's plan (built in the job: it costs as much as a short run).
    let drawn = uncertainty != nil
    let plan = drawn ? nil : try TerritoryPlan(parameters: base)
    let seeder = StreamSeeder(masterSeed: seed)
    let j = objectiveIndex
    let rule = SequentialDecision(target: target, batch: batch, maxTrials: maxReplications)
    var met = 0
    var n = 0
    while n < maxReplications {
      let count = min(batch, maxReplications - n)
      var invalid: (any Error)?
      await OrderedReplications.run(
        first: n, count: count, jobs: jobs,
        body: { [self] r -> Result<Bool, any Error> in
          do {
            let p = try plan ?? TerritoryPlan(parameters: drawnParameters(base, value: value, replication: r))
            var model = TerritorySimulation(plan: p, seeder: seeder, replication: r)
            return .success(model.run().objectives[j].met)
          } catch {
            return .failure(error)
          }
        }
      ) { _, outcome in
        switch outcome {
        case .success(let ok): if ok { met += 1 }
        case .failure(let e): invalid = invalid ?? e
        }
      }
      if let invalid { throw invalid }
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
