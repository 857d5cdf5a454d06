public import Stochastic

/// Durations of appointments.
public struct AppointmentParameters: Hashable, Sendable {
  /// First appointment (reception, information, orientation), minutes.
  /// ASSUMPTION lognormal, mean 45, sd 20 (MODEL.md: "mean ~45 min").
  public var firstDurationMinutes: Distribution
  /// Follow-up appointment of reinforced accompaniment, minutes. ASSUMPTION lognormal 30 ± 10.
  public var followUpDurationMinutes: Distribution
  /// How long a person waits for a first appointment before giving up, days;
  /// `nil` (the default): nobody gives up.
  public var patienceDays: Distribution?

  public init(
    firstDurationMinutes: Distribution = try! .lognormal(mean: 45, sd: 20),
    followUpDurationMinutes: Distribution = try! .lognormal(mean: 30, sd: 10),
    patienceDays: Distribution? = nil
  ) {
    self.firstDurationMinutes = firstDurationMinutes
    self.followUpDurationMinutes = followUpDurationMinutes
    self.patienceDays = patienceDays
  }
}
