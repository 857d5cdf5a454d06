/// Where a job seeker's request came from.
public enum ArrivalSource: Int, Sendable, CaseIterable {
  case walkIn = 0, invitation, referral

  /// Identifier used in results (`source=<id>`).
  public var id: String {
    switch self {
    case .walkIn: "walk_in"
    case .invitation: "invitation"
    case .referral: "referral"
    }
  }
}
