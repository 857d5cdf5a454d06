/// A day of the week, Monday first (ISO 8601).
public enum Weekday: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  case monday, tuesday, wednesday, thursday, friday, saturday, sunday

  /// 0 for Monday … 6 for Sunday.
  public var index: Int { Weekday.allCases.firstIndex(of: self)! }

  public static func < (a: Self, b: Self) -> Bool { a.index < b.index }
}
