/// Confidence interval for the mean of a correlated series of a known length,
/// by the method of batch means: observation *i* of *n* goes to batch
/// ⌊i·b/n⌋; the *b* batch means are treated as independent.
///
/// Used by the M/M/c benchmark (b = 20, as the C anchor does).
public struct BatchMeans: Sendable {
  @usableFromInline var _recorded: Int = 0
  @inlinable public var recorded: Int { _recorded }
  /// The sums of the batches already closed; the open batch's sum is ``openSum``.
  @usableFromInline var closedSums: [Double]
  /// The batch that receives the next observation.
  @usableFromInline var open = 0
  /// The open batch's running sum (added in series order, as ``sums`` reports it).
  @usableFromInline var openSum = 0.0
  /// The index of the first observation of the batch after the open one
  /// (`Int.max` once the last batch is open): the open batch closes there, so a
  /// record compares two integers where ⌊i·b/n⌋ would divide.
  @usableFromInline var nextBoundary: Int
  public let expectedCount: Int

  /// - Precondition: `batches >= 2` and `expectedCount >= batches`.
  public init(batches: Int = 20, expectedCount: Int) {
    precondition(batches >= 2 && expectedCount >= batches, "need at least 2 batches and one observation per batch")
    self.expectedCount = expectedCount
    closedSums = Array(repeating: 0, count: batches)
    nextBoundary = Self.firstIndex(ofBatch: 1, batches: batches, expectedCount: expectedCount)
  }

  /// The first observation index of `batch`: the least *i* with ⌊i·b/n⌋ ≥ batch,
  /// i.e. ⌈batch·n/b⌉ (`Int.max` past the last batch, which keeps any extra
  /// observations). With n ≥ b every batch gets at least one index. Computed as
  /// batch·⌊n/b⌋ + ⌈batch·(n mod b)/b⌉, whose products stay below n and b².
  static func firstIndex(ofBatch batch: Int, batches b: Int, expectedCount n: Int) -> Int {
    batch >= b ? Int.max : batch * (n / b) + (batch * (n % b) + b - 1) / b
  }

  func firstIndex(ofBatch batch: Int) -> Int {
    Self.firstIndex(ofBatch: batch, batches: closedSums.count, expectedCount: expectedCount)
  }

  /// Adds the next observation in series order.
  @inlinable @inline(__always) public mutating func record(_ x: Double) {
    if _recorded == nextBoundary { closeOpenBatch() }
    openSum += x
    _recorded += 1
  }

  @usableFromInline mutating func closeOpenBatch() {
    closedSums[open] = openSum
    open += 1
    openSum = 0
    nextBoundary = firstIndex(ofBatch: open + 1)
  }

  /// Each batch's sum of observations, in series order within the batch.
  public var sums: [Double] {
    var all = closedSums
    all[open] = openSum
    return all
  }

  /// Each batch's number of observations so far.
  public var counts: [Int] {
    (0..<closedSums.count).map { b in
      Swift.max(0, Swift.min(_recorded, firstIndex(ofBatch: b + 1)) - firstIndex(ofBatch: b))
    }
  }

  /// The batch means.
  public var means: [Double] { zip(sums, counts).map { $1 > 0 ? $0 / Double($1) : 0 } }

  /// Half-width of the confidence interval given the t quantile for b − 1
  /// degrees of freedom (e.g. 2.0930 for b = 20 at 95 %).
  public func halfWidth(tQuantile: Double) -> Double {
    var tally = Tally()
    for m in means { tally.record(m) }
    return tQuantile * tally.standardError
  }
}
