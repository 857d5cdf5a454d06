import Foundation
public import ScenarioFormat
import SimulationCore
import Stochastic
public import TerritoryModel

/// Fits numeric scenario keys to observed monthly series by the **method of
/// simulated moments on common random numbers**.
///
/// The moments are the observed monthly values (each series, each month of
/// the horizon it covers). At a candidate θ the model runs R replications
/// (always replications 0…R−1 of the same seed, so that the objective is a
/// smooth function of θ) and the simulated moment is their mean. The
/// objective is Q(θ) = Σ (observed − simulated mean)² / σ², with σ² the
/// replications' variance of that month at the current point (a diagonal
/// weight, updated as the fit moves). Gauss–Newton steps on the moments, in the box of each key's
/// range, minimise it (each step halved until Q falls).
///
/// **Uncertainty.** With the Jacobian G of the simulated moments at θ̂
/// (central differences, common random numbers), W = diag(1/σ²(θ̂)) and Ω
/// the moments' covariance across the replications at θ̂, the sandwich
/// Var(θ̂) ≈ (1 + 1/R)(GᵀWG)⁻¹GᵀWΩWG(GᵀWG)⁻¹: the observed series is one
/// draw of the model (months and series may be correlated), and the simulated
/// mean adds 1/R of its variance. 95 % intervals are θ̂ ± 1.96·se. **Fit.** J = Q(θ̂)/(1 + 1/R) is about χ² with M − K degrees
/// of freedom when the model can reproduce the data; p < 0.01 is reported as a
/// poor fit. **Identifiability.** A key whose whole range changes no simulated
/// moment is refused before any fit.
public struct Calibration: Sendable {
  /// A key to fit and the values it may take.
  public struct Key: Sendable, Equatable {
    public let path: String
    public let range: ClosedRange<Double>

    public init(path: String, range: ClosedRange<Double>) {
      self.path = path
      self.range = range
    }
  }

  public struct Fitted: Sendable {
    public let key: Key
    public let value: Double
    public let standardError: Double
    public var low: Double { value - 1.959964 * standardError }
    public var high: Double { value + 1.959964 * standardError }
  }

  public struct Outcome: Sendable {
    public let fitted: [Fitted]
    /// The fitted values' correlation matrix (from the sandwich covariance; identity where a standard error is 0).
    public let correlation: [[Double]]
    /// J = Q(θ̂) / (1 + 1/R).
    public let statistic: Double
    public let degreesOfFreedom: Int
    public let pValue: Double
    public let moments: Int
    public let evaluations: Int
    public let replicationsRun: Int
    public var poorFit: Bool { pValue < 0.01 }
  }

  public let scenario: Scenario
  public let file: String
  public let observed: [ObservedSeries]
  public let keys: [Key]
  public let replications: Int
  public let seed: UInt64
  /// Replications behind the uncertainty at the fitted point, at least.
  public static let uncertaintyReplications = 40
  /// The moments: (series, month index in the horizon, observed value).
  let moments: [(series: Int, month: Int, value: Double)]

  public init(
    scenario: Scenario, file: String, observed: [ObservedSeries], keys: [Key], replications: Int = 20, seed: UInt64
  ) throws {
    guard !keys.isEmpty else { throw StudyProblem("error: nothing to fit", hint: "name a key with --fit \"path=low...high\"") }
    for k in keys {
      if let issue = scenario.parameters.settingProblem(ParameterPath(parsing: k.path)) {
        throw StudyProblem("error: --fit `\(k.path)`: \(issue.message)", hint: issue.hint)
      }
      guard k.range.lowerBound < k.range.upperBound else {
        throw StudyProblem("error: --fit `\(k.path)`: the range is empty", hint: "write low...high with low < high")
      }
    }
    let p = scenario.parameters
    var months: [String] = []
    var m = YearMonth(year: p.start.year, month: p.start.month)
    let last = YearMonth(year: p.end.year, month: p.end.month)
    while m <= last {
      months.append(m.description)
      m = m.next
    }
    var moments: [(Int, Int, Double)] = []
    if let problem = ObservedFile.problems(observed, parameters: scenario.parameters).first {
      throw StudyProblem("error: \(problem)", hint: "use the ids of the scenario's sites and permanences")
    }
    for (s, series) in observed.enumerated() {
      guard series.kpi.isMonthly else {
        throw StudyProblem("error: `\(series.kpi.id)` has no simulated monthly series", hint: "observe a KPI followed month by month")
      }
      for (i, month) in months.enumerated() { if let v = series.values[month] { moments.append((s, i, v)) } }
    }
    guard moments.count > keys.count else {
      throw StudyProblem(
        "error: \(moments.count) observed month(s) inside the horizon for \(keys.count) key(s) to fit",
        hint: "observe more months than keys to fit (and check that the months are inside the scenario's horizon)")
    }
    self.scenario = scenario
    self.file = file
    self.observed = observed
    self.keys = keys
    self.replications = replications
    self.seed = seed
    self.moments = moments
    // Both ends of every range must make a valid scenario before any simulation.
    _ = try parameters(for: keys.map(\.range.lowerBound))
    _ = try parameters(for: keys.map(\.range.upperBound))
  }

  /// The scenario with the fitted keys set to `theta`.
  public func parameters(for theta: [Double]) throws -> TerritoryParameters {
    do {
      var p = try scenario.parameters.setting(zip(keys, theta).map { (ParameterPath(parsing: $0.path), $1) })
      p.name = "\(scenario.name) [calibration]"
      return p
    } catch {
      let values = zip(keys, theta).map { "\($0.path) = \($1.shortestText)" }.joined(separator: ", ")
      throw ScenarioErrors(
        error.issues.map { ScenarioError(file: file, path: $0.path, message: "with \(values), \($0.message)", hint: $0.hint) })
    }
  }

  /// The simulated mean and variance of every moment at `theta`, and each replication's values.
  func simulate(_ theta: [Double], jobs: Int, count: Int? = nil) async throws -> (mean: [Double], variance: [Double], values: [[Double]]) {
    // The horizon stops at the last observed month: what comes after cannot change what came before.
    var p = try parameters(for: theta)
    if let lastMonth = moments.map(\.month).max() {
      var m = YearMonth(year: p.start.year, month: p.start.month)
      for _ in 0..<lastMonth { m = m.next }
      let next = m.next
      let end = CivilDate(year: next.year, month: next.month, day: 1)!.adding(days: -1)
      if end < p.end {
        p.end = end
        p.objectives = []
      }
    }
    let plan = try TerritoryPlan(parameters: p)
    let seeder = StreamSeeder(masterSeed: seed)
    let ids = observed.map(\.key)
    let moments = self.moments
    var sums = [Double](repeating: 0, count: moments.count)
    var squares = [Double](repeating: 0, count: moments.count)
    var counts = [Double](repeating: 0, count: moments.count)
    var all: [[Double]] = []
    await OrderedReplications.run(
      first: 0, count: count ?? replications, jobs: jobs,
      body: { r -> [Double] in
        var model = TerritorySimulation(plan: plan, seeder: seeder, replication: r)
        let result = model.run()
        let series = ids.map { id in result.monthly.first { $0.kpi == id }?.values ?? [] }
        return moments.map { m in m.month < series[m.series].count ? series[m.series][m.month] : .nan }
      }
    ) { _, values in
      all.append(values)
      for (i, v) in values.enumerated() where v.isFinite {
        sums[i] += v
        squares[i] += v * v
        counts[i] += 1
      }
    }
    let mean = zip(sums, counts).map { $1 > 0 ? $0 / $1 : .nan }
    let variance = (0..<moments.count).map { i -> Double in
      guard counts[i] > 1 else { return .nan }
      return max(0, (squares[i] - counts[i] * mean[i] * mean[i]) / (counts[i] - 1))
    }
    return (mean, variance, all)
  }

  /// σ² with a floor, so that a month the model never varies cannot weigh infinitely.
  static func weight(_ variance: Double, mean: Double) -> Double {
    let v = variance.isFinite ? variance : 0
    return 1 / max(v, 0.25, 1e-3 * mean * mean)
  }

  /// Fits the keys, from `start` (default: each range's middle).
  public func run(jobs: Int, start: [Double]? = nil, progress: (Int) -> Void = { _ in }) async throws -> Outcome {
    let fit = MomentFit(keys: keys, targets: moments.map(\.value), replications: replications) { theta, count in
      try await self.simulate(theta, jobs: jobs, count: count)
    }
    return try await fit.run(start: start, progress: progress)
  }

}
