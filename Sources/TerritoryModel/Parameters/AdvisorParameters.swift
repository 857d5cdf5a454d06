public import SimulationCore

/// One advisor of a site.
public struct AdvisorParameters: Hashable, Sendable {
  public var id: String
  /// Working schedule; `nil` means the site's opening hours.
  public var schedule: WeeklySchedule?
  /// Share of working time usable for appointments, in (0, 1]: the first part
  /// of each working window; the rest goes to the resources space and
  /// administration. Default 0.7 (ASSUMPTION: no source on PCE staffing).
  public var availabilityShare: Double

  public init(id: String, schedule: WeeklySchedule? = nil, availabilityShare: Double = 0.7) {
    self.id = id
    self.schedule = schedule
    self.availabilityShare = availabilityShare
  }
}
