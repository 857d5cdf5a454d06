/// Where a run stands. A run ends `done`, `failed`, `cancelled` or, when the
/// workspace stopped while it was queued or running, `interrupted`.
public enum RunStatus: String, Codable, Sendable, CaseIterable {
  case queued, running, done, failed, cancelled, interrupted

  public var isFinal: Bool { self != .queued && self != .running }

  public var french: String {
    switch self {
    case .queued: "en attente"
    case .running: "en cours"
    case .done: "terminé"
    case .failed: "échec"
    case .cancelled: "annulé"
    case .interrupted: "interrompu"
    }
  }
}
