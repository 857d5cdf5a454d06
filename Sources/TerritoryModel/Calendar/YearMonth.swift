public import SimulationCore

/// A calendar month, the grid of monthly results.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int

  public init(year: Int, month: Int) {
    precondition((1...12).contains(month), "month \(month) out of 1...12")
    self.year = year
    self.month = month
  }

  public init(_ date: CivilDate) { self.init(year: date.year, month: date.month) }

  public var next: YearMonth { month == 12 ? YearMonth(year: year + 1, month: 1) : YearMonth(year: year, month: month + 1) }

  public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1)! }

  public var dayCount: Int { CivilDate.daysIn(month: month, year: year) }

  public static func < (a: Self, b: Self) -> Bool { (a.year, a.month) < (b.year, b.month) }

  /// `YYYY-MM`.
  public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
}
