/// What must hold of every person at every step, checked in debug builds
/// (`TZSIM_INVARIANTS`, on in `swift test`) and compiled out of release builds.
extension TerritorySimulation {
  /// - A person never waits for a caseload slot while holding one, and only
  ///   reinforced persons hold or wait for one.
  /// - Only an accompanied person waits for a follow-up, holds a slot or is
  ///   enrolled in a workshop; someone who has left holds nothing.
  /// - A person in their first appointment has not yet been accompanied.
  func checkPersonInvariants(_ p: Int) {
    #if TZSIM_INVARIANTS
      let person = persons[p]
      precondition(!(person.holdsCaseloadSlot && person.waitingForCaseload), "invariant: person \(p) holds and waits for a caseload slot")
      if person.holdsCaseloadSlot || person.waitingForCaseload {
        precondition(person.pathway == .reinforced, "invariant: person \(p) in the caseload is not on the reinforced pathway")
      }
      if person.state != .accompanied {
        precondition(
          !person.waitingForFollowUp && !person.holdsCaseloadSlot && !person.waitingForCaseload && person.workshopEnrolment == nil,
          "invariant: person \(p) (\(person.state)) still holds or waits for something")
      }
    #endif
  }
}
