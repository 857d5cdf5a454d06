/// One pending event in an ``EventCalendar``: when, how urgent, in which order
/// it was scheduled, and what it is.
public struct CalendarEntry<Event> {
  /// Simulation time (days) at which the event fires.
  public let time: Double
  /// Priority and sequence packed so that one unsigned comparison orders
  /// them: the high 16 bits hold `0x7FFF − priority` (higher priorities sort
  /// first), the low 48 bits the sequence number.
  @usableFromInline let order: UInt64
  /// The model's payload.
  public let event: Event

  /// Priorities must fit in this range.
  public static var priorityRange: ClosedRange<Int> { -0x8000...0x7FFF }

  @usableFromInline init(time: Double, priority: Int, sequence: UInt64, event: Event) {
    precondition(Self.priorityRange.contains(priority), "priority \(priority) outside \(Self.priorityRange)")
    self.time = time
    self.order = UInt64(0x7FFF - priority) << 48 | (sequence & 0xFFFF_FFFF_FFFF)
    self.event = event
  }

  /// Among events at the same time, higher priorities fire first.
  @inlinable public var priority: Int { 0x7FFF - Int(order >> 48) }
  /// Scheduling order; breaks remaining ties first-in-first-out.
  @inlinable public var sequence: UInt64 { order & 0xFFFF_FFFF_FFFF }
}

extension CalendarEntry: HeapOrdered {
  /// The calendar order: time ascending, then priority descending, then sequence
  /// ascending. Since sequence numbers are unique this is a strict total order,
  /// so simultaneous events of equal priority fire first-in-first-out by
  /// construction, never by chance.
  @inlinable public static func precedes(_ a: Self, _ b: Self) -> Bool {
    a.time < b.time || (a.time == b.time && a.order < b.order)
  }
}
