public import SimulationCore

extension WeeklySchedule {
  /// The same schedule with each window cut to its first `share` (rounded to
  /// the minute): the part of a working window an advisor spends on
  /// appointments. A share of 1 keeps the schedule.
  public func cut(toShare share: Double) -> WeeklySchedule {
    guard share < 1 else { return self }
    var cut: [Weekday: [TimeWindow]] = [:]
    for (day, list) in windows {
      cut[day] = list.compactMap { w in
        let minutes = Int((Double(w.minutes) * share).rounded())
        return minutes > 0 ? TimeWindow(start: w.start, end: w.start + minutes) : nil
      }
    }
    return try! WeeklySchedule(cut)
  }
}
