extension Simulation {
  /// Checks the engine's invariants: the calendar is heap-ordered and nothing is
  /// pending in the past. Called after every event when the package is built
  /// with `TZSIM_INVARIANTS` (debug builds, hence `swift test`); a no-op
  /// otherwise. O(n) per call when enabled.
  @usableFromInline func checkInvariants() {
    #if TZSIM_INVARIANTS
    precondition(calendar.isHeapOrdered, "invariant: the calendar lost its heap order")
    if let next = calendar.next {
      precondition(next.time >= now, "invariant: event pending at \(next.time) before the clock \(now)")
    }
    #endif
  }
}
