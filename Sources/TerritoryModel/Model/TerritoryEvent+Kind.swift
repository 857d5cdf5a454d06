/// The kinds of territory events, for profiles (`tzsim bench territory --profile`).
extension TerritoryEvent {
  /// Every kind's name, in the order of ``kindIndex``.
  public static let kindNames = [
    "midnight", "advisorShift", "walkIn", "request", "permanence", "giveUp", "appointmentEnd", "followUpDue", "hazardExit",
    "pathwayEnd", "positioningOutcome", "workshopStart", "workshopEnd", "registrantsList", "lettersSent", "invitationResponse",
    "ppdeInflow", "ppdeExit", "ppdeMet", "otherEmployer", "ebeOpening", "hiringRound", "employeeExit",
  ]

  /// The event's kind, an index into ``kindNames``.
  public var kindIndex: Int {
    switch self {
    case .midnight: 0
    case .advisorShift: 1
    case .walkIn: 2
    case .request: 3
    case .permanence: 4
    case .giveUp: 5
    case .appointmentEnd: 6
    case .followUpDue: 7
    case .hazardExit: 8
    case .pathwayEnd: 9
    case .positioningOutcome: 10
    case .workshopStart: 11
    case .workshopEnd: 12
    case .registrantsList: 13
    case .lettersSent: 14
    case .invitationResponse: 15
    case .ppdeInflow: 16
    case .ppdeExit: 17
    case .ppdeMet: 18
    case .otherEmployer: 19
    case .ebeOpening: 20
    case .hiringRound: 21
    case .employeeExit: 22
    }
  }
}
