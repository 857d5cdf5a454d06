/// The events of the territory model. Integer payloads index the model's
/// tables (sites, desks, persons, workshop types, PPDE); `version` fields let
/// a person's later state make an older pending event void without a costly
/// cancellation.
public enum TerritoryEvent: Sendable {
  /// Start of day `day` (00:00); the previous day is closed first.
  case midnight(day: Int32)
  /// Advisors come on or go off duty: the `index`-th change time of the plan.
  case advisorShift(index: Int32)
  /// A walk-in (or a referral) arrives at a site, during its opening hours.
  case walkIn(site: Int32, referral: Bool)
  /// A request added from outside the arrival processes (``TerritorySimulation/addRequest(at:time:)``).
  case request(desk: Int32)
  /// A permanence slot starts or ends.
  case permanence(index: Int32, starts: Bool)
  /// A person waiting for a first appointment gives up.
  case giveUp(person: Int32, version: UInt32)
  /// An advisor of a site ends an appointment (at the site or a permanence).
  case appointmentEnd(site: Int32, advisor: Int32)
  /// A reinforced follow-up falls due.
  case followUpDue(person: Int32, version: UInt32)
  /// The competing hazards fire for an accompanied person.
  case hazardExit(person: Int32, version: UInt32)
  /// A pathway ends normally.
  case pathwayEnd(person: Int32, version: UInt32)
  /// A positioning (offer, PMSMP, MRS) gives its outcome.
  case positioningOutcome(person: Int32, version: UInt32)
  /// A workshop session starts (`occurrence` indexes the slot's dates).
  case workshopStart(type: Int32, session: Int32, occurrence: Int32)
  /// A workshop session ends: its facilitators come back.
  case workshopEnd(type: Int32, session: Int32)
  /// The monthly list of new registrants arrives.
  case registrantsList
  /// Letters of a list go out.
  case lettersSent(count: Int32)
  /// An invitee answers and asks for a first appointment.
  case invitationResponse(commune: Int32)
  /// A new PPDE in a TZCLD commune.
  case ppdeInflow(commune: Int32)
  /// A PPDE leaves for a reason other than the EBE.
  case ppdeExit(ppde: Int32, version: UInt32)
  /// The CLE meets a PPDE.
  case ppdeMet(ppde: Int32, version: UInt32)
  /// Another employer hires a volunteer from the waiting list.
  case otherEmployer(ppde: Int32, version: UInt32)
  /// The EBE opens and hires its opening cohort.
  case ebeOpening
  /// A monthly hiring round.
  case hiringRound
  /// An EBE employee leaves.
  case employeeExit(ppde: Int32, version: UInt32)
}
