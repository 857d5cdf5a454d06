/// The KPIs objectives can use: the model follows them day by day, so that
/// the date an objective is met is known to the day. Each case is a slot of
/// the model's daily counters; its identifier and words are its ``kpi``'s.
public enum TrackedKPI: Int, Hashable, Sendable, CaseIterable {
  case pceAccompanied
  case pceExitsToEmployment
  case workshopsAttended
  case invitationsResponded
  case tzcldVolunteers
  case tzcldHires
  case tzcldOtherEmployerPlacements
  case tzcldHeadcount
  case tzcldFTE
  case tzcldWaitingList
  case tzcldPPDERemaining

  /// The catalogue entry.
  public var kpi: KPI {
    switch self {
    case .pceAccompanied: .accompanied
    case .pceExitsToEmployment: .exitsToEmployment
    case .workshopsAttended: .workshopAttended
    case .invitationsResponded: .invitationsResponded
    case .tzcldVolunteers: .volunteers
    case .tzcldHires: .hires
    case .tzcldOtherEmployerPlacements: .otherEmployerPlacements
    case .tzcldHeadcount: .headcount
    case .tzcldFTE: .fte
    case .tzcldWaitingList: .waitingList
    case .tzcldPPDERemaining: .ppdeRemaining
    }
  }

  /// The tracked KPI behind a catalogue entry, if the model follows it day by day.
  public init?(_ kpi: KPI) {
    guard let t = Self.allCases.first(where: { $0.kpi == kpi }) else { return nil }
    self = t
  }

  /// The KPI's identifier.
  public var id: String { kpi.id }

  /// Whether the KPI is a count (summed over a period) rather than a level.
  public var isCount: Bool { kpi.kind == .count }
}
