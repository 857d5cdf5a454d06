/// What a run of the workspace does: the command line's `run`, `compare`, `plan`, `calibrate`, or a national study's `run`.
public enum RunKind: String, Codable, Sendable, CaseIterable {
  case run, compare, plan, calibrate, national

  public var french: String {
    switch self {
    case .run: "Simulation"
    case .compare: "Comparaison des options"
    case .plan: "Recherche du moindre moyen (plan)"
    case .calibrate: "Calibration sur les chiffres observés"
    case .national: "Étude nationale"
    }
  }

  /// Whether the run writes replications (a run, a comparison), which can be compared.
  public var hasReplications: Bool { self == .run || self == .compare }

  /// Whether the run ends in an answer (a sentence) rather than verdicts by variant.
  public var answers: Bool { self == .plan || self == .calibrate }
}
