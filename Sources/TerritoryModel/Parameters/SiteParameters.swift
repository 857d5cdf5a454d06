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
