/// What a run of the workspace does: the command line's `run`, `compare` or `plan`.
public enum RunKind: String, Codable, Sendable, CaseIterable {
  case run, compare, plan

  public var french: String {
    switch self {
    case .run: "Simulation"
    case .compare: "Comparaison des options"
    case .plan: "Recherche du moindre moyen (plan)"
    }
  }
}
