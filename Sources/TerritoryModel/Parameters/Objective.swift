public import SimulationCore

/// A target the planners set, e.g. "accompanied persons in 2020 ≥ 800" or
/// "EBE headcount on 31 Dec 2024 ≥ 80".
public struct Objective: Hashable, Sendable {
  /// When the KPI is read.
  public enum Period: Hashable, Sendable, CustomStringConvertible {
    /// A calendar year: counts over the year, levels at its last day.
    case year(Int)
    /// A date: counts from the start to that day, levels at that day.
    case date(CivilDate)
    /// The whole horizon.
    case horizon

    public var description: String {
      switch self {
      case .year(let y): String(y)
      case .date(let d): d.description
      case .horizon: "horizon"
      }
    }
  }

  public enum Comparison: String, Hashable, Sendable {
    case atLeast = "at_least"
    case atMost = "at_most"

    public func holds(_ value: Double, _ target: Double) -> Bool {
      self == .atLeast ? value >= target : value <= target
    }
  }

  public var id: String
  /// A trackable KPI identifier (``TrackedKPI``).
  public var kpi: TrackedKPI
  public var period: Period
  public var comparison: Comparison
  public var target: Double

  public init(id: String, kpi: TrackedKPI, period: Period, comparison: Comparison = .atLeast, target: Double) {
    self.id = id
    self.kpi = kpi
    self.period = period
    self.comparison = comparison
    self.target = target
  }
}

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
