/// What an objective gave in one replication.
public struct ObjectiveOutcome: Hashable, Sendable {
  public let id: String
  /// The KPI's value for the objective's period.
  public let value: Double
  public let met: Bool
  /// Day index (from the start) at whose end the objective was first met, if it was.
  public let dayMet: Int?

  public init(id: String, value: Double, met: Bool, dayMet: Int?) {
    self.id = id
    self.value = value
    self.met = met
    self.dayMet = dayMet
  }
}
