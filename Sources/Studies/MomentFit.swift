import Foundation
import Stochastic

/// The method of simulated moments behind ``Calibration``, for any model
/// that gives, at a point θ, each replication's values of the moments:
/// Gauss–Newton on common random numbers in the box of the keys' ranges, the
/// identifiability check, the sandwich standard errors and the χ² fit test
/// (see ``Calibration`` for the method). The national study fits its typical
/// profiles with it.
public struct MomentFit: Sendable {
  public let keys: [Calibration.Key]
  /// The observed value of each moment.
  public let targets: [Double]
  public let replications: Int
  /// At θ, with `count` replications (nil: `replications`), the mean and
  /// variance of each moment and each replication's values, in order.
  public let simulate: @Sendable ([Double], Int?) async throws -> (mean: [Double], variance: [Double], values: [[Double]])

  public init(
    keys: [Calibration.Key], targets: [Double], replications: Int,
    simulate: @escaping @Sendable ([Double], Int?) async throws -> (mean: [Double], variance: [Double], values: [[Double]])
  ) {
    self.keys = keys
    self.targets = targets
    self.replications = replications
    self.simulate = simulate
  }

  func objective(_ mean: [Double], weights: [Double]) -> Double {
    var q = 0.0
    for (i, t) in targets.enumerated() where mean[i].isFinite {
      let d = t - mean[i]
      q += d * d * weights[i]
    }
    return q
  }

  /// Fits the keys, from `start` (default: each range's middle).
  public func run(start: [Double]? = nil, progress: (Int) -> Void = { _ in }) async throws -> Calibration.Outcome {
    let k = keys.count
    let lows = keys.map(\.range.lowerBound)
    let widths = keys.map { $0.range.upperBound - $0.range.lowerBound }
    func theta(_ u: [Double]) -> [Double] { (0..<k).map { lows[$0] + min(1, max(0, u[$0])) * widths[$0] } }
    var evaluations = 0
    // Every evaluation runs `replications`, except those for the uncertainty (counted where they run).
    var replicationsRun = 0
    let u0 = start.map { s in (0..<k).map { (s[$0] - lows[$0]) / widths[$0] } } ?? [Double](repeating: 0.5, count: k)
    let first = try await simulate(theta(u0), nil)
    evaluations += 1
    replicationsRun += replications
    let weights = zip(first.variance, first.mean).map { Calibration.weight($0, mean: $1) }

    // Identifiability: each key's whole range must move some simulated moment.
    for j in 0..<k {
      var lo = u0
      var hi = u0
      lo[j] = 0
      hi[j] = 1
      let a = try await simulate(theta(lo), nil)
      let b = try await simulate(theta(hi), nil)
      evaluations += 2
      replicationsRun += 2 * replications
      var change = 0.0
      for i in targets.indices where a.mean[i].isFinite && b.mean[i].isFinite {
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
      var g = [[Double]](repeating: [Double](repeating: 0, count: k), count: targets.count)
      for j in 0..<k {
        var a = u
        var b = u
        a[j] = max(0, u[j] - 0.05)
        b[j] = min(1, u[j] + 0.05)
        let sa = try await simulate(theta(a), count)
        let sb = try await simulate(theta(b), count)
        evaluations += 2
        replicationsRun += 2 * (count ?? replications)
        progress(evaluations)
        for i in targets.indices {
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
      for i in targets.indices where current[i].isFinite {
        let r = targets[i] - current[i]
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
        let s = try await simulate(theta(candidate), nil)
        evaluations += 1
        replicationsRun += replications
        progress(evaluations)
        // Compared with the same weights; the weights then follow the point (continuous updating).
        let qc = objective(s.mean, weights: currentWeights)
        if qc < q {
          u = candidate
          current = s.mean
          currentWeights = zip(s.variance, s.mean).map { Calibration.weight($0, mean: $1) }
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
    let precise = max(replications, Calibration.uncertaintyReplications)
    let atHat = try await simulate(thetaHat, precise)
    evaluations += 1
    replicationsRun += precise
    let w = zip(atHat.variance, atHat.mean).map { Calibration.weight($0, mean: $1) }
    let g = try await jacobian(uHat, count: precise).map { row in (0..<k).map { row[$0] / widths[$0] } }
    // Sandwich: (GᵀWG)⁻¹ GᵀWΩWG (GᵀWG)⁻¹, with Ω the moments' covariance across the
    // replications at θ̂ (series of the same persons, and levels month to month, are correlated).
    var bread = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    for i in targets.indices where atHat.mean[i].isFinite {
      for a in 0..<k { for b in 0..<k { bread[a][b] += g[i][a] * w[i] * g[i][b] } }
    }
    // WG projected on each replication: s_r = Σ_i g_i w_i (x_ri − mean_i); Ω-term = Σ_r s_r s_rᵀ / (R − 1).
    var meat = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    for values in atHat.values {
      var score = [Double](repeating: 0, count: k)
      for i in targets.indices where values[i].isFinite && atHat.mean[i].isFinite {
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
      Calibration.Fitted(key: keys[j], value: thetaHat[j], standardError: sqrt(max(0, covariance[j][j] * inflation)))
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
    let df = targets.count - k
    return Calibration.Outcome(
      fitted: fitted, correlation: correlation, statistic: j, degreesOfFreedom: df,
      pValue: ChiSquared.upperTail(j, degreesOfFreedom: Double(df)),
      moments: targets.count, evaluations: evaluations, replicationsRun: replicationsRun)
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
