public import SimulationCore

/// A territory's EBE as its own detailed scenario describes it: the national
/// study uses these values instead of its wave's profile.
public struct DetailedEBE: Sendable, Hashable {
  /// The scenario file it comes from.
  public var scenario: String
  public var ppde: Double
  public var inflowPerYear: Double
  public var opening: CivilDate
  public var openingCohort: Int
  /// Hires per month at most, by date.
  public var hiringCapacity: [DatedValue]
  public var headcountCeiling: Int
  public var workingTime: [WorkingTimeShare]
  public var exitPerYear: Double
  public var volunteerProbability: Double
  /// Mean months until a PPDE is met.
  public var mobilisationMonths: Double
  public var mobilisationStart: CivilDate
  public var otherEmployerPerYear: Double
  /// The scenario's objectives on the EBE's headcount or hires, as (KPI, date, at least).
  public var objectives: [NationalObjective]

  public init(
    scenario: String, ppde: Double, inflowPerYear: Double, opening: CivilDate, openingCohort: Int, hiringCapacity: [DatedValue],
    headcountCeiling: Int, workingTime: [WorkingTimeShare], exitPerYear: Double, volunteerProbability: Double,
    mobilisationMonths: Double, mobilisationStart: CivilDate, otherEmployerPerYear: Double, objectives: [NationalObjective]
  ) {
    self.scenario = scenario
    self.ppde = ppde
    self.inflowPerYear = inflowPerYear
    self.opening = opening
    self.openingCohort = openingCohort
    self.hiringCapacity = hiringCapacity
    self.headcountCeiling = headcountCeiling
    self.workingTime = workingTime
    self.exitPerYear = exitPerYear
    self.volunteerProbability = volunteerProbability
    self.mobilisationMonths = mobilisationMonths
    self.mobilisationStart = mobilisationStart
    self.otherEmployerPerYear = otherEmployerPerYear
    self.objectives = objectives
  }
}
