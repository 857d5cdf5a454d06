import SimulationCore

/// A rural permanence: one advisor of the parent site is away from it and
/// receives the permanence's own queue during each slot.
public struct PermanenceParameters: Hashable, Sendable {
  public var id: String
  public var name: String
  public var commune: String
  public var parentSite: String
  public var slot: RecurringSlot
  /// Which advisor of the parent site goes (index in its list).
  public var advisorIndex: Int

  public init(id: String, name: String, commune: String, parentSite: String, slot: RecurringSlot, advisorIndex: Int = 0) {
    self.id = id
    self.name = name
    self.commune = commune
    self.parentSite = parentSite
    self.slot = slot
    self.advisorIndex = advisorIndex
  }
}
