public import SimulationCore

/// One advisor's state; their schedule is in the plan's change times.
struct AdvisorState {
  var onDuty = false
  /// Reasons the advisor is away from the desk (a permanence, a workshop).
  var away = 0
}
