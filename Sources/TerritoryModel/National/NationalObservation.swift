/// One dated figure of one territory of the experiment, with its source.
public struct NationalObservation: Sendable, Equatable {
  /// What was counted.
  public enum Kind: String, Sendable, CaseIterable {
    /// Employees of the territory's EBE(s) at the date.
    case headcount
    /// Persons hired by the EBE(s) since the opening.
    case hiresCumulative = "hires_cumulative"
    /// The EBE opened (value 0): the date of the opening.
    case opening
    /// Persons durably deprived of employment counted or estimated on the territory.
    case ppdeEstimate = "ppde_estimate"
    /// Volunteers met since the start.
    case volunteersCumulative = "volunteers_cumulative"
  }

  public let territory: String
  /// The employment company (or companies) as the line names it.
  public let ebe: String
  public let date: PartialDate
  public let kind: Kind
  public let value: Double
  public let source: String
  /// Its line in the file (1 is the header).
  public let line: Int
}
