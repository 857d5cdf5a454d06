import SimulationCore

/// The values a numeric parameter may take: an interval (each end open or
/// closed), whole numbers only or not, and the unit the value is in.
///
/// Each parameter type declares its ranges (``WorkshopParameters/seatsRange``,
/// …) and ``ParameterRange/all`` lists them; ``TerritoryParameters/validate()``
/// checks every value against its range with the words of ``problem(_:)``, the
/// scenario reader maps the issue back to the value's `line:column`, and a test
/// holds the JSON Schema and the scenario-format tables to the same list.
///
/// ```swift
/// let seats = ParameterKey.seats.range
/// seats.problem(0)  // "must be a whole number between 1 and 1000 (places), found 0"
/// ```
public struct ParameterRange: Hashable, Sendable, CustomStringConvertible {
  /// The key path in scenario files, `[]` standing for any list entry or map key
  /// (`workshops[].seats`).
  public let key: String
  public let lower: Double
  public let upper: Double
  /// Whether the lower (upper) end is excluded: `(0, 1]`.
  public let lowerOpen: Bool
  public let upperOpen: Bool
  public let isInteger: Bool
  /// The unit, in words (`per week`, `days`, `a probability`), or empty.
  public let unit: String
  /// Why the range is what it is, when a rule outside the model sets it.
  public let hint: String?

  public init(
    _ key: String, _ lower: Double, _ upper: Double, lowerOpen: Bool = false, upperOpen: Bool = false, integer: Bool = false,
    unit: String = "", hint: String? = nil
  ) {
    self.key = key
    self.lower = lower
    self.upper = upper
    self.lowerOpen = lowerOpen
    self.upperOpen = upperOpen
    isInteger = integer
    self.unit = unit
    self.hint = hint
  }

  /// A probability: a number in [0, 1].
  public static func probability(_ key: String) -> ParameterRange { ParameterRange(key, 0, 1, unit: "a probability") }

  public func contains(_ x: Double) -> Bool {
    (lowerOpen ? x > lower : x >= lower) && (upperOpen ? x < upper : x <= upper) && (!isInteger || x.rounded() == x)
  }

  /// The interval as written in the documentation: `[1, 1000]`, `(0, 1]`.
  public var interval: String {
    "\(lowerOpen ? "(" : "[")\(lower.shortestText), \(upper.shortestText)\(upperOpen ? ")" : "]")"
  }

  /// What is wrong with `x`, or nil when it is in range.
  public func problem(_ x: Double) -> String? {
    guard !contains(x) else { return nil }
    let what = isInteger ? "a whole number" : "a number"
    let unitText = unit.isEmpty ? "" : " (\(unit))"
    let bounds =
      lowerOpen || upperOpen ? "in \(interval)" : "between \(lower.shortestText) and \(upper.shortestText)"
    return "must be \(what) \(bounds)\(unitText), found \(x.shortestText)"
  }

  public var description: String { "\(key) ∈ \(interval)\(isInteger ? " (whole)" : "")" }
}

extension ParameterRange {
  /// Every numeric key's range, in the order of the scenario format (from ``ParameterKey/all``).
  public static var all: [ParameterRange] { ParameterKey.all.map(\.range) }
}
