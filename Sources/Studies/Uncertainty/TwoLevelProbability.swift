/// The probability of meeting an objective when the assumptions themselves
/// are uncertain: at each of M outer points the assumptions are drawn and R
/// inner replications run; m_i of them meet the objective.
///
/// - The **probability** is the mean of the points' shares p̂_i = m_i / R.
/// - Its spread splits by the law of total variance, for one replication's
///   outcome Y: Var(Y) = Var(p) + E[p(1 − p)], the part the **assumptions**
///   make (how much the true share p moves from one point to another) and the
///   part that is **chance** (the replications' own luck). With R finite,
///   E[p̂(1 − p̂)] = E[p(1 − p)](R − 1)/R and Var(p̂) = Var(p) + E[p(1 − p)]/R,
///   so both are corrected for the inner sample (the uncorrected variance of
///   the p̂_i overstates the assumptions' part by E[p(1 − p)]/R).
///
/// ```swift
/// let p = TwoLevelProbability(met: [12, 3, 20, 9], inner: 20)
/// p.probability          // 0.55
/// p.assumptionsShare     // the share of the spread the assumptions make
/// ```
public struct TwoLevelProbability: Sendable {
  public let outerPoints: Int
  public let innerReplications: Int
  /// The mean of the points' shares.
  public let probability: Double
  /// Its standard error over the outer points.
  public let standardError: Double
  /// Var(p): how much the share moves with the assumptions (corrected, at least 0).
  public let assumptionsVariance: Double
  /// E[p(1 − p)]: the replications' own chance (corrected).
  public let chanceVariance: Double
  /// The 10th and 90th percentiles of the points' shares.
  public let shareRange: (p10: Double, p90: Double)

  /// The share of the outcome's variance that the assumptions make, in [0, 1].
  public var assumptionsShare: Double {
    let total = assumptionsVariance + chanceVariance
    return total > 0 ? assumptionsVariance / total : 0
  }

  /// - Precondition: at least 2 points and 2 inner replications; `0 ≤ met[i] ≤ inner`.
  public init(met: [Int], inner: Int) {
    precondition(met.count >= 2 && inner >= 2 && met.allSatisfy { (0...inner).contains($0) })
    outerPoints = met.count
    innerReplications = inner
    let r = Double(inner)
    let m = Double(met.count)
    let shares = met.map { Double($0) / r }
    let mean = shares.reduce(0, +) / m
    let s2 = shares.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (m - 1)
    let chance = shares.reduce(0) { $0 + $1 * (1 - $1) } / m * r / (r - 1)
    probability = mean
    standardError = (s2 / m).squareRoot()
    chanceVariance = chance
    assumptionsVariance = max(0, s2 - chance / r)
    let sorted = shares.sorted()
    func q(_ p: Double) -> Double { sorted[Int((p * Double(sorted.count - 1)).rounded())] }
    shareRange = (q(0.1), q(0.9))
  }
}
