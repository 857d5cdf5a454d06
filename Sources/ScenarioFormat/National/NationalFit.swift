public import TerritoryModel

/// What a national study fits before it runs: numbers of the typical profiles
/// (`wave_1.hires_per_month`, …), each in a range, on the record's
/// observations of the territories of wave 1 up to a month.
public struct NationalFit: Sendable, Equatable {
  public struct Key: Sendable, Equatable {
    public var path: String
    public var range: ClosedRange<Double>
  }

  public var keys: [Key]
  /// The last month of observations used (later ones are kept to check the fit out of sample).
  public var until: YearMonth
  /// Replications per evaluation.
  public var replications: Int
}
