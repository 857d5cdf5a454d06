/// A figure across replications: its mean and its 10 %, 50 % and 90 % points.
public struct NationalBand: Sendable, Equatable {
  public var mean: Double
  public var low: Double
  public var median: Double
  public var high: Double

  public init(mean: Double, low: Double, median: Double, high: Double) {
    self.mean = mean
    self.low = low
    self.median = median
    self.high = high
  }

  /// Whether `x` lies in the 80 % band.
  public func contains(_ x: Double) -> Bool { x >= low && x <= high }
}
