/// One pending event in an ``EventCalendar``: when, how urgent, in which order
/// it was scheduled, and what it is.
public struct CalendarEntry<Event> {
  /// The firing order as one unsigned 128-bit number, so that the heap
  /// compares entries without a branch: the high 64 bits are the time's bits
  /// mapped so that unsigned order is numeric order (see ``orderedBits(_:)``),
  /// the low 64 bits priority and sequence (``order``).
  @usableFromInline let key: UInt128
  /// Priority and sequence packed so that one unsigned comparison orders
  /// them: the high 16 bits hold `0x7FFF − priority` (higher priorities sort
  /// first), the low 48 bits the sequence number.
  @inlinable var order: UInt64 { UInt64(truncatingIfNeeded: key) }
  /// The model's payload.
  public let event: Event

  /// Priorities must fit in this range.
  public static var priorityRange: ClosedRange<Int> { -0x8000...0x7FFF }

  @inlinable init(time: Double, priority: Int, sequence: UInt64, event: Event) {
    precondition(Self.priorityRange.contains(priority), "priority \(priority) outside \(Self.priorityRange)")
    let order = UInt64(0x7FFF - priority) << 48 | (sequence & 0xFFFF_FFFF_FFFF)
    self.key = UInt128(Self.orderedBits(time)) << 64 | UInt128(order)
    self.event = event
  }

  /// Simulation time (days) at which the event fires.
  @inlinable public var time: Double { Self.time(ofOrderedBits: UInt64(truncatingIfNeeded: key >> 64)) }

  /// A finite time's bits, mapped so that unsigned integer order is the
  /// times' numeric order: positive times get the sign bit set, negative
  /// ones all bits flipped; −0 counts as +0.
  @inlinable static func orderedBits(_ time: Double) -> UInt64 {
    let bits = (time + 0).bitPattern
    return bits & (1 << 63) == 0 ? bits | (1 << 63) : ~bits
  }

  /// The inverse of ``orderedBits(_:)``.
  @inlinable static func time(ofOrderedBits bits: UInt64) -> Double {
    Double(bitPattern: bits & (1 << 63) != 0 ? bits & ~(1 << 63) : ~bits)
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
  @inlinable public static func precedes(_ a: Self, _ b: Self) -> Bool { a.key < b.key }
}
