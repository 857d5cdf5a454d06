public import TerritoryModel

/// An observation of one territory of the record that the national study
/// holds its simulation against: a moment of the fit (wave 1, up to the fit's
/// last month) or an out-of-sample check (later, or wave 2).
public struct NationalMoment: Sendable {
  public var territory: String
  public var territoryIndex: Int
  public var month: YearMonth
  public var hires: Bool
  public var observed: Double
  public var source: String
  /// Used by the fit (else an out-of-sample check).
  public var fitted: Bool
}
