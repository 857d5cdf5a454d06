/// When something is available (a site open, an advisor on duty), in
/// simulation time: a ``WeeklySchedule`` laid on the calendar from a start
/// date, with dated exceptions that replace a day's windows (a closure, a
/// public holiday, a Saturday opening).
///
/// ```swift
/// let advisor = try AvailabilitySchedule(
///   start: CivilDate(year: 2020, month: 1, day: 6)!,   // a Monday
///   weekly: WeeklySchedule(days: [.monday], windows: [
///     TimeWindow(parsing: "09:00-12:00")!, TimeWindow(parsing: "14:00-17:00")!]))
/// advisor.isAvailable(at: 13.0 / 24)   // false: 13:00 on day 0 is the lunch break
/// ```
///
/// Time *t* (days) falls on day ⌊*t*⌋ at minute (*t* − ⌊*t*⌋) × 1440.
public struct AvailabilitySchedule: Hashable, Sendable {
  /// The date of day 0.
  public let start: CivilDate
  public let weekly: WeeklySchedule
  /// Day index → the windows that replace the weekly ones that day (empty: closed).
  public let exceptions: [Int: [TimeWindow]]

  /// - Parameter exceptions: dates whose windows replace the weekly ones
  ///   (an empty list closes the day).
  public init(start: CivilDate, weekly: WeeklySchedule, exceptions: [CivilDate: [TimeWindow]] = [:]) {
    self.start = start
    self.weekly = weekly
    var byDay: [Int: [TimeWindow]] = [:]
    for (date, windows) in exceptions { byDay[start.days(until: date)] = windows.sorted() }
    self.exceptions = byDay
  }

  /// The windows of day `dayIndex` (day 0 is ``start``).
  public func windows(onDay dayIndex: Int) -> [TimeWindow] {
    if let replaced = exceptions[dayIndex] { return replaced }
    return weekly.windows(on: start.adding(days: dayIndex).weekday)
  }

  /// Whether time `t` lies inside a window (start included, end excluded).
  public func isAvailable(at t: Double) -> Bool {
    let day = Int(t.rounded(.down))
    let minute = (t - Double(day)) * 1440
    return windows(onDay: day).contains { Double($0.start) <= minute && minute < Double($0.end) }
  }

  /// The next time after `t` (strictly) at which availability changes, and the
  /// availability from then on; `nil` if it never changes within `limit` days.
  ///
  /// Adjacent windows (12:00–14:00 then 14:00–17:00) make no change at 14:00.
  public func nextChange(after t: Double, limit: Double = 366 * 10) -> (time: Double, available: Bool)? {
    let now = isAvailable(at: t)
    var day = Int(t.rounded(.down))
    let lastDay = Int((t + limit).rounded(.up))
    while day <= lastDay {
      for edge in edges(onDay: day) {
        let time = Double(day) + Double(edge) / 1440
        if time > t, isAvailable(at: time) != now { return (time, !now) }
      }
      day += 1
    }
    return nil
  }

  /// Minutes of availability on days `first..<end`.
  public func availableMinutes(days range: Range<Int>) -> Int {
    range.reduce(0) { total, d in total + windows(onDay: d).reduce(0) { $0 + $1.minutes } }
  }

  func edges(onDay day: Int) -> [Int] {
    var result: [Int] = []
    for w in windows(onDay: day) {
      result.append(w.start)
      result.append(w.end)
    }
    return result.sorted()
  }
}
