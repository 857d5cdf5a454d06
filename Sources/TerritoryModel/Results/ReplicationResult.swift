/// Everything one replication returns: flat rows, monthly series, objectives.
public struct ReplicationResult: Sendable {
  public let replication: Int
  public let rows: [ResultRow]
  public let months: [String]
  public let monthly: [MonthlySeries]
  public let objectives: [ObjectiveOutcome]
  public let events: UInt64

  public init(
    replication: Int, rows: [ResultRow], months: [String], monthly: [MonthlySeries], objectives: [ObjectiveOutcome], events: UInt64
  ) {
    self.replication = replication
    self.rows = rows
    self.months = months
    self.monthly = monthly
    self.objectives = objectives
    self.events = events
  }

  /// The value of a row by its key (see ``ResultRow/key``).
  public func value(_ key: String) -> Double? { rows.first { $0.key == key }?.value }
}
