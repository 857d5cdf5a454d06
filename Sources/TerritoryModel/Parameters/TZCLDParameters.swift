public import SimulationCore
public import Stochastic

/// Territoire zéro chômeur de longue durée: PPDE flows, mobilisation and the
/// employment company (EBE).
public struct TZCLDParameters: Hashable, Sendable {
  /// PPDE parameters per TZCLD commune (INSEE code).
  public var communes: [String: PPDEParameters]
  /// When the local employment committee (CLE) starts meeting PPDE.
  public var mobilisationStart: CivilDate
  /// Days from the later of the CLE start and a PPDE's arrival until they are met.
  public var meetingDelayDays: Distribution
  /// Probability that a PPDE who is met volunteers.
  public var volunteerProbability: Double
  /// Yearly hazard that a volunteer on the waiting list is hired by another
  /// employer. Default 0.25 (ASSUMPTION, calibrated so that about a third of
  /// volunteers go elsewhere, as the 36 % of phase 1 in the tzcld.fr FAQ).
  public var otherEmployerPerYear: Double
  public var ebe: EBEParameters

  public init(
    communes: [String: PPDEParameters], mobilisationStart: CivilDate, meetingDelayDays: Distribution,
    volunteerProbability: Double = 0.5, otherEmployerPerYear: Double = 0.25, ebe: EBEParameters
  ) {
    self.communes = communes
    self.mobilisationStart = mobilisationStart
    self.meetingDelayDays = meetingDelayDays
    self.volunteerProbability = volunteerProbability
    self.otherEmployerPerYear = otherEmployerPerYear
    self.ebe = ebe
  }
}

/// The PPDE stock and flows of one commune.
public struct PPDEParameters: Hashable, Sendable {
  /// Persons at the start.
  public var initialStock: Int
  /// New PPDE per year (Poisson). ASSUMPTION: 5–10 % of the stock per year.
  public var inflowPerYear: Double
  /// Yearly hazard of leaving for reasons other than the EBE (another job,
  /// retirement, moving away). ASSUMPTION.
  public var exitPerYear: Double

  public init(initialStock: Int, inflowPerYear: Double, exitPerYear: Double) {
    self.initialStock = initialStock
    self.inflowPerYear = inflowPerYear
    self.exitPerYear = exitPerYear
  }
}

/// A value that applies from a date on, in a step table.
public struct DatedValue: Hashable, Sendable {
  public var from: CivilDate
  public var value: Double
  /// Where the figure comes from, or `ASSUMPTION`.
  public var source: String

  public init(from: CivilDate, value: Double, source: String) {
    self.from = from
    self.value = value
    self.source = source
  }
}

/// Lookups in a step table sorted by date.
extension [DatedValue] {
  /// The value in force on `date`: the last row whose date is not after it;
  /// `fallback` before the first row.
  public func value(on date: CivilDate, fallback: Double = 0) -> Double {
    var v = fallback
    for row in self where row.from <= date { v = row.value }
    return v
  }
}

/// The employment company (entreprise à but d'emploi).
public struct EBEParameters: Hashable, Sendable {
  public var opening: CivilDate
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
    supervisionRatio: Int = 5, supervisorYearlyCost: Double = 40_000
  ) {
    self.opening = opening
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
    a.opening == b.opening && a.openingCohort == b.openingCohort && a.hiringCapacity == b.hiringCapacity
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
