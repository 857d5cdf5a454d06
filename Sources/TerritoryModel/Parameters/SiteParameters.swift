public import SimulationCore

/// A Point Conseil Emploi: where advisors receive job seekers.
public struct SiteParameters: Hashable, Sendable {
  /// Stable identifier used in results (`site=<id>`), e.g. `"troyes"`.
  public var id: String
  public var name: String
  /// INSEE code of the host commune.
  public var commune: String
  /// Weekly opening hours (walk-ins arrive only then).
  public var opening: WeeklySchedule
  public var advisors: [AdvisorParameters]
  /// Walk-ins per week, spread uniformly over the opening hours (Poisson).
  public var walkInsPerWeek: Double
  /// Referrals from partners (Mission locale, CCAS, social services) per week,
  /// arriving during opening hours (Poisson).
  public var referralsPerWeek: Double

  public init(
    id: String, name: String, commune: String, opening: WeeklySchedule, advisors: [AdvisorParameters],
    walkInsPerWeek: Double, referralsPerWeek: Double
  ) {
    self.id = id
    self.name = name
    self.commune = commune
    self.opening = opening
    self.advisors = advisors
    self.walkInsPerWeek = walkInsPerWeek
    self.referralsPerWeek = referralsPerWeek
  }
}

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

/// A rural permanence: one advisor of the parent site is away from it and
/// receives the permanence's own queue during each slot.
public struct PermanenceParameters: Hashable, Sendable {
  public var id: String
  public var name: String
  public var commune: String
  public var parentSite: String
  public var slot: RecurringSlot
  /// Which advisor of the parent site goes (index in its list).
  public var advisorIndex: Int

  public init(id: String, name: String, commune: String, parentSite: String, slot: RecurringSlot, advisorIndex: Int = 0) {
    self.id = id
    self.name = name
    self.commune = commune
    self.parentSite = parentSite
    self.slot = slot
    self.advisorIndex = advisorIndex
  }
}
