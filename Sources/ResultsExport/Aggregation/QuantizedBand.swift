/// A figure across replications kept as whole numbers: its sum at
/// `meanStep` (for the mean) and its histogram at `bandStep` (for the 10 %,
/// 50 % and 90 % points). Whole numbers add exactly in any order, so shards
/// and jobs never change a byte; memory is bounded by the histogram's
/// distinct values, not by the replications.
public struct QuantizedBand: Sendable, Equatable, Codable {
  public let meanStep: Double
  public let bandStep: Double
  var sum: Int64 = 0
  var count = 0
  var histogram = IntegerHistogram()

  public init(meanStep: Double = 1, bandStep: Double = 1) {
    self.meanStep = meanStep
    self.bandStep = bandStep
  }

  public mutating func add(_ x: Double) {
    sum += Int64((x / meanStep).rounded())
    count += 1
    histogram.add(Int64((x / bandStep).rounded()))
  }

  public mutating func merge(_ other: QuantizedBand) {
    sum += other.sum
    count += other.count
    histogram.merge(other.histogram)
  }

  public var band: NationalBand {
    guard count > 0 else { return NationalBand(mean: .nan, low: .nan, median: .nan, high: .nan) }
    func q(_ p: Double) -> Double { (histogram.quantile(p) ?? .nan) * bandStep }
    return NationalBand(mean: Double(sum) * meanStep / Double(count), low: q(0.1), median: q(0.5), high: q(0.9))
  }
}
