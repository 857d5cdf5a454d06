/// Counts of whole numbers: merged by addition, so that any split of the
/// replications (jobs, shards) gives the same counts, and exact quantiles.
/// Its size is bounded by the number of distinct values, not of replications.
public struct IntegerHistogram: Sendable, Equatable, Codable {
  var counts: [Int64: Int] = [:]
  public private(set) var total = 0

  public init() {}

  public mutating func add(_ x: Int64) {
    counts[x, default: 0] += 1
    total += 1
  }

  public mutating func merge(_ other: IntegerHistogram) {
    for (k, v) in other.counts { counts[k, default: 0] += v }
    total += other.total
  }

  /// The sample quantile of the values (linear between order statistics,
  /// R's type 7), or nil when empty.
  public func quantile(_ p: Double) -> Double? {
    guard total > 0 else { return nil }
    let sorted = counts.keys.sorted()
    let h = Double(total - 1) * p
    let lowRank = Int(h.rounded(.down))
    let highRank = min(total - 1, lowRank + 1)
    var lowValue: Int64? = nil
    var highValue: Int64? = nil
    var seen = 0
    for k in sorted {
      let c = counts[k] ?? 0
      if lowValue == nil && lowRank < seen + c { lowValue = k }
      if highValue == nil && highRank < seen + c { highValue = k }
      if highValue != nil { break }
      seen += c
    }
    guard let a = lowValue, let b = highValue else { return nil }
    return Double(a) + (h - Double(lowRank)) * Double(b - a)
  }

  // Sorted pairs: the same counts always make the same bytes.
  public init(from decoder: any Decoder) throws {
    let pairs = try [[Int64]](from: decoder)
    for pair in pairs where pair.count == 2 {
      counts[pair[0], default: 0] += Int(pair[1])
      total += Int(pair[1])
    }
  }

  public func encode(to encoder: any Encoder) throws {
    try counts.keys.sorted().map { [$0, Int64(counts[$0] ?? 0)] }.encode(to: encoder)
  }
}
