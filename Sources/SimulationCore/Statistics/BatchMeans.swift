/// Confidence interval for the mean of a correlated series of a known length,
/// by the method of batch means: observation *i* of *n* goes to batch
/// ⌊i·b/n⌋; the *b* batch means are treated as independent.
///
/// Used by the M/M/c benchmark (b = 20, as the C anchor does).
public struct BatchMeans: Sendable {
  @usableFromInline var _recorded: Int = 0
  @inlinable public var recorded: Int { _recorded }
  @usableFromInline var _counts: [Int]
  @inlinable public var counts: [Int] { _counts }
  @usableFromInline var _sums: [Double]
  @inlinable public var sums: [Double] { _sums }
  public let expectedCount: Int

  /// - Precondition: `batches >= 2` and `expectedCount >= batches`.
  public init(batches: Int = 20, expectedCount: Int) {
    precondition(batches >= 2 && expectedCount >= batches, "need at least 2 batches and one observation per batch")
    self.expectedCount = expectedCount
    _sums = Array(repeating: 0, count: batches)
    _counts = Array(repeating: 0, count: batches)
  }

  /// Adds the next observation in series order.
  @inlinable @inline(__always) public mutating func record(_ x: Double) {
    let b = Swift.min(_sums.count - 1, _recorded * _sums.count / expectedCount)
    _sums[b] += x
    _counts[b] += 1
    _recorded += 1
  }

  /// The batch means.
  public var means: [Double] { zip(_sums, _counts).map { $1 > 0 ? $0 / Double($1) : 0 } }

  /// Half-width of the confidence interval given the t quantile for b − 1
  /// degrees of freedom (e.g. 2.0930 for b = 20 at 95 %).
  public func halfWidth(tQuantile: Double) -> Double {
    var tally = Tally()
    for m in means { tally.record(m) }
    return tQuantile * tally.standardError
  }
}
