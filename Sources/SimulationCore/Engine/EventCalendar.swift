/// The future event list: pending events ordered by (time, priority, sequence).
///
/// ```swift
/// var calendar = EventCalendar<String>()
/// calendar.schedule("b", at: 2)
/// calendar.schedule("a", at: 1)
/// calendar.popNext()?.event   // "a"
/// ```
public struct EventCalendar<Event> {
  @usableFromInline var heap = BinaryHeap<CalendarEntry<Event>>()
  @usableFromInline var nextSequence: UInt64 = 0

  @inlinable public init() {}

  /// Number of pending events.
  @inlinable public var count: Int { heap.count }
  @inlinable public var isEmpty: Bool { heap.isEmpty }

  /// When the next entry fires (nil when none is pending), without copying it.
  @inlinable public var nextTime: Double? { heap.isEmpty ? nil : heap.storage[0].time }

  /// The next entry to fire, without removing it.
  @inlinable public var next: CalendarEntry<Event>? { heap.first }

  /// Adds an event.
  ///
  /// - Complexity: O(log n).
  @inlinable @discardableResult
  public mutating func schedule(_ event: Event, at time: Double, priority: Int = 0) -> EventHandle {
    let sequence = nextSequence
    nextSequence &+= 1
    heap.insert(CalendarEntry(time: time, priority: priority, sequence: sequence, event: event))
    return EventHandle(sequence: sequence)
  }

  /// Removes and returns the entry that fires first.
  ///
  /// - Complexity: O(log n).
  @inlinable public mutating func popNext() -> CalendarEntry<Event>? { heap.popFirst() }

  /// Removes a pending event. Returns `false` if it already fired or was cancelled.
  ///
  /// Cancellation is eager: the entry leaves the heap at once, so cancelled
  /// events cost nothing later and memory stays bounded. Models that cancel
  /// very often can instead keep a version number in the event and ignore
  /// stale ones.
  ///
  /// - Complexity: O(n) to find the entry, O(log n) to remove it.
  @inlinable @discardableResult
  public mutating func cancel(_ handle: EventHandle) -> Bool {
    guard let index = heap.storage.firstIndex(where: { $0.sequence == handle.sequence }) else { return false }
    _ = heap.remove(at: index)
    return true
  }

  /// The pending entries in no particular order (for inspection and profiles).
  public var pendingUnordered: [CalendarEntry<Event>] { heap.storage }

  /// The pending entries in firing order (a copy; for inspection and tests).
  ///
  /// - Complexity: O(n log n).
  public var pendingInOrder: [CalendarEntry<Event>] {
    var copy = heap
    var out: [CalendarEntry<Event>] = []
    out.reserveCapacity(copy.count)
    while let e = copy.popFirst() { out.append(e) }
    return out
  }

  var isHeapOrdered: Bool { heap.isHeapOrdered }
}
