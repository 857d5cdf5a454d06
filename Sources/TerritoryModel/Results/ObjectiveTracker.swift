import SimulationCore

/// Follows one objective day by day within its window, so that the date it is
/// first met is known to the day.
struct ObjectiveTracker {
  let objective: Objective
  /// Day indices of the window, inclusive.
  let firstDay: Int
  let lastDay: Int
  /// Whether the KPI is a count summed over the window (else a level read at
  /// the day's close). Kept here: asking the KPI builds its catalogue entry,
  /// strings included, and the tracker is closed every simulated day.
  let isCount: Bool
  var value = 0.0
  var dayMet: Int?

  init(objective: Objective, calendar: WorkingCalendar) {
    self.objective = objective
    isCount = objective.kpi.isCount
    switch objective.period {
    case .year(let y):
      firstDay = max(0, calendar.dayIndex(of: CivilDate(year: y, month: 1, day: 1)!))
      lastDay = min(calendar.dayCount - 1, calendar.dayIndex(of: CivilDate(year: y, month: 12, day: 31)!))
    case .date(let d):
      firstDay = 0
      lastDay = min(calendar.dayCount - 1, calendar.dayIndex(of: d))
    case .horizon:
      firstDay = 0
      lastDay = calendar.dayCount - 1
    }
  }

  /// Closes day `day`: `count` is what the KPI counted that day, `level` its value at the day's end.
  mutating func close(day: Int, count: Double, level: Double) {
    guard day >= firstDay && day <= lastDay else { return }
    value = isCount ? value + count : level
    if dayMet == nil && objective.comparison.holds(value, objective.target) { dayMet = day }
  }

  var outcome: ObjectiveOutcome {
    ObjectiveOutcome(id: objective.id, value: value, met: objective.comparison.holds(value, objective.target), dayMet: dayMet)
  }
}

extension TrackedKPI {
  /// Position in `allCases`, for the day's counters: the case's raw value
  /// (cases are numbered in declaration order, which is `allCases`' order).
  var index: Int { rawValue }
}
