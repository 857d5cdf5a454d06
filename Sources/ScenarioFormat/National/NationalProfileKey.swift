/// The keys of a typical profile in a national study file, each spelled here
/// once; the numbers a fit may set carry the range any value must keep.
public enum NationalProfileKey: String, CaseIterable, Sendable {
  case ppdePrior = "ppde_prior"
  case openingDelayMonths = "opening_delay_months"
  case openingCohort = "opening_cohort"
  case hiresPerMonth = "hires_per_month"
  case headcountCeiling = "headcount_ceiling"
  case spread
  case volunteerProbability = "volunteer_probability"
  case mobilisationMonths = "mobilisation_months"
  case inflowPerYear = "inflow_per_year"
  case otherEmployerPerYear = "other_employer_per_year"
  case exitPerYear = "exit_per_year"
  case workingTime = "working_time"

  /// The range of a number a fit may set (nil: a law or a table, not fitted).
  public var fitRange: ClosedRange<Double>? {
    switch self {
    case .hiresPerMonth: 0...100
    case .headcountCeiling: 1...5_000
    case .spread: 0...0.9
    case .volunteerProbability: 0...1
    case .mobilisationMonths: 0.1...600
    case .inflowPerYear: 0...1
    case .otherEmployerPerYear: 0...10
    case .ppdePrior, .openingDelayMonths, .openingCohort, .exitPerYear, .workingTime: nil
    }
  }

  /// The numbers a fit may set.
  public static var fittable: [NationalProfileKey] { allCases.filter { $0.fitRange != nil } }
}
