/// What one draw of the assumptions gave: for each variant of the study (the
/// baseline, then the options), how many of the R inner replications met each
/// objective, and the mean of each headline figure over them.
public struct DrawOutcome: Sendable {
  /// `met[v][o]`: inner replications of variant v meeting objective o.
  public let met: [[Int]]
  /// `means[v][h]`: variant v's mean of headline figure h (NaN when a replication lacks it).
  public let means: [[Double]]
  public let events: UInt64

  public init(met: [[Int]], means: [[Double]], events: UInt64) {
    self.met = met
    self.means = means
    self.events = events
  }
}
