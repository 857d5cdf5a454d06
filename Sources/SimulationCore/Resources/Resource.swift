/// A pool of identical units (advisors, seats, servers) with a queue.
///
/// A request is either granted at once or waits; each ``release(at:)`` hands the
/// freed unit to the next waiting request. The resource does not schedule
/// events: the model starts and ends services, which keeps the engine free of
/// callbacks and the flow readable in one place.
///
/// ```swift
/// var desk = Resource<Int>(capacity: 1)
/// desk.request(1, at: 0)          // granted: Grant(request: 1, wait: 0)
/// desk.request(2, at: 0.5)        // nil: waits
/// desk.release(at: 2)             // Grant(request: 2, wait: 1.5)
/// ```
///
/// **Capacity that changes** (shifts, schedules): ``setCapacity(_:at:)``. When
/// the capacity drops while units are busy, the busy units finish their current
/// service (an appointment may overrun closing time) and leave on release; the
/// resource never preempts. So `inUse + free == capacity` always holds, with
/// `capacity` counting units still present and ``targetCapacity`` the units
/// that should be.
public struct Resource<Request> {
  @usableFromInline var _capacity: Int
  @usableFromInline var _targetCapacity: Int
  @usableFromInline var _inUse = 0
  @usableFromInline var _busy: TimeWeighted
  @usableFromInline var _queueLength: TimeWeighted
  @usableFromInline var _waits = Tally()
  @usableFromInline var _present: TimeWeighted

  /// Units present now (on duty, or finishing a service after their shift).
  @inlinable public var capacity: Int { _capacity }
  /// Units that should be present; `capacity` reaches it as busy units leave.
  @inlinable public var targetCapacity: Int { _targetCapacity }
  /// Units serving a request.
  @inlinable public var inUse: Int { _inUse }
  /// Time-weighted number of busy units.
  @inlinable public var busy: TimeWeighted { _busy }
  /// Time-weighted number of waiting requests.
  @inlinable public var queueLength: TimeWeighted { _queueLength }
  /// Waits of the requests granted so far, in days.
  @inlinable public var waits: Tally { _waits }
  /// Time-weighted number of units present (``capacity``), for utilisation:
  /// `busy.integral / present.integral`.
  @inlinable public var present: TimeWeighted { _present }
  /// The queue's order.
  public let discipline: QueueDiscipline
  /// Whether the resource keeps its own statistics (``busy``, ``queueLength``,
  /// ``present``, ``waits``); a model that keeps what it needs itself can do without.
  public let keepsStatistics: Bool

  @usableFromInline var fifo = FIFOQueue<WaitingRequest<Request>>()
  @usableFromInline var ranked = BinaryHeap<WaitingRequest<Request>>()
  @usableFromInline var nextSequence: UInt64 = 0

  /// - Precondition: `capacity >= 0`.
  public init(capacity: Int, discipline: QueueDiscipline = .fifo, startTime: Double = 0, keepsStatistics: Bool = true) {
    precondition(capacity >= 0, "capacity must be >= 0, got \(capacity)")
    _capacity = capacity
    _targetCapacity = capacity
    self.discipline = discipline
    self.keepsStatistics = keepsStatistics
    _busy = TimeWeighted(startTime: startTime)
    _present = TimeWeighted(startTime: startTime, initial: Double(capacity))
    _queueLength = TimeWeighted(startTime: startTime)
  }

  /// Units available to a new request now.
  @inlinable public var free: Int { _capacity - _inUse }

  /// Requests waiting.
  @inlinable public var waitingCount: Int { discipline == .fifo ? fifo.count : ranked.count }

  /// Asks for one unit. Returns the grant if a unit was free (and nobody was
  /// waiting), otherwise queues the request and returns `nil`.
  ///
  /// - Complexity: O(1) FIFO, O(log q) priority.
  @inlinable @discardableResult
  public mutating func request(_ request: Request, priority: Int = 0, at time: Double) -> Grant<Request>? {
    if _inUse < _capacity && waitingCount == 0 {
      _inUse += 1
      if keepsStatistics { _busy.record(Double(_inUse), at: time) }
      if keepsStatistics { _waits.record(0) }
      checkInvariants()
      return Grant(request: request, wait: 0)
    }
    let waiting = WaitingRequest(request: request, since: time, priority: priority, sequence: nextSequence)
    nextSequence &+= 1
    if discipline == .fifo { fifo.append(waiting) } else { ranked.insert(waiting) }
    if keepsStatistics { _queueLength.record(Double(waitingCount), at: time) }
    checkInvariants()
    return nil
  }

  /// Frees one unit. If a request waits and the unit stays, it is granted and
  /// returned; if the capacity is shrinking, the unit leaves instead.
  ///
  /// - Precondition: a unit is in use.
  /// - Complexity: O(1) FIFO, O(log q) priority.
  @inlinable @discardableResult
  public mutating func release(at time: Double) -> Grant<Request>? {
    precondition(_inUse > 0, "release() with no unit in use")
    if _capacity > _targetCapacity {
      _capacity -= 1
      if keepsStatistics { _present.record(Double(_capacity), at: time) }
      _inUse -= 1
      if keepsStatistics { _busy.record(Double(_inUse), at: time) }
      checkInvariants()
      return nil
    }
    guard let next = popWaiting(at: time) else {
      _inUse -= 1
      if keepsStatistics { _busy.record(Double(_inUse), at: time) }
      checkInvariants()
      return nil
    }
    let wait = time - next.since
    if keepsStatistics { _waits.record(wait) }
    checkInvariants()
    return Grant(request: next.request, wait: wait)
  }

  /// Sets how many units should be present (a shift starts or ends).
  /// Returns the waiting requests granted by new units, in queue order.
  ///
  /// - Precondition: `newCapacity >= 0`.
  @inlinable public mutating func setCapacity(_ newCapacity: Int, at time: Double) -> [Grant<Request>] {
    precondition(newCapacity >= 0, "_capacity must be >= 0, got \(newCapacity)")
    _targetCapacity = newCapacity
    if newCapacity >= _capacity {
      _capacity = newCapacity
    } else {
      // Idle units leave now; _busy ones leave when they finish.
      _capacity = Swift.max(newCapacity, _inUse)
    }
    if keepsStatistics && Double(_capacity) != _present.current { _present.record(Double(_capacity), at: time) }
    var granted: [Grant<Request>] = []
    while _inUse < _capacity, let next = popWaiting(at: time) {
      _inUse += 1
      if keepsStatistics { _busy.record(Double(_inUse), at: time) }
      let wait = time - next.since
      if keepsStatistics { _waits.record(wait) }
      granted.append(Grant(request: next.request, wait: wait))
    }
    checkInvariants()
    return granted
  }

  /// Withdraws the first waiting request that matches (a person gives up).
  ///
  /// - Complexity: O(q).
  @inlinable public mutating func withdraw(at time: Double, where matches: (Request) -> Bool) -> WaitingRequest<Request>? {
    let removed: WaitingRequest<Request>?
    if discipline == .fifo {
      guard let offset = (0..<fifo.count).first(where: { matches(fifo.element(at: $0).request) }) else { return nil }
      removed = fifo.remove(atOffset: offset)
    } else {
      guard let index = ranked.storage.firstIndex(where: { matches($0.request) }) else { return nil }
      removed = ranked.remove(at: index)
    }
    if keepsStatistics { _queueLength.record(Double(waitingCount), at: time) }
    checkInvariants()
    return removed
  }

  /// The waiting requests in service order (a copy; for inspection and tests).
  public var waiting: [WaitingRequest<Request>] {
    if discipline == .fifo { return (0..<fifo.count).map { fifo.element(at: $0) } }
    var copy = ranked
    var out: [WaitingRequest<Request>] = []
    while let w = copy.popFirst() { out.append(w) }
    return out
  }

  @inlinable @inline(__always) mutating func popWaiting(at time: Double) -> WaitingRequest<Request>? {
    let next = discipline == .fifo ? fifo.popFirst() : ranked.popFirst()
    if next != nil && keepsStatistics { _queueLength.record(Double(waitingCount), at: time) }
    return next
  }
}
