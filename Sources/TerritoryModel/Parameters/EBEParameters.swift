public import SimulationCore
public import Stochastic

/// The employment company (entreprise à but d'emploi).
public struct EBEParameters: Hashable, Sendable {
  /// The opening date; it may fall before the scenario's start (then ``atStart`` says what the EBE is on day 0).
  public var opening: CivilDate
  /// Headcount, FTE and waiting list on the first day, for an EBE open before the start.
  public var atStart: EBEAtStart?
  /// Hired on the opening day, first come first served from the waiting list.
  public var openingCohort: Int
  /// Hires per month at most, by date (step table); rounds are held on the
  /// first working day of each month after the opening month.
  public var hiringCapacity: [DatedValue]
  /// Employees at most (activities and supervision; first EBEs plateaued at 75–90).
  public var headcountCeiling: Int
  /// FTE in post at most, by calendar year (the yearly CDE convention); absent years are unlimited.
  public var fteBudget: [Int: Double]
  /// Chosen working time of a hire: FTE fractions and their probabilities.
  public var workingTime: [(fte: Double, probability: Double)]
  /// Yearly hazard of leaving the EBE. ASSUMPTION 0.10 (derived range 7–16 %/year).
  public var exitPerYear: Double
  /// Reasons for leaving and their shares. ASSUMPTION (no breakdown published).
  public var exitReasons: CategoricalDistribution
  /// One supervisor per this many employees (rounded up).
  public var supervisionRatio: Int
  /// Yearly cost of one supervisor, €. ASSUMPTION 40,000.
  public var supervisorYearlyCost: Double

  public init(
    opening: CivilDate, openingCohort: Int, hiringCapacity: [DatedValue], headcountCeiling: Int = 80,
    fteBudget: [Int: Double] = [:],
    workingTime: [(fte: Double, probability: Double)] = [(1.0, 0.5), (0.8, 0.25), (0.6, 0.15), (0.5, 0.10)],
    exitPerYear: Double = 0.10,
    exitReasons: CategoricalDistribution = try! CategoricalDistribution(
      labels: ["other_job", "retirement", "moving", "other"], probabilities: [0.4, 0.25, 0.15, 0.2]),
    supervisionRatio: Int = 5, supervisorYearlyCost: Double = 40_000, atStart: EBEAtStart? = nil
  ) {
    self.opening = opening
    self.atStart = atStart
    self.openingCohort = openingCohort
    self.hiringCapacity = hiringCapacity
    self.headcountCeiling = headcountCeiling
    self.fteBudget = fteBudget
    self.workingTime = workingTime
    self.exitPerYear = exitPerYear
    self.exitReasons = exitReasons
    self.supervisionRatio = supervisionRatio
    self.supervisorYearlyCost = supervisorYearlyCost
  }

  public static func == (a: Self, b: Self) -> Bool {
    a.opening == b.opening && a.atStart == b.atStart && a.openingCohort == b.openingCohort && a.hiringCapacity == b.hiringCapacity
      && a.headcountCeiling == b.headcountCeiling && a.fteBudget == b.fteBudget
      && a.workingTime.map(\.fte) == b.workingTime.map(\.fte)
      && a.workingTime.map(\.probability) == b.workingTime.map(\.probability)
      && a.exitPerYear == b.exitPerYear && a.exitReasons == b.exitReasons
      && a.supervisionRatio == b.supervisionRatio && a.supervisorYearlyCost == b.supervisorYearlyCost
  }

  public func hash(into h: inout Hasher) {
    h.combine(opening)
    h.combine(openingCohort)
    h.combine(headcountCeiling)
  }
}
