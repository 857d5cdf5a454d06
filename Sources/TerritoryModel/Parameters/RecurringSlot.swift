public import SimulationCore

/// A time slot that comes back every `everyWeeks` weeks on one weekday, e.g.
/// a permanence every other Tuesday 9:00–12:00, or a workshop each Thursday
/// 14:00–16:00. The first occurrence is the first matching weekday on or after
/// `firstDate` (default: the scenario start).
public struct RecurringSlot: Hashable, Sendable {
  public var weekday: Weekday
  public var window: TimeWindow
  public var everyWeeks: Int
  public var firstDate: CivilDate?

  public init(weekday: Weekday, window: TimeWindow, everyWeeks: Int = 1, firstDate: CivilDate? = nil) {
    precondition(everyWeeks >= 1, "everyWeeks must be >= 1")
    self.weekday = weekday
    self.window = window
    self.everyWeeks = everyWeeks
    self.firstDate = firstDate
  }

  /// Day indices of the occurrences within `calendar`, skipping public holidays.
  public func occurrences(in calendar: WorkingCalendar) -> [Int] {
    var day = calendar.dayIndex(of: max(firstDate ?? calendar.start, calendar.start))
    while day < calendar.dayCount && calendar.date(ofDay: day).weekday != weekday { day += 1 }
    var list: [Int] = []
    while day < calendar.dayCount {
      if !calendar.isHoliday(day: day) { list.append(day) }
      day += 7 * everyWeeks
    }
    return list
  }
}
