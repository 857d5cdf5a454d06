/// How a KPI is accumulated, and so what its yearly figure and its bare
/// (whole-horizon) figure mean.
public enum KPIKind: String, Hashable, Sendable, CaseIterable {
  /// Events counted: a year's figure is the year's sum, the bare figure the total.
  case count
  /// A state read at the end of each day: a year's figure is the value on the
  /// year's last simulated day, the bare figure the value at the end.
  case level
  /// An average of one observation per event (a wait per person received).
  case mean
  /// A quotient of two counts over the same period (a share, or a time average).
  case ratio
  /// A day (days from the start), for the replications where it happens.
  case date
  /// 1 if something happened within the horizon, 0 otherwise.
  case flag
}
