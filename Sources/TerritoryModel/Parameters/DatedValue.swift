public import SimulationCore
import Stochastic

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
