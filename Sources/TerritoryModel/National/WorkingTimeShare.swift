/// A chosen working time (a fraction of full time) and the share of hires who choose it.
public struct WorkingTimeShare: Sendable, Hashable {
  public var fte: Double
  public var probability: Double

  public init(fte: Double, probability: Double) {
    self.fte = fte
    self.probability = probability
  }
}
