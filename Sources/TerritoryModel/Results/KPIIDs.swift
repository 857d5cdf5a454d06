/// The integer identifiers of every KPI series of a territory replication,
/// registered once per model with their stable names.
struct KPIIDs {
  var accompanied = 0
  var accompaniedBySite: [Int] = []
  var accompaniedBySource: [Int] = []
  var firstWait = 0
  var gaveUp = 0
  var firstWaitBySite: [Int] = []
  var deskBusy: [Int] = []
  var deskCapacity: [Int] = []
  var networkBusy = 0
  var networkCapacity = 0
  var caseloadArea: [Int] = []
  var networkCaseloadArea = 0
  var caseloadDays = 0
  var exitsToEmployment = 0
  var exitsByReason: [Int] = []
  var positioningOutcome: [Int] = []
  var workshopSessions = 0
  var workshopSessionsByType: [Int] = []
  var workshopSeats = 0
  var workshopSeatsByType: [Int] = []
  var workshopAttended = 0
  var workshopAttendedByType: [Int] = []
  var workshopWait = 0
  var invitationsSent = 0
  var invitationsResponded = 0
  var invitationsRespondedByCommune: [Int] = []
  var volunteers = 0
  var volunteersByCommune: [Int] = []
  var hires = 0
  var newPosts = 0
  var waitToHire = 0
  var ebeExits = 0
  var ebeExitsByReason: [Int] = []
  var otherEmployerPlacements = 0
  var ppdeOtherExits = 0
  var waitingList = 0
  var headcount = 0
  var fte = 0
  var ppdeRemaining = 0
  var caseload = 0
  var payroll = 0
  var supervisors = 0
  var stateCDE = 0
  var departement = 0
  var startupGrants = 0
  var balance = 0

  static func register(in r: inout KPIRecorder, parameters p: TerritoryParameters) -> KPIIDs {
    var k = KPIIDs()
    let deskIDs = p.sites.map(\.id) + p.permanences.map(\.id)
    k.accompanied = r.register("pce.accompanied", "", .count, monthly: true)
    k.accompaniedBySite = deskIDs.map { r.register("pce.accompanied", "site=\($0)", .count) }
    k.accompaniedBySource = ArrivalSource.allCases.map { r.register("pce.accompanied", "source=\($0.id)", .count) }
    k.firstWait = r.register("pce.first_appointment_wait_days", "", .mean, monthly: true)
    k.gaveUp = r.register("pce.gave_up_waiting", "", .count, monthly: true)
    k.firstWaitBySite = deskIDs.map { r.register("pce.first_appointment_wait_days", "site=\($0)", .mean) }
    k.deskBusy = deskIDs.map { r.register("pce.busy_days", "site=\($0)", .count, hidden: true) }
    k.deskCapacity = deskIDs.map { r.register("pce.available_days", "site=\($0)", .count, hidden: true) }
    k.networkBusy = r.register("pce.busy_days", "", .count, monthly: true, hidden: true)
    k.networkCapacity = r.register("pce.available_days", "", .count, monthly: true, hidden: true)
    k.caseloadArea = p.sites.map { r.register("pce.caseload_area", "site=\($0.id)", .count, hidden: true) }
    k.networkCaseloadArea = r.register("pce.caseload_area", "", .count, monthly: true, hidden: true)
    k.caseloadDays = r.register("pce.days", "", .count, monthly: true, hidden: true)
    k.exitsToEmployment = r.register("pce.exits_to_employment", "", .count, monthly: true)
    k.exitsByReason = ExitReason.allCases.map { r.register("pce.exits", "reason=\($0.id)", .count) }
    k.positioningOutcome = PathwayParameters.outcomeLabels.map { r.register("pce.positioning_outcomes", "outcome=\($0)", .count) }
    k.workshopSessions = r.register("workshops.sessions", "", .count, monthly: true)
    k.workshopSessionsByType = p.workshops.map { r.register("workshops.sessions", "type=\($0.id)", .count) }
    k.workshopSeats = r.register("workshops.seats", "", .count, monthly: true)
    k.workshopSeatsByType = p.workshops.map { r.register("workshops.seats", "type=\($0.id)", .count) }
    k.workshopAttended = r.register("workshops.attended", "", .count, monthly: true)
    k.workshopAttendedByType = p.workshops.map { r.register("workshops.attended", "type=\($0.id)", .count) }
    k.workshopWait = r.register("workshops.wait_days", "", .mean)
    k.invitationsSent = r.register("invitations.sent", "", .count, monthly: true)
    k.invitationsResponded = r.register("invitations.responded", "", .count, monthly: true)
    if p.invitations != nil {
      k.invitationsRespondedByCommune = p.communes.map { r.register("invitations.responded", "commune=\($0.inseeCode)", .count) }
    }
    if let tz = p.tzcld {
      k.volunteers = r.register("tzcld.volunteers", "", .count, monthly: true)
      k.volunteersByCommune = tz.communes.keys.sorted().map { r.register("tzcld.volunteers", "commune=\($0)", .count) }
      k.hires = r.register("tzcld.hires", "", .count, monthly: true)
      k.newPosts = r.register("tzcld.new_posts", "", .count)
      k.waitToHire = r.register("tzcld.wait_to_hire_days", "", .mean)
      k.ebeExits = r.register("tzcld.exits", "", .count, monthly: true)
      k.ebeExitsByReason = tz.ebe.exitReasons.labels.map { r.register("tzcld.exits", "reason=\($0)", .count) }
      k.otherEmployerPlacements = r.register("tzcld.other_employer_placements", "", .count, monthly: true)
      k.ppdeOtherExits = r.register("tzcld.ppde_other_exits", "", .count)
      k.waitingList = r.register("tzcld.waiting_list", "", .level, monthly: true)
      k.headcount = r.register("tzcld.headcount", "", .level, monthly: true)
      k.fte = r.register("tzcld.fte", "", .level, monthly: true)
      k.ppdeRemaining = r.register("tzcld.ppde_remaining", "", .level, monthly: true)
      k.payroll = r.register("tzcld.payroll_eur", "", .count, monthly: true)
      k.supervisors = r.register("tzcld.supervisors_eur", "", .count, monthly: true)
      k.stateCDE = r.register("tzcld.state_cde_eur", "", .count, monthly: true)
      k.departement = r.register("tzcld.departement_eur", "", .count, monthly: true)
      k.startupGrants = r.register("tzcld.startup_grants_eur", "", .count, monthly: true)
      k.balance = r.register("tzcld.balance_eur", "", .count, monthly: true)
    }
    return k
  }
}
