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
  /// Whether the heap's root is an entry that has already fired (see
  /// ``takeNext()``): its slot is the hole the next scheduled event fills.
  @usableFromInline var rootFired = false

  @inlinable public init() {}

  /// Number of pending events.
  @inlinable public var count: Int { heap.count - (rootFired ? 1 : 0) }
  @inlinable public var isEmpty: Bool { count == 0 }

  /// When the next entry fires (nil when none is pending), without copying it.
  @inlinable public var nextTime: Double? {
    guard let i = nextIndex else { return nil }
    return heap.storage[i].time
  }

  /// The next entry to fire, without removing it.
  @inlinable public var next: CalendarEntry<Event>? { nextIndex.map { heap.storage[$0] } }

  /// Where the next entry to fire is in the heap: the root, or with a fired
  /// root the lesser of its children.
  @inlinable var nextIndex: Int? {
    let n = heap.count
    guard rootFired else { return n > 0 ? 0 : nil }
    if n < 3 { return n == 2 ? 1 : nil }
    return CalendarEntry.precedes(heap.storage[2], heap.storage[1]) ? 2 : 1
  }

  /// Adds an event.
  ///
  /// - Complexity: O(log n).
  @inlinable @discardableResult
  public mutating func schedule(_ event: Event, at time: Double, priority: Int = 0) -> EventHandle {
    let sequence = nextSequence
    nextSequence &+= 1
    let entry = CalendarEntry(time: time, priority: priority, sequence: sequence, event: event)
    if rootFired {
      // The fired root's slot takes the new entry, which sinks from there: an
      // event scheduled soon stops near the top, where a removal and an
      // insertion would each have crossed the whole height of the heap.
      rootFired = false
      heap.replaceFirst(with: entry)
    } else {
      heap.insert(entry)
    }
    return EventHandle(sequence: sequence)
  }

  /// Removes and returns the entry that fires first.
  ///
  /// - Complexity: O(log n).
  @inlinable public mutating func popNext() -> CalendarEntry<Event>? {
    fillHole()
    return heap.popFirst()
  }

  /// Returns the entry that fires first and counts it as removed, leaving
  /// it in the root's slot until the next call that changes the calendar:
  /// if the fired event schedules another (most do), the new entry fills the
  /// slot (``schedule(_:at:priority:)``); otherwise the next take or pop
  /// removes it. What fires, and in which order, is the same as with
  /// ``popNext()``: the order is strict, so the least pending entry is one.
  ///
  /// - Complexity: O(log n).
  @inlinable mutating func takeNext() -> CalendarEntry<Event>? {
    guard settledNextTime() != nil else { return nil }
    return takeSettled()
  }

  /// Removes a fired entry still held in the root's slot, then returns the
  /// time of the entry that fires first (now the root), or nil when none is
  /// pending. The engine's loop reads the time here, then takes the entry
  /// with ``takeSettled()``: one sift per fired event, where reading
  /// ``nextTime`` past a held slot compares the root's children first.
  @inlinable mutating func settledNextTime() -> Double? {
    fillHole()
    return heap.isEmpty ? nil : heap.storage[0].time
  }

  /// ``takeNext()`` after ``settledNextTime()`` returned a time.
  @inlinable mutating func takeSettled() -> CalendarEntry<Event> {
    rootFired = true
    return heap.storage[0]
  }

  /// Removes a fired root still in its slot.
  @inlinable mutating func fillHole() {
    if rootFired {
      rootFired = false
      _ = heap.popFirst()
    }
  }

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
    fillHole()
    guard let index = heap.storage.firstIndex(where: { $0.sequence == handle.sequence }) else { return false }
    _ = heap.remove(at: index)
    return true
  }

  /// The pending entries in no particular order (for inspection and profiles).
  public var pendingUnordered: [CalendarEntry<Event>] { rootFired ? Array(heap.storage.dropFirst()) : heap.storage }

  /// The pending entries in firing order (a copy; for inspection and tests).
  ///
  /// - Complexity: O(n log n).
  public var pendingInOrder: [CalendarEntry<Event>] {
    var copy = self
    var out: [CalendarEntry<Event>] = []
    out.reserveCapacity(copy.count)
    while let e = copy.popNext() { out.append(e) }
    return out
  }

  var isHeapOrdered: Bool {
    var copy = self
    copy.fillHole()
    return copy.heap.isHeapOrdered
  }
}
