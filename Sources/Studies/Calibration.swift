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

  func objective(_ mean: [Double], weights: [Double]) -> Double {
    var q = 0.0
    for (i, m) in moments.enumerated() where mean[i].isFinite {
      let d = m.value - mean[i]
      q += d * d * weights[i]
    }
    return q
  }

  /// Fits the keys, from `start` (default: each range's middle).
  public func run(jobs: Int, start: [Double]? = nil, progress: (Int) -> Void = { _ in }) async throws -> Outcome {
    let k = keys.count
    let lows = keys.map(\.range.lowerBound)
    let widths = keys.map { $0.range.upperBound - $0.range.lowerBound }
    func theta(_ u: [Double]) -> [Double] { (0..<k).map { lows[$0] + min(1, max(0, u[$0])) * widths[$0] } }
    var evaluations = 0
    // Every evaluation runs `replications`, except those for the uncertainty (counted where they run).
    var replicationsRun = 0
    let u0 = start.map { s in (0..<k).map { (s[$0] - lows[$0]) / widths[$0] } } ?? [Double](repeating: 0.5, count: k)
    let first = try await simulate(theta(u0), jobs: jobs)
    evaluations += 1
    replicationsRun += replications
    let weights = zip(first.variance, first.mean).map { Self.weight($0, mean: $1) }

    // Identifiability: each key's whole range must move some simulated moment.
    for j in 0..<k {
      var lo = u0
      var hi = u0
      lo[j] = 0
      hi[j] = 1
      let a = try await simulate(theta(lo), jobs: jobs)
      let b = try await simulate(theta(hi), jobs: jobs)
      evaluations += 2
      replicationsRun += 2 * replications
      var change = 0.0
      for i in moments.indices where a.mean[i].isFinite && b.mean[i].isFinite {
        change += (b.mean[i] - a.mean[i]) * (b.mean[i] - a.mean[i]) * weights[i]
      }
      if !(change > 1e-6) {
        throw StudyProblem(
          "error: `\(keys[j].path)` changes none of the observed series over its range (\(keys[j].range.lowerBound.shortestText)...\(keys[j].range.upperBound.shortestText)): it cannot be fitted from them",
          hint: "drop it from --fit, or observe a series it acts on")
      }
    }

    // Gauss–Newton on the moments, in the unit box: the Jacobian by central
    // differences on common random numbers (5 % of each range, which also
    // smooths the small steps counts make), a step solving the weighted
    // least-squares problem, halved while it does not lower Q.
    func jacobian(_ u: [Double], count: Int? = nil) async throws -> [[Double]] {
      var g = [[Double]](repeating: [Double](repeating: 0, count: k), count: moments.count)
      for j in 0..<k {
        var a = u
        var b = u
        a[j] = max(0, u[j] - 0.05)
        b[j] = min(1, u[j] + 0.05)
        let sa = try await simulate(theta(a), jobs: jobs, count: count)
        let sb = try await simulate(theta(b), jobs: jobs, count: count)
        evaluations += 2
        replicationsRun += 2 * (count ?? replications)
        progress(evaluations)
        for i in moments.indices {
          let d = sb.mean[i] - sa.mean[i]
          g[i][j] = d.isFinite ? d / (b[j] - a[j]) : 0  // per unit of u
        }
      }
      return g
    }
    var u = u0
    var current = first.mean
    var currentWeights = weights
    var q = objective(current, weights: currentWeights)
    for _ in 0..<10 {
      let g = try await jacobian(u)
      var normal = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
      var rhs = [Double](repeating: 0, count: k)
      for i in moments.indices where current[i].isFinite {
        let r = moments[i].value - current[i]
        for a in 0..<k {
          rhs[a] += g[i][a] * currentWeights[i] * r
          for b in 0..<k { normal[a][b] += g[i][a] * currentWeights[i] * g[i][b] }
        }
      }
      guard let inverse = Self.invert(normal) else { break }
      var step = (0..<k).map { a in (0..<k).reduce(0) { $0 + inverse[a][$1] * rhs[$1] } }
      var moved = false
      for _ in 0..<5 {
        let candidate = (0..<k).map { min(1, max(0, u[$0] + step[$0])) }
        if candidate == u { break }
        let s = try await simulate(theta(candidate), jobs: jobs)
        evaluations += 1
        replicationsRun += replications
        progress(evaluations)
        // Compared with the same weights; the weights then follow the point (continuous updating).
        let qc = objective(s.mean, weights: currentWeights)
        if qc < q {
          u = candidate
          current = s.mean
          currentWeights = zip(s.variance, s.mean).map { Self.weight($0, mean: $1) }
          q = objective(current, weights: currentWeights)
          moved = true
          break
        }
        step = step.map { $0 / 2 }
      }
      if !moved || (step.map(abs).max() ?? 0) < 1e-3 { break }
    }
    let uHat = u
    let thetaHat = theta(uHat)

    // Uncertainty: the Jacobian at θ̂ (per unit of each key), the weights and the moments'
    // covariance at θ̂, from at least 40 replications (a covariance from a handful is too noisy).
    let precise = max(replications, Self.uncertaintyReplications)
    let atHat = try await simulate(thetaHat, jobs: jobs, count: precise)
    evaluations += 1
    replicationsRun += precise
    let w = zip(atHat.variance, atHat.mean).map { Self.weight($0, mean: $1) }
    let g = try await jacobian(uHat, count: precise).map { row in (0..<k).map { row[$0] / widths[$0] } }
    // Sandwich: (GᵀWG)⁻¹ GᵀWΩWG (GᵀWG)⁻¹, with Ω the moments' covariance across the
    // replications at θ̂ (series of the same persons, and levels month to month, are correlated).
    var bread = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    for i in moments.indices where atHat.mean[i].isFinite {
      for a in 0..<k { for b in 0..<k { bread[a][b] += g[i][a] * w[i] * g[i][b] } }
    }
    // WG projected on each replication: s_r = Σ_i g_i w_i (x_ri − mean_i); Ω-term = Σ_r s_r s_rᵀ / (R − 1).
    var meat = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    for values in atHat.values {
      var score = [Double](repeating: 0, count: k)
      for i in moments.indices where values[i].isFinite && atHat.mean[i].isFinite {
        for a in 0..<k { score[a] += g[i][a] * w[i] * (values[i] - atHat.mean[i]) }
      }
      for a in 0..<k { for b in 0..<k { meat[a][b] += score[a] * score[b] / Double(max(atHat.values.count - 1, 1)) } }
    }
    let inflation = 1 + 1 / Double(replications)
    guard let inverse = Self.invert(bread) else {
      throw StudyProblem(
        "error: the fitted keys cannot be told apart from the observed series (they move them in the same way)",
        hint: "fit fewer keys, or observe more series")
    }
    let covariance = Self.product(Self.product(inverse, meat), inverse)
    let fitted = (0..<k).map { j in
      Fitted(key: keys[j], value: thetaHat[j], standardError: sqrt(max(0, covariance[j][j] * inflation)))
    }
    let correlation = (0..<k).map { a in
      (0..<k).map { b -> Double in
        guard a != b else { return 1 }
        let scale = (max(0, covariance[a][a]) * max(0, covariance[b][b])).squareRoot()
        guard scale > 0 else { return 0 }
        // Symmetric by construction, and inside [−1, 1] whatever the rounding.
        return min(1, max(-1, (covariance[a][b] + covariance[b][a]) / 2 / scale))
      }
    }
    let j = objective(atHat.mean, weights: w) / (1 + 1 / Double(precise))
    let df = moments.count - k
    return Outcome(
      fitted: fitted, correlation: correlation, statistic: j, degreesOfFreedom: df,
      pValue: ChiSquared.upperTail(j, degreesOfFreedom: Double(df)),
      moments: moments.count, evaluations: evaluations, replicationsRun: replicationsRun)
  }

  static func product(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
    a.map { row in b[0].indices.map { j in zip(row, b).reduce(0) { $0 + $1.0 * $1.1[j] } } }
  }

  /// The inverse of a small symmetric matrix (Gauss–Jordan with pivoting), or nil if singular.
  static func invert(_ m: [[Double]]) -> [[Double]]? {
    let n = m.count
    var a = m
    var inv = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
    let scale = m.flatMap { $0 }.map(abs).max() ?? 0
    for c in 0..<n {
      guard let p = (c..<n).max(by: { abs(a[$0][c]) < abs(a[$1][c]) }), abs(a[p][c]) > 1e-12 * max(scale, 1e-300) else { return nil }
      a.swapAt(c, p)
      inv.swapAt(c, p)
      let d = a[c][c]
      for j in 0..<n {
        a[c][j] /= d
        inv[c][j] /= d
      }
      for r in 0..<n where r != c {
        let f = a[r][c]
        for j in 0..<n {
          a[r][j] -= f * a[c][j]
          inv[r][j] -= f * inv[c][j]
        }
      }
    }
    return inv
  }
}
