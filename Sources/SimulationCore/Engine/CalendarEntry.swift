/// One pending event in an ``EventCalendar``: when, how urgent, in which order
/// it was scheduled, and what it is.
public struct CalendarEntry<Event> {
  /// Simulation time (days) at which the event fires.
  public let time: Double
  /// Among events at the same time, higher priorities fire first.
  public let priority: Int
  /// Scheduling order; breaks remaining ties first-in-first-out.
  public let sequence: UInt64
  /// The model's payload.
  public let event: Event

  @usableFromInline init(time: Double, priority: Int, sequence: UInt64, event: Event) {
    self.time = time
    self.priority = priority
    self.sequence = sequence
    self.event = event
  }
}

extension CalendarEntry: HeapOrdered {
  /// The calendar order: time ascending, then priority descending, then sequence
  /// ascending. Since sequence numbers are unique this is a strict total order,
  /// so simultaneous events of equal priority fire first-in-first-out by
  /// construction, never by chance.
  @inlinable public static func precedes(_ a: Self, _ b: Self) -> Bool {
    if a.time != b.time { return a.time < b.time }
    if a.priority != b.priority { return a.priority > b.priority }
    return a.sequence < b.sequence
  }
}
