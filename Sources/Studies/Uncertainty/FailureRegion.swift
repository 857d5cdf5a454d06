/// Where a plan fails: a box of one or two assumptions' values inside which
/// the objective is missed much more often than overall, found by the
/// peeling of PRIM (Friedman and Fisher 1999), as scenario discovery does
/// (Bryant and Lempert 2010), restricted to boxes a council can read.
///
/// For every single assumption and every pair, the box starts as the whole
/// range of the draws and is peeled: at each step, the share `peel` of the
/// box's draws at the low or the high end of one of its dimensions is
/// removed, whichever leaves the highest mean failure inside, until the box
/// holds fewer than `minimumSupport` of the draws. Along each trajectory,
/// and then across all, the box kept has the best balance of **coverage**
/// (its share of all failures) and **density** (the mean failure inside):
/// their harmonic mean 2cd / (c + d), so that the search neither stops at
/// the whole range nor peels on into the noise (one dimension before two at
/// equal balance). A rule is reported only when its density beats the overall
/// failure rate by `minimumLift` times and by 0.15 at least, and it covers at
/// least `minimumCoverage` of the failures; otherwise no simple rule exists.
///
/// ```swift
/// let region = FailureRegion(values: draws, failure: missedShares, peel: 0.05)
/// region.rule?.bounds      // [(dimension 0, lower: nil, upper: 3.2), …]
/// ```
public struct FailureRegion: Sendable {
  /// One restricted dimension of the box: a draw is inside when lower ≤ x ≤ upper (nil: not bounded there).
  public struct Bound: Sendable, Equatable {
    public let dimension: Int
    public let lower: Double?
    public let upper: Double?
  }

  /// A box with its quality.
  public struct Box: Sendable {
    public let bounds: [Bound]
    /// The share of all failures inside the box.
    public let coverage: Double
    /// The mean failure inside the box.
    public let density: Double
    /// The share of draws inside the box.
    public let support: Double

    /// The harmonic mean of coverage and density.
    public var balance: Double { coverage + density > 0 ? 2 * coverage * density / (coverage + density) : 0 }
  }

  /// The overall failure rate (mean of `failure`).
  public let baseRate: Double
  /// The rule, or nil when no box of one or two assumptions stands out.
  public let rule: Box?
  /// The best box found even when it does not stand out (for the files).
  public let best: Box?

  /// - Parameters:
  ///   - values: each draw's values, one column per assumption.
  ///   - failure: each draw's failure, in [0, 1] (the share of its replications missing the objective).
  public init(
    values: [[Double]], failure: [Double], peel: Double = 0.05, minimumSupport: Double = 0.05, minimumCoverage: Double = 0.3,
    minimumLift: Double = 1.5
  ) {
    precondition(values.count == failure.count && !values.isEmpty, "one failure per draw")
    let n = values.count
    let k = values[0].count
    let total = failure.reduce(0, +)
    baseRate = total / Double(n)
    guard total > 0, k > 0 else {
      rule = nil
      best = nil
      return
    }
    var subsets = (0..<k).map { [$0] }
    for a in 0..<k { for b in (a + 1)..<k { subsets.append([a, b]) } }
    var best: Box?
    for dims in subsets {
      guard
        let box = Self.peelingBest(values: values, failure: failure, dims: dims, total: total, peel: peel, minimumSupport: minimumSupport)
      else { continue }
      if best == nil || box.balance > best!.balance + 1e-12 { best = box }
    }
    self.best = best
    if let b = best, b.density >= minimumLift * baseRate, b.density - baseRate >= 0.15, b.coverage >= minimumCoverage {
      rule = b
    } else {
      rule = nil
    }
  }

  /// Peels along `dims` and returns the box of the trajectory with the best balance.
  static func peelingBest(
    values: [[Double]], failure: [Double], dims: [Int], total: Double, peel: Double, minimumSupport: Double
  ) -> Box? {
    let n = values.count
    var inside = Array(0..<n)
    var lower = [Double?](repeating: nil, count: dims.count)
    var upper = [Double?](repeating: nil, count: dims.count)
    func box(_ members: [Int]) -> Box {
      let sum = members.reduce(0) { $0 + failure[$1] }
      let bounds = dims.indices.compactMap { i -> Bound? in
        lower[i] == nil && upper[i] == nil ? nil : Bound(dimension: dims[i], lower: lower[i], upper: upper[i])
      }
      return Box(bounds: bounds, coverage: sum / total, density: sum / Double(members.count), support: Double(members.count) / Double(n))
    }
    var chosen: Box?
    while Double(inside.count) >= minimumSupport * Double(n) * (1 + peel) {
      var bestStep: (members: [Int], index: Int, low: Bool, threshold: Double, mean: Double)?
      for (i, d) in dims.enumerated() {
        let sorted = inside.map { values[$0][d] }.sorted()
        let cut = max(1, Int((peel * Double(sorted.count)).rounded(.up)))
        // Low end: drop every draw at or below the cut's value; high end: at or above.
        let lowThreshold = sorted[cut - 1]
        let highThreshold = sorted[sorted.count - cut]
        for (low, t) in [(true, lowThreshold), (false, highThreshold)] {
          let kept = inside.filter { low ? values[$0][d] > t : values[$0][d] < t }
          guard !kept.isEmpty, kept.count < inside.count else { continue }
          let mean = kept.reduce(0) { $0 + failure[$1] } / Double(kept.count)
          if bestStep == nil || mean > bestStep!.mean + 1e-12 { bestStep = (kept, i, low, t, mean) }
        }
      }
      guard let step = bestStep, Double(step.members.count) >= minimumSupport * Double(n) else { break }
      inside = step.members
      // The bound is the nearest value kept, so that the rule reads on values the draws took.
      let kept = inside.map { values[$0][dims[step.index]] }
      if step.low { lower[step.index] = kept.min() } else { upper[step.index] = kept.max() }
      let b = box(inside)
      if chosen == nil || b.balance > chosen!.balance + 1e-12 { chosen = b }
    }
    return chosen
  }
}
