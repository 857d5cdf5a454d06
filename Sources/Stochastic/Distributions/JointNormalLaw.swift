import Foundation

/// What is known of several assumptions fitted together (a calibration): a
/// multivariate normal law given by each value's mean and standard deviation
/// and their correlation matrix, each value truncated to its key's range.
///
/// An outer design maps a point u of `[0, 1)^k` to values **in order**: the
/// first value is the quantile of its (truncated) normal at u₁, each next one
/// the quantile at uᵢ of its normal **given the values before it**
/// (conditional mean from the Cholesky factor of the covariance, conditional
/// standard deviation its diagonal), truncated to its own range. Without
/// truncation this is exactly the multivariate normal (the Rosenblatt
/// transform); with a range cutting the law, each value is truncated given the
/// ones before it, which keeps every draw inside every range.
///
/// Because u₂ only moves what the second value does *beyond* what the first
/// implies, sensitivity indices computed on the levels are those of Mara and
/// Tarantola (2012): the first key's index counts what it drags along through
/// the correlation, each next key's index only its part independent of the
/// keys before it.
///
/// ```swift
/// let law = try JointNormalLaw(means: [0, 0], sds: [1, 1], correlation: [[1, 0.5], [0.5, 1]])
/// law.values(at: [0.5, 0.5], within: [-10...10, -10...10])   // [0, 0]
/// ```
public struct JointNormalLaw: Sendable, Equatable {
  public let means: [Double]
  public let sds: [Double]
  public let correlation: [[Double]]
  /// The lower Cholesky factor of the covariance matrix.
  let cholesky: [[Double]]

  /// - Throws: when the sizes disagree, a value is not finite, an sd is not
  ///   positive, or the correlation is not a symmetric matrix with ones on its
  ///   diagonal, entries in [−1, 1], and positive definite.
  public init(means: [Double], sds: [Double], correlation: [[Double]]) throws(DistributionError) {
    let k = means.count
    guard k >= 2 else { throw DistributionError("a joint law needs at least two values") }
    guard sds.count == k, correlation.count == k, correlation.allSatisfy({ $0.count == k }) else {
      throw DistributionError("a joint law of \(k) values needs \(k) sds and a \(k) × \(k) correlation matrix")
    }
    guard means.allSatisfy(\.isFinite) else { throw DistributionError("each mean must be a finite number") }
    for s in sds where !(s.isFinite && s > 0) {
      throw DistributionError("each sd must be a finite number > 0, found \(format(s))")
    }
    for i in 0..<k {
      guard correlation[i][i] == 1 else {
        throw DistributionError("the correlation of a value with itself must be 1, found \(format(correlation[i][i])) (row \(i + 1))")
      }
      for j in 0..<k where j != i {
        let r = correlation[i][j]
        guard r.isFinite, abs(r) <= 1 else {
          throw DistributionError("a correlation must lie between −1 and 1, found \(format(r)) (row \(i + 1), column \(j + 1))")
        }
        guard r == correlation[j][i] else {
          throw DistributionError(
            "the correlation matrix must be symmetric: row \(i + 1), column \(j + 1) is \(format(r)) but row \(j + 1), column \(i + 1) is \(format(correlation[j][i]))"
          )
        }
      }
    }
    let covariance = (0..<k).map { i in (0..<k).map { j in correlation[i][j] * sds[i] * sds[j] } }
    guard let l = Self.choleskyFactor(covariance) else {
      throw DistributionError("the correlation matrix is not positive definite (some correlations contradict each other)")
    }
    self.means = means
    self.sds = sds
    self.correlation = correlation
    cholesky = l
  }

  public var count: Int { means.count }

  /// The law of value `i` alone (its marginal): normal with its mean and sd.
  public func marginal(_ i: Int) -> AssumptionLaw { .normal(mean: means[i], sd: sds[i]) }

  /// The joint law of the values at `indices` alone (a sub-block of the
  /// covariance: the marginal of a multivariate normal is normal), or nil
  /// when fewer than two are kept.
  public func keeping(_ indices: [Int]) -> JointNormalLaw? {
    guard indices.count >= 2 else { return nil }
    return try? JointNormalLaw(
      means: indices.map { means[$0] }, sds: indices.map { sds[$0] },
      correlation: indices.map { i in indices.map { correlation[i][$0] } })
  }

  /// The values at levels `u` (one per value, each in [0, 1)), value i
  /// truncated to `ranges[i]`, drawn in order, each given the ones before.
  /// - Precondition: `u.count == ranges.count == count`.
  public func values(at u: [Double], within ranges: [ClosedRange<Double>]) -> [Double] {
    precondition(u.count == count && ranges.count == count, "one level and one range per value")
    var z = [Double](repeating: 0, count: count)
    var x = [Double](repeating: 0, count: count)
    for i in 0..<count {
      var mean = means[i]
      for j in 0..<i { mean += cholesky[i][j] * z[j] }
      let sd = cholesky[i][i]
      let law = AssumptionLaw.normal(mean: mean, sd: sd)
      // A range the conditional law gives no mass (far in a tail) takes its nearest end.
      x[i] =
        law.value(at: u[i], within: ranges[i])
        ?? (mean < ranges[i].lowerBound ? ranges[i].lowerBound : ranges[i].upperBound)
      z[i] = (x[i] - mean) / sd
    }
    return x
  }

  /// The lower triangular L with L Lᵀ = m, or nil when m is not positive definite.
  static func choleskyFactor(_ m: [[Double]]) -> [[Double]]? {
    let n = m.count
    var l = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for i in 0..<n {
      for j in 0...i {
        var s = m[i][j]
        for k in 0..<j { s -= l[i][k] * l[j][k] }
        if i == j {
          guard s > 1e-12 * m[i][i] else { return nil }
          l[i][i] = s.squareRoot()
        } else {
          l[i][j] = s / l[j][j]
        }
      }
    }
    return l
  }
}
