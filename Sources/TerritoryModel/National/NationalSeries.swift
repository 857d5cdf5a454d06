/// The national monthly series a replication records.
public enum NationalSeries: Int, Sendable, CaseIterable {
  /// Employees of every EBE at the end of the month.
  case headcount
  /// FTE in post at the end of the month.
  case fte
  /// Hires since the start (opening cohorts included).
  case hiresCumulative
  /// Volunteers since the start.
  case volunteersCumulative
  /// The State's part of the CDE paid in the month, €.
  case stateCDE
  /// The départements' part paid in the month, €.
  case departementCDE
  /// Start-up grants paid in the month, €.
  case startupGrants
  /// Hires the territories were ready to make that the fund's credits refused in the month.
  case refusedHires
  /// EBEs open at the end of the month.
  case openEBEs
  /// Territories habilitated by the end of the month.
  case habilitated

  /// The identifier used in files.
  public var id: String {
    switch self {
    case .headcount: "headcount"
    case .fte: "fte"
    case .hiresCumulative: "hires_cumulative"
    case .volunteersCumulative: "volunteers_cumulative"
    case .stateCDE: "state_cde_eur"
    case .departementCDE: "departement_cde_eur"
    case .startupGrants: "startup_grants_eur"
    case .refusedHires: "refused_hires"
    case .openEBEs: "open_ebes"
    case .habilitated: "habilitated"
    }
  }
}
