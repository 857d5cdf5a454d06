extension Simulation {
  /// Checks the engine's invariants: nothing is pending in the past (after
  /// every event) and the calendar is heap-ordered (a full O(n) walk after
  /// every 1,024th event, so that checked runs stay usable with thousands of
  /// pending events). Compiled in with `TZSIM_INVARIANTS` (debug builds,
  /// hence `swift test`); a no-op otherwise.
  @usableFromInline func checkInvariants() {
    #if TZSIM_INVARIANTS
      if eventsProcessed & 1023 == 0 {
        precondition(calendar.isHeapOrdered, "invariant: the calendar lost its heap order")
      }
      if let next = calendar.next {
        precondition(next.time >= now, "invariant: event pending at \(next.time) before the clock \(now)")
      }
    #endif
  }
}
