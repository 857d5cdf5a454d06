import SimulationCore
import Testing

@Suite("Engine: statistics")
struct StatisticsTests {
  @Test("tally against hand-computed values")
  func tally() {
    var t = Tally()
    for x in [2.0, 4, 4, 4, 5, 5, 7, 9] { t.record(x) }
    #expect(t.count == 8 && t.mean == 5 && t.min == 2 && t.max == 9)
    #expect(abs(t.variance - 32.0 / 7) < 1e-12)
    #expect(abs(t.standardError - (32.0 / 7 / 8).squareRoot()) < 1e-12)
  }

  @Test("merging tallies equals recording everything in one")
  func merge() {
    let xs = (0..<1000).map { Double(($0 * 7919) % 1013) / 7 }
    var whole = Tally()
    for x in xs { whole.record(x) }
    var a = Tally(), b = Tally()
    for x in xs[..<313] { a.record(x) }
    for x in xs[313...] { b.record(x) }
    a.merge(b)
    #expect(a.count == whole.count && a.min == whole.min && a.max == whole.max)
    #expect(abs(a.mean - whole.mean) < 1e-12 && abs(a.variance - whole.variance) < 1e-9)
  }

  @Test("Welford stays accurate on large offsets")
  func stability() {
    var t = Tally()
    for x in [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16] { t.record(x) }
    #expect(t.variance == 30)
  }

  @Test("time-weighted level against hand-computed values")
  func timeWeighted() {
    var level = TimeWeighted(startTime: 0, initial: 1)
    level.record(3, at: 2)  // 1 on [0,2)
    level.record(0, at: 5)  // 3 on [2,5)
    #expect(level.integral(upTo: 10) == 2 + 9)
    #expect(level.mean(upTo: 10) == 1.1)
    // E[X²] = (1·2 + 9·3) / 10 = 2.9, variance = 2.9 − 1.21
    #expect(abs(level.variance(upTo: 10) - 1.69) < 1e-12)
    #expect(level.max == 3 && level.min == 0 && level.current == 0)
  }

  @Test("batch means: 20 batches of a known series")
  func batchMeans() {
    var b = BatchMeans(batches: 20, expectedCount: 100)
    for i in 0..<100 { b.record(Double(i / 5)) }
    #expect(b.means == (0..<20).map(Double.init))
    var t = Tally()
    for i in 0..<20 { t.record(Double(i)) }
    #expect(abs(b.halfWidth(tQuantile: 2.093) - 2.093 * t.standardError) < 1e-12)
  }

  @Test(
    "batch means: observation i of n goes to batch ⌊i·b/n⌋, extras to the last, sums in series order",
    arguments: [(3, 10), (7, 100), (20, 20), (20, 1_001), (6, 47)])
  func batchMeansBoundaries(batches: Int, expected: Int) {
    var b = BatchMeans(batches: batches, expectedCount: expected)
    var sums = [Double](repeating: 0, count: batches)
    var counts = [Int](repeating: 0, count: batches)
    // Past the expected count too, and with values whose sums depend on the order.
    for i in 0..<(expected + 5) {
      let x = 1 / Double(i + 3)
      let k = min(batches - 1, i * batches / expected)
      sums[k] += x
      counts[k] += 1
      b.record(x)
      #expect(b.sums == sums && b.counts == counts && b.recorded == i + 1)
    }
  }
}
