/// Streams values into a ``NationalBand`` in constant memory (P² quantiles,
/// fed in replication order so that the bytes never depend on the jobs).
struct BandAccumulator: Sendable {
  var sum = 0.0
  var count = 0
  var low = P2Quantile(0.1)
  var median = P2Quantile(0.5)
  var high = P2Quantile(0.9)

  mutating func add(_ x: Double) {
    sum += x
    count += 1
    low.add(x)
    median.add(x)
    high.add(x)
  }

  var band: NationalBand {
    guard count > 0 else { return NationalBand(mean: .nan, low: .nan, median: .nan, high: .nan) }
    return NationalBand(mean: sum / Double(count), low: low.value, median: median.value, high: high.value)
  }
}
