/// One recurring session of a workshop type at a site.
public struct WorkshopSession: Hashable, Sendable {
  public var site: String
  public var slot: RecurringSlot

  public init(site: String, slot: RecurringSlot) {
    self.site = site
    self.slot = slot
  }
}
