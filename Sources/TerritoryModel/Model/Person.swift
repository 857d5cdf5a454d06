import Stochastic

/// A job seeker in the PCE network: counts and draws only, no identity.
///
/// Every personal draw comes from the person's own stream, keyed by their
/// origin and rank there: the pathway, durations, exit time, outcome and
/// workshops are drawn when the person appears, follow-up durations and
/// workshop attendance when they happen. Two staffing options on common random
/// numbers therefore give the same person the same fate, whatever the order in
/// which the network serves them.
struct Person {
  enum State: UInt8 {
    case waitingFirst, inFirstAppointment, accompanied, exited
  }

  var desk: Int32
  var site: Int32
  var source: ArrivalSource
  var requestTime: Double
  /// The person's number in the run, for traces (slots are reused, numbers are not).
  var serial: Int32
  var state: State = .waitingFirst
  var version: UInt32 = 0
  var stream: PersonalStream

  // Personal draws.
  var pathway: Pathway
  var firstDurationDays: Double
  /// Days from accompaniment to the competing-hazard exit.
  var exitAfterDays: Double
  /// Why the competing hazards end accompaniment when they come first.
  var exitReason: ExitReason
  var outcome: UInt8
  var outcomeDelayDays: Double
  /// Workshop types to attend, lowest bit first.
  var workshopsToDo: UInt32

  // Pathway state.
  var pathwayEnds = Double.infinity
  /// The workshop type the person is enrolled in, if any (stored before the
  /// flags below, so that the optional's tag fits beside them).
  var workshopEnrolment: Int32?
  var holdsCaseloadSlot = false
  var waitingForCaseload = false
  var waitingForFollowUp = false
  var enrolledAt = 0.0
}
