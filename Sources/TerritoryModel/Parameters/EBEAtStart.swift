/// The state of an employment company that opened before the scenario's
/// start: a planner in 2026 starts from the EBE as it is.
public struct EBEAtStart: Hashable, Sendable {
  /// Employees (PPDE on a CDI) on the first day.
  public var headcount: Int
  /// Their full-time equivalents, shared equally among them.
  public var fte: Double
  /// Volunteers already on the waiting list, waiting since the first day.
  public var waitingList: Int

  public init(headcount: Int, fte: Double, waitingList: Int) {
    self.headcount = headcount
    self.fte = fte
    self.waitingList = waitingList
  }
}
