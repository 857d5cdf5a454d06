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
  // Lookup tables: the weekday of day 0, the weekly windows by weekday index
  // (Monday = 0), and the exception days sorted with their windows. They make
  // `windows(onDay:)` an array access and a binary search: it runs for every
  // shift change of every advisor.
  let startWeekday: Int
  let weeklyByIndex: [[TimeWindow]]
  let exceptionDays: [Int]
  let exceptionWindows: [[TimeWindow]]

  /// - Parameter exceptions: dates whose windows replace the weekly ones
  ///   (an empty list closes the day).
  public init(start: CivilDate, weekly: WeeklySchedule, exceptions: [CivilDate: [TimeWindow]] = [:]) {
    self.start = start
    self.weekly = weekly
    startWeekday = start.weekday.index
    weeklyByIndex = Weekday.allCases.map { weekly.windows(on: $0) }
    let sorted = exceptions.map { (start.days(until: $0.key), $0.value.sorted()) }.sorted { $0.0 < $1.0 }
    exceptionDays = sorted.map(\.0)
    exceptionWindows = sorted.map(\.1)
  }

  /// Day index → the windows that replace the weekly ones that day (empty: closed).
  public var exceptions: [Int: [TimeWindow]] {
    Dictionary(uniqueKeysWithValues: zip(exceptionDays, exceptionWindows))
  }

  /// The windows of day `dayIndex` (day 0 is ``start``).
  ///
  /// - Complexity: O(log e) for e exception days.
  public func windows(onDay dayIndex: Int) -> [TimeWindow] {
    var low = 0
    var high = exceptionDays.count
    while low < high {
      let mid = (low + high) / 2
      if exceptionDays[mid] < dayIndex { low = mid + 1 } else { high = mid }
    }
    if low < exceptionDays.count && exceptionDays[low] == dayIndex { return exceptionWindows[low] }
    return weeklyByIndex[((startWeekday + dayIndex) % 7 + 7) % 7]
  }

  /// Whether time `t` lies inside a window (start included, end excluded).
  public func isAvailable(at t: Double) -> Bool {
    let (day, minute) = Self.locate(t)
    return windows(onDay: day).contains { Double($0.start) <= minute && minute < Double($0.end) }
  }

  /// The day and the minute within it of time `t`. A time within a
  /// millionth of a minute of a whole minute counts as that minute, so that
  /// `day + minute / 1440`, which floating point cannot always represent
  /// exactly, falls on the intended side of a window's edge.
  static func locate(_ t: Double) -> (day: Int, minute: Double) {
    var m = t * 1440
    let whole = m.rounded()
    if abs(m - whole) < 1e-6 { m = whole }
    let day = Int((m / 1440).rounded(.down))
    return (day, m - Double(day) * 1440)
  }

  /// The next time after `t` (strictly) at which availability changes, and the
  /// availability from then on; `nil` if it never changes within `limit` days.
  ///
  /// Adjacent windows (12:00–14:00 then 14:00–17:00) make no change at 14:00.
  public func nextChange(after t: Double, limit: Double = 366 * 10) -> (time: Double, available: Bool)? {
    let now = isAvailable(at: t)
    var day = Self.locate(t).day
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

  /// Every change of availability in [0, `horizon`), in one pass over the
  /// days: the times and the availability from each, with time 0 first when
  /// available then. The same list as calling ``nextChange(after:limit:)``
  /// from 0 until it passes the horizon (test `ScheduleTests.changesInOnePass`),
  /// without a search and an array per change (a plan lists its advisors'
  /// changes over years, once per draw of an uncertainty study).
  public func changes(before horizon: Double) -> (times: [Double], available: [Bool]) {
    var times: [Double] = []
    var available: [Bool] = []
    var state = isAvailable(at: 0)
    if state {
      times.append(0)
      available.append(true)
    }
    var last = 0.0
    var edges: [Int] = []
    let lastDay = Int(horizon.rounded(.up))
    var day = 0
    while day <= lastDay {
      edges.removeAll(keepingCapacity: true)
      for w in windows(onDay: day) {
        edges.append(w.start)
        edges.append(w.end)
      }
      edges.sort()
      for edge in edges {
        let time = Double(day) + Double(edge) / 1440
        guard time > last, isAvailable(at: time) != state else { continue }
        if time >= horizon { return (times, available) }
        state.toggle()
        times.append(time)
        available.append(state)
        last = time
      }
      day += 1
    }
    return (times, available)
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
