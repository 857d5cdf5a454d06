/// The order in which a ``Resource`` serves the requests waiting for it.
public enum QueueDiscipline: String, Sendable, Hashable, CaseIterable {
  /// First come, first served.
  case fifo
  /// Higher priority first; first come, first served among equal priorities.
  case priority
}
