/// A job seeker in the PCE network: counts and draws only, no identity.
///
/// Personal draws (pathway, durations, exit time, outcome, workshops) are made
/// when the person appears, from one stream in arrival order, so that two
/// staffing options on common random numbers give the same person the same fate.
struct Person {
  enum State: UInt8 {
    case waitingFirst, accompanied, exited
  }

  var desk: Int32
  var site: Int32
  var source: ArrivalSource
  var requestTime: Double
  var state: State = .waitingFirst
  var version: UInt32 = 0

  // Personal draws.
  var pathway: UInt8
  var firstDurationDays: Double
  /// Days from accompaniment to the competing-hazard exit.
  var exitAfterDays: Double
  var exitReason: UInt8
  var outcome: UInt8
  var outcomeDelayDays: Double
  /// Workshop types to attend, lowest bit first.
  var workshopsToDo: UInt32

  // Pathway state.
  var pathwayEnds = Double.infinity
  var holdsCaseloadSlot = false
  var waitingForCaseload = false
  var waitingForFollowUp = false
  var workshopEnrolment: Int32 = -1
  var enrolledAt = 0.0
}
