/// What a handler needs to know about each simulated day, computed once per
/// plan: its year and month (indices from the start), whether it closes a
/// month or a year, and its capacity factors; and each month's first working
/// day. Replications read these arrays instead of doing date arithmetic at
/// every midnight (the calendar's answers, tabulated: test `DayTableTests`).
struct DayTable: Sendable {
  /// Index of each day's year (0 for the start's year).
  let year: [Int]
  /// Index of each day's month in ``WorkingCalendar/months``.
  let month: [Int]
  /// Whether each day is the last simulated day of its month, or of its year.
  let closesMonth: [Bool]
  let closesYear: [Bool]
  /// The capacity factor of each day, by scope.
  let pceFactor: [Double]
  let workshopFactor: [Double]
  let ebeHiringFactor: [Double]
  /// The months the scenario touches, and the first working day of each within the horizon.
  let months: [YearMonth]
  let firstWorkingDay: [Int?]

  init(_ calendar: WorkingCalendar) {
    let n = calendar.dayCount
    let dates = (0...n).map { calendar.date(ofDay: $0) }
    year = dates.prefix(n).map { $0.year - calendar.start.year }
    month = (0..<n).map { calendar.monthIndex(ofDay: $0) }
    closesMonth = (0..<n).map { $0 == n - 1 || dates[$0 + 1].month != dates[$0].month }
    closesYear = (0..<n).map { $0 == n - 1 || dates[$0 + 1].year != dates[$0].year }
    pceFactor = (0..<n).map { calendar.capacityFactor(day: $0, scope: .pce) }
    workshopFactor = (0..<n).map { calendar.capacityFactor(day: $0, scope: .workshops) }
    ebeHiringFactor = (0..<n).map { calendar.capacityFactor(day: $0, scope: .ebeHiring) }
    months = calendar.months
    firstWorkingDay = months.map { calendar.firstWorkingDay(of: $0) }
  }

  /// The first working day of the month after day `day`'s (of the first month
  /// when `day` is -1) that comes after `day`: the day a monthly list arrives.
  func nextListDay(after day: Int) -> Int? {
    let startMonth = day < 0 ? 0 : month[Swift.min(day, month.count - 1)] + 1
    for m in startMonth..<Swift.max(startMonth, months.count) {
      if let d = firstWorkingDay[m], d > day { return d }
    }
    return nil
  }

  /// A day's factor, 1 outside the horizon (as ``WorkingCalendar/capacityFactor(day:scope:)``).
  @inline(__always) static func factor(_ table: [Double], _ day: Int) -> Double {
    day >= 0 && day < table.count ? table[day] : 1
  }
}
