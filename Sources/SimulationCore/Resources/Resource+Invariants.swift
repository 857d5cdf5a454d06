extension Resource {
  /// `0 <= inUse <= capacity`, `free + inUse == capacity`, and nobody waits
  /// while a unit is free. Compiled in with `TZSIM_INVARIANTS` only.
  @inlinable func checkInvariants() {
    #if TZSIM_INVARIANTS
      precondition(inUse >= 0 && inUse <= capacity, "invariant: inUse \(inUse) outside 0...\(capacity)")
      precondition(free + inUse == capacity, "invariant: free + inUse != capacity")
      precondition(capacity >= targetCapacity, "invariant: capacity \(capacity) below target \(targetCapacity)")
      precondition(waitingCount == 0 || inUse >= capacity, "invariant: \(waitingCount) waiting while \(free) free")
    #endif
  }
}
