import SimulationCore

/// KPIs that objectives can use: followed day by day, so that the date an
/// objective is met is known to the day.
public enum TrackedKPI: String, Hashable, Sendable, CaseIterable {
  // Counts: summed over the objective's period.
  case pceAccompanied = "pce.accompanied"
  case pceExitsToEmployment = "pce.exits_to_employment"
  case workshopsAttended = "workshops.attended"
  case invitationsResponded = "invitations.responded"
  case tzcldVolunteers = "tzcld.volunteers"
  case tzcldHires = "tzcld.hires"
  case tzcldOtherEmployerPlacements = "tzcld.other_employer_placements"
  // Levels: read at the end of each day.
  case tzcldHeadcount = "tzcld.headcount"
  case tzcldFTE = "tzcld.fte"
  case tzcldWaitingList = "tzcld.waiting_list"
  case tzcldPPDERemaining = "tzcld.ppde_remaining"

  /// Whether the KPI is a count (summed over a period) rather than a level.
  public var isCount: Bool {
    switch self {
    case .tzcldHeadcount, .tzcldFTE, .tzcldWaitingList, .tzcldPPDERemaining: false
    default: true
    }
  }
}
