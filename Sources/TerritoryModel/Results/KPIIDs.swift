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
    k.accompanied = r.register(KPI.accompanied)
    k.accompaniedBySite = deskIDs.map { r.register(KPI.accompanied, "site=\($0)", monthly: true) }
    k.accompaniedBySource = ArrivalSource.allCases.map { r.register(KPI.accompanied, "source=\($0.id)") }
    k.firstWait = r.register(KPI.firstAppointmentWait)
    k.gaveUp = r.register(KPI.gaveUpWaiting)
    k.firstWaitBySite = deskIDs.map { r.register(KPI.firstAppointmentWait, "site=\($0)") }
    k.deskBusy = deskIDs.map { r.register(KPI.busyDays, "site=\($0)") }
    k.deskCapacity = deskIDs.map { r.register(KPI.availableDays, "site=\($0)") }
    k.networkBusy = r.register(KPI.busyDays)
    k.networkCapacity = r.register(KPI.availableDays)
    k.caseloadArea = p.sites.map { r.register(KPI.caseloadArea, "site=\($0.id)") }
    k.networkCaseloadArea = r.register(KPI.caseloadArea)
    k.caseloadDays = r.register(KPI.elapsedDays)
    k.exitsToEmployment = r.register(KPI.exitsToEmployment)
    k.exitsByReason = ExitReason.allCases.map { r.register(KPI.exits, "reason=\($0.id)") }
    k.positioningOutcome = PathwayParameters.outcomeLabels.map { r.register(KPI.positioningOutcomes, "outcome=\($0)") }
    k.workshopSessions = r.register(KPI.workshopSessions)
    k.workshopSessionsByType = p.workshops.map { r.register(KPI.workshopSessions, "type=\($0.id)") }
    k.workshopSeats = r.register(KPI.workshopSeats)
    k.workshopSeatsByType = p.workshops.map { r.register(KPI.workshopSeats, "type=\($0.id)") }
    k.workshopAttended = r.register(KPI.workshopAttended)
    k.workshopAttendedByType = p.workshops.map { r.register(KPI.workshopAttended, "type=\($0.id)") }
    k.workshopWait = r.register(KPI.workshopWait)
    k.invitationsSent = r.register(KPI.invitationsSent)
    k.invitationsResponded = r.register(KPI.invitationsResponded)
    if p.invitations != nil {
      k.invitationsRespondedByCommune = p.communes.map { r.register(KPI.invitationsResponded, "commune=\($0.inseeCode)") }
    }
    if let tz = p.tzcld {
      k.volunteers = r.register(KPI.volunteers)
      k.volunteersByCommune = tz.communes.keys.sorted().map { r.register(KPI.volunteers, "commune=\($0)") }
      k.hires = r.register(KPI.hires)
      k.newPosts = r.register(KPI.newPosts)
      k.waitToHire = r.register(KPI.waitToHire)
      k.ebeExits = r.register(KPI.ebeExits)
      k.ebeExitsByReason = tz.ebe.exitReasons.labels.map { r.register(KPI.ebeExits, "reason=\($0)") }
      k.otherEmployerPlacements = r.register(KPI.otherEmployerPlacements)
      k.ppdeOtherExits = r.register(KPI.ppdeOtherExits)
      k.waitingList = r.register(KPI.waitingList)
      k.headcount = r.register(KPI.headcount)
      k.fte = r.register(KPI.fte)
      k.ppdeRemaining = r.register(KPI.ppdeRemaining)
      k.payroll = r.register(KPI.payroll)
      k.supervisors = r.register(KPI.supervisors)
      k.stateCDE = r.register(KPI.stateCDE)
      k.departement = r.register(KPI.departement)
      k.startupGrants = r.register(KPI.startupGrants)
      k.balance = r.register(KPI.balance)
    }
    return k
  }
}
