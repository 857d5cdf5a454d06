/// A request waiting in a ``Resource``'s queue.
public struct WaitingRequest<Request> {
  /// What the model asked the resource for (a person, a token, an index…).
  public let request: Request
  /// When it was asked for (days).
  public let since: Double
  /// Its priority (higher is served first under ``QueueDiscipline/priority``).
  public let priority: Int
  /// Arrival order in this resource; breaks ties first-in-first-out.
  public let sequence: UInt64

  @usableFromInline init(request: Request, since: Double, priority: Int, sequence: UInt64) {
    self.request = request
    self.since = since
    self.priority = priority
    self.sequence = sequence
  }
}

extension WaitingRequest: HeapOrdered {
  @inlinable public static func precedes(_ a: Self, _ b: Self) -> Bool {
    a.priority != b.priority ? a.priority > b.priority : a.sequence < b.sequence
  }
}
