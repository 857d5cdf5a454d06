/// The time-weighted statistics of a level that changes in steps (queue length,
/// busy advisors, headcount), in constant memory.
///
/// The level is piecewise constant: ``record(_:at:)`` closes the current step
/// and opens a new one. The mean over [start, t] is ∫ level / (t − start).
public struct TimeWeighted: Sendable, Hashable {
  @usableFromInline var _max: Double
  @inlinable public var max: Double { _max }
  @usableFromInline var _min: Double
  @inlinable public var min: Double { _min }
  @usableFromInline var _lastChange: Double
  @inlinable public var lastChange: Double { _lastChange }
  @usableFromInline var _current: Double
  @inlinable public var current: Double { _current }
  /// When observation started.
  public let startTime: Double
  /// The level now.
  @usableFromInline var area = 0.0
  @usableFromInline var areaOfSquares = 0.0

  public init(startTime: Double = 0, initial: Double = 0) {
    self.startTime = startTime
    _current = initial
    _lastChange = startTime
    _min = initial
    _max = initial
  }

  /// The level becomes `value` at `time`.
  ///
  /// - Precondition: `time` is not before the last change (checked under `TZSIM_INVARIANTS`).
  /// - Complexity: O(1).
  @inlinable public mutating func record(_ value: Double, at time: Double) {
    #if TZSIM_INVARIANTS
      precondition(time >= _lastChange, "invariant: level recorded at \(time) before \(_lastChange)")
    #endif
    let dt = time - _lastChange
    area += _current * dt
    areaOfSquares += _current * _current * dt
    _current = value
    _lastChange = time
    if value < _min { _min = value }
    if value > _max { _max = value }
  }

  /// ∫ level dt from the start to `time` (≥ the last change).
  public func integral(upTo time: Double) -> Double { area + _current * (time - _lastChange) }

  /// The time-average over [start, `time`]; the current level on an empty interval.
  public func mean(upTo time: Double) -> Double {
    time > startTime ? integral(upTo: time) / (time - startTime) : _current
  }

  /// The time-weighted variance over [start, `time`].
  public func variance(upTo time: Double) -> Double {
    guard time > startTime else { return 0 }
    let m = mean(upTo: time)
    let squares = (areaOfSquares + _current * _current * (time - _lastChange)) / (time - startTime)
    return Swift.max(0, squares - m * m)
  }
}
