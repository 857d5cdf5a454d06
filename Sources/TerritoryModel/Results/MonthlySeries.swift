/// A monthly series of one KPI.
public struct MonthlySeries: Hashable, Sendable {
  public let kpi: String
  /// One value per month of ``ReplicationResult/months``: the month's count,
  /// or the level at the month's end.
  public let values: [Double]

  public init(kpi: String, values: [Double]) {
    self.kpi = kpi
    self.values = values
  }
}
