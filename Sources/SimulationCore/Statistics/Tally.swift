/// Running statistics of observations (waits, durations) in constant memory.
///
/// Mean and variance by Welford's update, which stays accurate where the naive
/// sum of squares cancels catastrophically; two tallies merge exactly with
/// Chan et al.'s pairwise formula (replications aggregated in any grouping give
/// the same count, mean and variance up to rounding).
public struct Tally: Sendable, Hashable {
  @usableFromInline var _max: Double = -Double.infinity
  @inlinable public var max: Double { _max }
  @usableFromInline var _min: Double = Double.infinity
  @inlinable public var min: Double { _min }
  @usableFromInline var _mean: Double = 0.0
  @inlinable public var mean: Double { _mean }
  @usableFromInline var _count: Int = 0
  @inlinable public var count: Int { _count }
  @usableFromInline var m2 = 0.0

  @inlinable public init() {}

  /// Adds one observation.
  /// - Complexity: O(1).
  @inlinable @inline(__always) public mutating func record(_ x: Double) {
    _count += 1
    let delta = x - _mean
    _mean += delta / Double(_count)
    m2 += delta * (x - _mean)
    if x < _min { _min = x }
    if x > _max { _max = x }
  }

  /// The unbiased sample variance (0 with fewer than two observations).
  public var variance: Double { _count > 1 ? m2 / Double(_count - 1) : 0 }
  public var standardDeviation: Double { variance.squareRoot() }
  /// Standard error of the mean, s / √n.
  public var standardError: Double { _count > 0 ? (variance / Double(_count)).squareRoot() : 0 }

  /// Adds all of `other`'s observations.
  public mutating func merge(_ other: Tally) {
    guard other.count > 0 else { return }
    guard _count > 0 else {
      self = other
      return
    }
    let n = Double(_count + other.count)
    let delta = other.mean - _mean
    _mean += delta * Double(other.count) / n
    m2 += other.m2 + delta * delta * Double(_count) * Double(other.count) / n
    _count += other.count
    _min = Swift.min(_min, other.min)
    _max = Swift.max(_max, other.max)
  }
}
