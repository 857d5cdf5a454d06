/// A deterministic slice of a study's work: shard `index` of `count`
/// (1-based, written `k/n`), a contiguous block of work units.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
  public let index: Int
  public let count: Int

  /// Reads `k/n` with 1 ≤ k ≤ n ≤ 10,000.
  public init?(_ text: String) {
    let p = text.split(separator: "/")
    guard p.count == 2, let k = Int(p[0]), let n = Int(p[1]), n >= 1, n <= 10_000, k >= 1, k <= n else { return nil }
    index = k
    count = n
  }

  public init(index: Int, count: Int) {
    precondition(count >= 1 && index >= 1 && index <= count, "shard \(index)/\(count)")
    self.index = index
    self.count = count
  }

  /// Units `[⌊(k−1)·U/n⌋, ⌊k·U/n⌋)` of `units`: the blocks cover every unit once, in order.
  public func slice(of units: Int) -> Range<Int> {
    ((index - 1) * units / count)..<(index * units / count)
  }

  public var description: String { "\(index)/\(count)" }
}
