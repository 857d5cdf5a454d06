/// A request that has just been given a unit of a ``Resource``.
public struct Grant<Request> {
  /// The request now being served.
  public let request: Request
  /// How long it waited (days); 0 when granted on arrival.
  public let wait: Double

  @usableFromInline init(request: Request, wait: Double) {
    self.request = request
    self.wait = wait
  }
}
