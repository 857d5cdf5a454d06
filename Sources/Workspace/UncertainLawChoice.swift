import Foundation

/// The laws the form offers to mark a value uncertain, from the two values a
/// planner can give: the lowest and the highest it may plausibly take.
///
/// | choice | law written |
/// |---|---|
/// | uniforme | `uniform(min: bas, max: haut)`: every value between equally likely |
/// | triangulaire | `triangular(min: bas, mode: valeur du scénario, max: haut)`: the scenario's value the likeliest |
/// | normale | `normal(mean: (bas + haut)/2, sd: (haut − bas)/3.29)`: bas and haut the 5th and 95th percentiles |
///
/// ```swift
/// try UncertainLawChoice.triangular.law(low: 2, high: 5, value: 3)   // "triangular(min: 2, mode: 3, max: 5)"
/// ```
public enum UncertainLawChoice: String, CaseIterable, Sendable {
  case uniform = "uniforme"
  case triangular = "triangulaire"
  case normal = "normale"

  /// What the choice means, in French.
  public var french: String {
    switch self {
    case .uniform: "uniforme : toute valeur entre le bas et le haut, également probable"
    case .triangular: "triangulaire : la valeur du scénario la plus probable, entre le bas et le haut"
    case .normal: "normale : le bas et le haut sont les valeurs à 5 % et 95 %"
    }
  }

  /// The law's text (the scenario file's syntax).
  /// - Throws: ``WorkspaceProblem`` (`.invalid`) in French when the values do not make that law.
  public func law(low: Double, high: Double, value: Double?) throws(WorkspaceProblem) -> String {
    guard low.isFinite, high.isFinite, low < high else {
      throw WorkspaceProblem(.invalid, "le bas doit être plus petit que le haut")
    }
    func n(_ x: Double) -> String { x.rounded() == x && abs(x) < 1e15 ? String(Int(x)) : String(x) }
    switch self {
    case .uniform:
      return "uniform(min: \(n(low)), max: \(n(high)))"
    case .triangular:
      guard let value, value >= low, value <= high else {
        throw WorkspaceProblem(
          .invalid, "la valeur du scénario (\(value.map(n) ?? "?")) doit être entre le bas et le haut pour une loi triangulaire")
      }
      return "triangular(min: \(n(low)), mode: \(n(value)), max: \(n(high)))"
    case .normal:
      // Φ⁻¹(0.95) = 1.6448536269514722: low and high 1.645 sd either side of the mean.
      return "normal(mean: \(n((low + high) / 2)), sd: \(n((high - low) / (2 * 1.6448536269514722))))"
    }
  }
}
