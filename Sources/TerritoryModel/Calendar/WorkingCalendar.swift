public import SimulationCore

/// The calendar of one scenario: its days, months, working days (Monday to
/// Friday minus the French public holidays) and closures.
///
/// Day 0 is the start date at 00:00; the horizon ends at the end of the last day.
public struct WorkingCalendar: Sendable {
  public let start: CivilDate
  /// The last simulated day, inclusive.
  public let end: CivilDate
  public let closures: [Closure]
  /// Number of simulated days.
  public let dayCount: Int
  let holidayDays: Set<Int>
  /// Capacity factor of each day, by scope (precomputed: read at every midnight).
  let factors: [Closure.Scope: [Double]]

  public init(start: CivilDate, end: CivilDate, closures: [Closure] = []) {
    precondition(start <= end, "start \(start) after end \(end)")
    self.start = start
    self.end = end
    self.closures = closures
    dayCount = start.days(until: end) + 1
    var holidays = Set<Int>()
    for year in start.year...end.year {
      for h in FrenchHolidays.holidays(year) where h.date >= start && h.date <= end {
        holidays.insert(start.days(until: h.date))
      }
    }
    holidayDays = holidays
    var factors: [Closure.Scope: [Double]] = [:]
    for scope in Closure.Scope.allCases {
      var f = [Double](repeating: 1, count: dayCount)
      for c in closures where c.appliesTo.contains(scope) {
        let first = Swift.max(0, start.days(until: c.from))
        let last = Swift.min(dayCount - 1, start.days(until: c.to))
        if first <= last { for d in first...last { f[d] = Swift.min(f[d], c.capacityFactor) } }
      }
      factors[scope] = f
    }
    self.factors = factors
  }

  /// The date of day `index`.
  public func date(ofDay index: Int) -> CivilDate { start.adding(days: index) }

  /// The day index of `date`.
  public func dayIndex(of date: CivilDate) -> Int { start.days(until: date) }

  /// Simulation time of `date` at 00:00.
  public func time(of date: CivilDate) -> Double { Double(dayIndex(of: date)) }

  /// The horizon: the end of the last day.
  public var horizon: Double { Double(dayCount) }

  public func isHoliday(day index: Int) -> Bool { holidayDays.contains(index) }

  /// Monday to Friday and not a public holiday.
  public func isWorkingDay(_ index: Int) -> Bool {
    let wd = date(ofDay: index).weekday
    return wd != .saturday && wd != .sunday && !isHoliday(day: index)
  }

  /// The capacity factor on day `index` for `scope`: the smallest factor of the
  /// closures covering that day, 1 when none does.
  public func capacityFactor(day index: Int, scope: Closure.Scope) -> Double {
    guard index >= 0 && index < dayCount else { return 1 }
    return factors[scope]![index]
  }

  /// The months the scenario touches, in order.
  public var months: [YearMonth] {
    var list: [YearMonth] = []
    var m = YearMonth(start)
    let last = YearMonth(end)
    while m <= last {
      list.append(m)
      m = m.next
    }
    return list
  }

  /// Index of the month containing day `index` in ``months``.
  public func monthIndex(ofDay index: Int) -> Int {
    let d = date(ofDay: Swift.min(Swift.max(index, 0), dayCount - 1))
    return (d.year - start.year) * 12 + d.month - start.month
  }

  /// The first working day of `month`, as a day index, when it falls inside
  /// the horizon. A month whose first working day comes before the start has
  /// none here: what happened on it happened before the simulated period.
  public func firstWorkingDay(of month: YearMonth) -> Int? {
    let holidays = Set(FrenchHolidays.holidays(month.year).map(\.date))
    var date = CivilDate(year: month.year, month: month.month, day: 1)!
    while date.month == month.month {
      if date.weekday != .saturday && date.weekday != .sunday && !holidays.contains(date) {
        let i = dayIndex(of: date)
        return i >= 0 && i < dayCount ? i : nil
      }
      date = date.adding(days: 1)
    }
    return nil
  }

  /// Lays `weekly` on this calendar from the start, closing public holidays
  /// and the days whose capacity factor for `scope` is 0.
  public func availability(_ weekly: WeeklySchedule, scope: Closure.Scope) -> AvailabilitySchedule {
    var exceptions: [CivilDate: [TimeWindow]] = [:]
    for day in holidayDays { exceptions[date(ofDay: day)] = [] }
    for closure in closures where closure.appliesTo.contains(scope) && closure.capacityFactor == 0 {
      var d = Swift.max(closure.from, start)
      while d <= closure.to && d <= end {
        exceptions[d] = []
        d = d.adding(days: 1)
      }
    }
    return AvailabilitySchedule(start: start, weekly: weekly, exceptions: exceptions)
  }
}
