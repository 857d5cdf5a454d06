import ResultsExport
import Stochastic

/// The stopping rule of goal seek: is a probability at least `target`? It
/// looks after every batch of replications and controls the error of a wrong
/// decision over **all** the looks, not at each one.
///
/// With at most K = ⌈`maxTrials` ÷ `batch`⌉ looks, each look uses Wilson's
/// interval with z = Φ⁻¹(1 − `errorPerSide` ÷ K) (Bonferroni's split of the
/// error over the looks): "meets" when its lower bound reaches the target,
/// "misses" when its upper bound stays below. By the union bound, when the
/// probability equals the target (the hardest case) the chance of a confident
/// wrong answer is at most `errorPerSide` on each side, whatever look stops.
/// A test runs the procedure alone on Bernoulli draws to check it.
///
/// When the budget is spent without a decision, the point estimate decides
/// and the answer is marked uncertain.
public struct SequentialDecision: Sendable {
  public let target: Double
  public let batch: Int
  public let maxTrials: Int
  public let errorPerSide: Double
  /// Looks at most, and the z each look uses.
  public let looks: Int
  public let z: Double

  /// - Precondition: 0 < target < 1 is not required (0 and 1 decide at once);
  ///   batch ≥ 1, maxTrials ≥ 1, 0 < errorPerSide < 0.5.
  public init(target: Double, batch: Int, maxTrials: Int, errorPerSide: Double = 0.005) {
    precondition(batch >= 1 && maxTrials >= 1 && errorPerSide > 0 && errorPerSide < 0.5, "SequentialDecision: bad settings")
    self.target = target
    self.batch = batch
    self.maxTrials = maxTrials
    self.errorPerSide = errorPerSide
    looks = (maxTrials + batch - 1) / batch
    z = StandardNormal.quantile(1 - errorPerSide / Double(looks))
  }

  /// The decision after `trials` outcomes of which `successes` met the
  /// objective; `nil` to go on with another batch.
  public func decide(successes: Int, trials: Int) -> GoalSeek.Decision? {
    let (lo, hi) = WilsonInterval.interval(successes: successes, trials: trials, z: z)
    if lo >= target { return .meets }
    if hi < target { return .misses }
    if trials >= maxTrials { return Double(successes) / Double(trials) >= target ? .uncertainMeets : .uncertainMisses }
    return nil
  }
}
