/// A simulation clock and its event calendar: the engine.
///
/// Time is a `Double` number of **days** since the scenario's start (day 0 at
/// 00:00). Events fire in (time, priority, sequence) order; the clock never goes
/// back. A simulation is a value with no global state: one per task, so
/// replications run in parallel.
///
/// ```swift
/// var simulation = Simulation<Int>()
/// var model = Ticker()
/// simulation.schedule(0, at: 0)
/// simulation.run(&model, until: 10)   // fires the events at 0, 1, …, 10
/// ```
public struct Simulation<Event> {
  @usableFromInline var _now: Double
  @usableFromInline var _calendar = EventCalendar<Event>()
  @usableFromInline var _eventsProcessed: UInt64 = 0

  /// The current simulation time, in days.
  @inlinable public var now: Double { _now }
  /// The pending events.
  @inlinable public var calendar: EventCalendar<Event> { _calendar }
  /// How many events have fired.
  @inlinable public var eventsProcessed: UInt64 { _eventsProcessed }

  /// - Parameter startTime: the clock's first value (days).
  @inlinable public init(startTime: Double = 0) {
    precondition(startTime.isFinite, "startTime must be finite, got \(startTime)")
    _now = startTime
  }

  /// Schedules `event` at absolute time `time`.
  ///
  /// - Precondition: `time` is finite and not before ``now``.
  /// - Complexity: O(log n).
  @inlinable @discardableResult
  public mutating func schedule(_ event: Event, at time: Double, priority: Int = 0) -> EventHandle {
    precondition(time >= _now && time.isFinite, "cannot schedule at \(time): the clock is at \(_now)")
    return _calendar.schedule(event, at: time, priority: priority)
  }

  /// Schedules `event` `delay` days from now.
  ///
  /// - Precondition: `delay` is finite and ≥ 0.
  @inlinable @discardableResult
  public mutating func schedule(_ event: Event, after delay: Double, priority: Int = 0) -> EventHandle {
    precondition(delay >= 0 && delay.isFinite, "delay must be finite and >= 0, got \(delay)")
    return _calendar.schedule(event, at: _now + delay, priority: priority)
  }

  /// Cancels a pending event; `false` if it already fired or was cancelled.
  ///
  /// - Complexity: O(n).
  @inlinable @discardableResult
  public mutating func cancel(_ handle: EventHandle) -> Bool { _calendar.cancel(handle) }

  /// Fires the next event, if any. Returns `false` when the calendar is empty.
  @inlinable @discardableResult
  public mutating func step<Model: SimulationModel>(_ model: inout Model) -> Bool where Model.Event == Event {
    guard let entry = _calendar.takeNext() else { return false }
    fire(entry, model: &model)
    return true
  }

  /// Fires every event whose time is ≤ `horizon` (including those scheduled at
  /// the horizon while running), then sets the clock to `horizon` when it is
  /// finite. Calling it again with a later horizon resumes where it stopped.
  ///
  /// - Precondition: `horizon` is not before ``now``.
  @inlinable @discardableResult
  public mutating func run<Model: SimulationModel>(
    _ model: inout Model, until horizon: Double = .infinity
  ) -> StopReason where Model.Event == Event {
    precondition(horizon >= _now, "cannot run until \(horizon): the clock is at \(_now)")
    while let time = _calendar.settledNextTime() {
      if time > horizon {
        _now = horizon
        return .reachedHorizon
      }
      fire(_calendar.takeSettled(), model: &model)
    }
    if horizon.isFinite { _now = horizon }
    return .calendarEmpty
  }

  @inlinable mutating func fire<Model: SimulationModel>(
    _ entry: CalendarEntry<Event>, model: inout Model
  ) where Model.Event == Event {
    #if TZSIM_INVARIANTS
      precondition(entry.time >= _now, "invariant: the clock would go back from \(_now) to \(entry.time)")
    #endif
    _now = entry.time
    _eventsProcessed &+= 1
    model.handle(entry.event, in: &self)
    #if TZSIM_INVARIANTS
      checkInvariants()
    #endif
  }
}
