/// Time windows for each day of the week, e.g. an advisor working Monday to
/// Friday 9:00–12:00 and 14:00–17:00.
///
/// Windows of one day are kept sorted and must not overlap.
public struct WeeklySchedule: Hashable, Sendable, Codable {
  /// Windows per weekday; a missing day has none.
  public let windows: [Weekday: [TimeWindow]]

  /// Why a schedule is invalid.
  public struct Overlap: Error, Equatable, CustomStringConvertible {
    public let weekday: Weekday
    public let first: TimeWindow
    public let second: TimeWindow
    public var description: String { "\(weekday.rawValue): windows \(first) and \(second) overlap" }
  }

  /// - Throws: ``Overlap`` if two windows of a day overlap.
  public init(_ windows: [Weekday: [TimeWindow]]) throws(Overlap) {
    var sorted: [Weekday: [TimeWindow]] = [:]
    for day in Weekday.allCases {
      guard let list = windows[day], !list.isEmpty else { continue }
      let s = list.sorted()
      for (a, b) in zip(s, s.dropFirst()) where b.start < a.end {
        throw Overlap(weekday: day, first: a, second: b)
      }
      sorted[day] = s
    }
    self.windows = sorted
  }

  /// The same windows on each of `days`.
  public init(days: [Weekday], windows: [TimeWindow]) throws(Overlap) {
    try self.init(Dictionary(uniqueKeysWithValues: days.map { ($0, windows) }))
  }

  /// Never available.
  public static let never = try! WeeklySchedule([:])

  /// Always available.
  public static let always = try! WeeklySchedule(days: Weekday.allCases, windows: [TimeWindow(start: 0, end: 1440)!])

  /// The windows of a weekday.
  public func windows(on day: Weekday) -> [TimeWindow] { windows[day] ?? [] }

  /// Minutes available per week.
  public var minutesPerWeek: Int { windows.values.joined().reduce(0) { $0 + $1.minutes } }
}
