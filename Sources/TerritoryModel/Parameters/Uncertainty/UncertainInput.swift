public import Stochastic

/// One assumption whose value is uncertain: a numeric key of the parameter
/// catalogue at one place (`sites[troyes].advisors`), the law its value is
/// drawn from in an outer design, and where that law comes from.
///
/// The law is truncated to the key's range; a whole-number key takes the
/// nearest whole number of the drawn value (so `triangular(min: 2, mode: 3,
/// max: 5)` for advisors gives 2, 3, 4 or 5); the key's value in the
/// scenario stays the value "if the assumption holds".
///
/// ```swift
/// let input = try UncertainInput(path: "pathways.exits.dropout_per_month",
///                                law: AssumptionLaw(parsing: "uniform(min: 0.01, max: 0.03)"), source: "ASSUMPTION")
/// input.value(at: 0.5)    // 0.02
/// ```
public struct UncertainInput: Sendable, Equatable {
  public let path: ParameterPath
  public let key: ParameterKey
  public let law: AssumptionLaw
  /// Where the law comes from (a publication, a calibration), or `ASSUMPTION: …`.
  public let source: String

  /// - Throws: when `path` is no key of the catalogue, or the law gives the key's range no probability.
  public init(path: ParameterPath, law: AssumptionLaw, source: String) throws(ParameterError) {
    guard let key = ParameterKey.named(path) else {
      throw ParameterError(issues: [.init(path: path.description, message: "is not a number of the parameter catalogue")])
    }
    guard law.mass(within: key.range.lower...key.range.upper) > 0 else {
      throw ParameterError(issues: [
        .init(
          path: path.description, message: "the law gives no probability to the key's range \(key.range.interval)",
          hint: "centre the law inside the range")
      ])
    }
    self.path = path
    self.key = key
    self.law = law
    self.source = source
  }

  /// The value at level `u` of [0, 1): the law's quantile on the key's range,
  /// rounded to the nearest whole number for a whole-number key, and moved off
  /// an open end of the range onto the nearest value the key accepts.
  public func value(at u: Double) -> Double {
    let r = key.range
    var x = law.value(at: u, within: r.lower...r.upper) ?? r.lower
    if r.isInteger {
      x = x.rounded()
      if r.lowerOpen && x <= r.lower { x = r.lower + 1 }
      if r.upperOpen && x >= r.upper { x = r.upper - 1 }
    } else {
      if r.lowerOpen && x <= r.lower { x = r.lower.nextUp }
      if r.upperOpen && x >= r.upper { x = r.upper.nextDown }
    }
    return x
  }
}
