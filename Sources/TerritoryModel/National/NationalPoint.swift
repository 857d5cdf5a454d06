/// A published national figure a replay is held against.
public struct NationalPoint: Sendable, Equatable {
  public enum Measure: String, Sendable, CaseIterable {
    /// Employees of all EBEs at the end of the month.
    case headcount
    /// Hires since the start, at the end of the month.
    case hiresCumulative = "hires_cumulative"
    /// Mean FTE in post over the year.
    case fteYear = "fte_year"
    /// The State's spending over the year (its part of the CDE and the start-up grants), €.
    case stateSpendYear = "state_spend_year"
  }

  /// The month (for a yearly measure: the year, read as its December).
  public let date: PartialDate
  public let measure: Measure
  public let value: Double
  public let source: String
  public let line: Int
}
