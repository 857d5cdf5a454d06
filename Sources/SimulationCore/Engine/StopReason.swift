/// Why ``Simulation/run(_:until:)`` returned.
public enum StopReason: Equatable, Sendable {
  /// The next pending event lies after the horizon; the clock stands at the horizon.
  case reachedHorizon
  /// No event is pending; the clock stands at the last event (or at a finite horizon).
  case calendarEmpty
}
