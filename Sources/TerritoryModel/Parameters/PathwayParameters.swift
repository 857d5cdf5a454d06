public import Stochastic

/// What happens after a first appointment: the pathway draw, its rules, and
/// the competing exits of accompanied persons.
public struct PathwayParameters: Hashable, Sendable {
  /// Labels are `autonomous`, `workshops`, `reinforced`, `positioning`.
  /// Default 0.35 / 0.30 / 0.20 / 0.15 (ASSUMPTION: no published split).
  public var choice: CategoricalDistribution
  /// How long an autonomous person counts as accompanied (months). ASSUMPTION 3.
  public var autonomousMonths: Double
  /// Reinforced accompaniment: a follow-up appointment every `followUpIntervalDays`.
  /// ASSUMPTION 14 days.
  public var followUpIntervalDays: Double
  /// Reinforced accompaniment lasts at most this many months. ASSUMPTION 6.
  public var reinforcedMaxMonths: Double
  /// Persons in reinforced accompaniment per advisor at most: 70, the Pôle
  /// emploi ceiling for intensive follow-up (gestionsociale.fr, AFP 22/01/2016).
  public var caseloadCapPerAdvisor: Int
  /// Positioning outcomes: `employment`, `pmsmp`, `mrs`, `none`.
  /// ASSUMPTION 0.25 / 0.25 / 0.15 / 0.35.
  public var positioningOutcome: CategoricalDistribution
  /// Days from the first appointment to the positioning outcome. ASSUMPTION uniform 7–45.
  public var positioningDelayDays: Distribution
  /// Monthly hazard of leaving to employment while accompanied. Default
  /// 0.0365 = the Grand Est cat. A/B return-to-work rate of 7.3 %/month (2019,
  /// Pôle emploi Grand Est) × 0.5 for a public further from employment (ASSUMPTION).
  public var employmentPerMonth: Double
  /// Monthly hazard of leaving to training. ASSUMPTION 0.01.
  public var trainingPerMonth: Double
  /// Monthly hazard of dropping out. ASSUMPTION 0.02.
  public var dropoutPerMonth: Double

  public init(
    choice: CategoricalDistribution = try! CategoricalDistribution(
      labels: ["autonomous", "workshops", "reinforced", "positioning"], probabilities: [0.35, 0.30, 0.20, 0.15]),
    autonomousMonths: Double = 3,
    followUpIntervalDays: Double = 14,
    reinforcedMaxMonths: Double = 6,
    caseloadCapPerAdvisor: Int = 70,
    positioningOutcome: CategoricalDistribution = try! CategoricalDistribution(
      labels: ["employment", "pmsmp", "mrs", "none"], probabilities: [0.25, 0.25, 0.15, 0.35]),
    positioningDelayDays: Distribution = try! .uniform(min: 7, max: 45),
    employmentPerMonth: Double = 0.0365,
    trainingPerMonth: Double = 0.01,
    dropoutPerMonth: Double = 0.02
  ) {
    self.choice = choice
    self.autonomousMonths = autonomousMonths
    self.followUpIntervalDays = followUpIntervalDays
    self.reinforcedMaxMonths = reinforcedMaxMonths
    self.caseloadCapPerAdvisor = caseloadCapPerAdvisor
    self.positioningOutcome = positioningOutcome
    self.positioningDelayDays = positioningDelayDays
    self.employmentPerMonth = employmentPerMonth
    self.trainingPerMonth = trainingPerMonth
    self.dropoutPerMonth = dropoutPerMonth
  }

  /// The four pathway labels, in the order the model expects.
  public static let pathwayLabels = ["autonomous", "workshops", "reinforced", "positioning"]
  /// The four positioning outcomes, in the order the model expects.
  public static let outcomeLabels = ["employment", "pmsmp", "mrs", "none"]
}
