public import Stochastic

/// What a typical territory of a wave does, for everything a territory does
/// not state itself. Laws are drawn once per territory and replication
/// (territories differ); numbers are the wave's typical values, which the
/// fit to the first wave's ramps may set.
public struct NationalProfile: Sendable, Hashable {
  /// PPDE identified in a territory whose estimate is not published.
  public var ppdePrior: Distribution
  /// Months from habilitation to the EBE's opening, when the record does not give it.
  public var openingDelayMonths: Distribution
  /// Employees hired on the opening day, when the record does not give them.
  public var openingCohort: Distribution
  /// Typical hires per month after the opening (fitted on the first wave).
  public var hiresPerMonth: Double
  /// Typical headcount ceiling of an EBE (fitted on the first wave).
  public var headcountCeiling: Double
  /// A territory's pace and ceiling are the typical values times a factor
  /// uniform in [1 − spread, 1 + spread].
  public var spread: Double
  /// Probability that a PPDE who is met volunteers.
  public var volunteerProbability: Double
  /// Mean months until a PPDE of the pool is met by the local committee.
  public var mobilisationMonths: Double
  /// New PPDE per year, as a share of the territory's estimate.
  public var inflowPerYear: Double
  /// Yearly hazard that a waiting volunteer is hired by another employer.
  public var otherEmployerPerYear: Double
  /// Yearly hazard of leaving the EBE.
  public var exitPerYear: Distribution
  /// Chosen working time: FTE fractions and their probabilities.
  public var workingTime: [WorkingTimeShare]

  public init(
    ppdePrior: Distribution, openingDelayMonths: Distribution, openingCohort: Distribution, hiresPerMonth: Double,
    headcountCeiling: Double, spread: Double, volunteerProbability: Double, mobilisationMonths: Double, inflowPerYear: Double,
    otherEmployerPerYear: Double, exitPerYear: Distribution, workingTime: [WorkingTimeShare]
  ) {
    self.ppdePrior = ppdePrior
    self.openingDelayMonths = openingDelayMonths
    self.openingCohort = openingCohort
    self.hiresPerMonth = hiresPerMonth
    self.headcountCeiling = headcountCeiling
    self.spread = spread
    self.volunteerProbability = volunteerProbability
    self.mobilisationMonths = mobilisationMonths
    self.inflowPerYear = inflowPerYear
    self.otherEmployerPerYear = otherEmployerPerYear
    self.exitPerYear = exitPerYear
    self.workingTime = workingTime
  }

  /// The mean FTE of a hire.
  public var meanFTE: Double { workingTime.reduce(0) { $0 + $1.fte * $1.probability } }
}
