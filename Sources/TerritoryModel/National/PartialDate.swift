public import SimulationCore

/// A date known to the year, the month or the day, as public sources give them
/// (`2022`, `2023-02`, `2016-11-24`).
///
/// ```swift
/// let d = PartialDate("2023-02")!
/// d.first   // 2023-02-01
/// d.last    // 2023-02-28
/// ```
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let year: Int
  public let month: Int?
  public let day: Int?

  /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar date, years 1900–2200); nil otherwise.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]), (1900...2200).contains(y) else { return nil }
    var m: Int?
    var d: Int?
    if parts.count >= 2 {
      guard parts[1].count == 2, let mm = Int(parts[1]), (1...12).contains(mm) else { return nil }
      m = mm
    }
    if parts.count == 3 {
      guard parts[2].count == 2, let dd = Int(parts[2]), CivilDate(year: y, month: m!, day: dd) != nil else { return nil }
      d = dd
    }
    (year, month, day) = (y, m, d)
  }

  /// The first day the text may mean.
  public var first: CivilDate { CivilDate(year: year, month: month ?? 1, day: day ?? 1)! }

  /// The last day the text may mean.
  public var last: CivilDate {
    if let day { return CivilDate(year: year, month: month!, day: day)! }
    guard let month else { return CivilDate(year: year, month: 12, day: 31)! }
    let next = month == 12 ? CivilDate(year: year + 1, month: 1, day: 1)! : CivilDate(year: year, month: month + 1, day: 1)!
    return next.adding(days: -1)
  }

  public var description: String {
    String(year) + (month.map { $0 < 10 ? "-0\($0)" : "-\($0)" } ?? "") + (day.map { $0 < 10 ? "-0\($0)" : "-\($0)" } ?? "")
  }

  public static func < (a: PartialDate, b: PartialDate) -> Bool { (a.first, a.last) < (b.first, b.last) }
}
