import CGSL
import Foundation

/// What is known of an uncertain assumption's value: a law to draw it from in
/// an outer design, truncated to the range the value's key allows. Read from
/// the same call syntax as ``Distribution``:
///
/// | text | law |
/// |---|---|
/// | `uniform(min: a, max: b)` | flat on [a, b] |
/// | `triangular(min: a, mode: c, max: b)` | triangular |
/// | `normal(mean: m, sd: s)` | normal, truncated to the key's range |
/// | `lognormal(mean: m, sd: s)` | lognormal with that mean and sd, truncated |
/// | `beta(mean: m, sd: s)`, `beta(alpha: a, beta: b)` | beta on [0, 1], for a probability |
/// | `values(values: [x₁, …], weights: [w₁, …])` | a list of values with weights |
///
/// An outer design maps a point u of [0, 1) to a value through
/// ``value(at:within:)``, the law's quantile function on the truncated range
/// (GSL's inverse CDFs), so that a Sobol or Latin hypercube design in u is one
/// in the values.
///
/// ```swift
/// let law = try AssumptionLaw(parsing: "normal(mean: 0, sd: 1)")
/// law.value(at: 0.5, within: 0...Double.infinity)   // 0.6745…: the median of the half-normal
/// ```
public enum AssumptionLaw: Sendable, Equatable {
  case uniform(min: Double, max: Double)
  case triangular(min: Double, mode: Double, max: Double)
  case normal(mean: Double, sd: Double)
  case lognormal(mean: Double, sd: Double)
  case beta(alpha: Double, beta: Double)
  case values([Double], weights: [Double])

  static let forms: [String: [[String]]] = [
    "uniform": [["min", "max"]], "triangular": [["min", "mode", "max"]], "normal": [["mean", "sd"]],
    "lognormal": [["mean", "sd"]], "beta": [["mean", "sd"], ["alpha", "beta"]], "values": [["values", "weights"]],
  ]

  /// Reads the textual form and checks the parameters.
  public init(parsing text: String) throws(DistributionError) {
    let call = try CallSyntax(parsing: text)
    guard let forms = Self.forms[call.name] else {
      throw DistributionError("unknown law `\(call.name)`; expected one of \(Self.forms.keys.sorted().joined(separator: ", "))", offset: 0)
    }
    guard forms.contains(where: { Set($0) == Set(call.labels) && $0.count == call.labels.count }) else {
      let spelled = forms.map { "\(call.name)(\($0.map { "\($0): …" }.joined(separator: ", ")))" }
      throw DistributionError("\(call.name): write \(spelled.joined(separator: " or "))")
    }
    func n(_ label: String) throws(DistributionError) -> Double {
      let x = try call.number(label)
      guard x.isFinite else { throw DistributionError("\(call.name): `\(label)` must be a finite number") }
      return x
    }
    func positive(_ label: String) throws(DistributionError) -> Double {
      let x = try n(label)
      guard x > 0 else { throw DistributionError("\(call.name): `\(label)` must be > 0, found \(format(x))") }
      return x
    }
    switch call.name {
    case "uniform":
      let (a, b) = (try n("min"), try n("max"))
      guard a < b else { throw DistributionError("uniform: min must be below max") }
      self = .uniform(min: a, max: b)
    case "triangular":
      let (a, c, b) = (try n("min"), try n("mode"), try n("max"))
      guard a <= c && c <= b && a < b else { throw DistributionError("triangular: min ≤ mode ≤ max is needed, with min < max") }
      self = .triangular(min: a, mode: c, max: b)
    case "normal": self = .normal(mean: try n("mean"), sd: try positive("sd"))
    case "lognormal": self = .lognormal(mean: try positive("mean"), sd: try positive("sd"))
    case "beta" where call.labels.contains("alpha"): self = .beta(alpha: try positive("alpha"), beta: try positive("beta"))
    case "beta":
      let (m, s) = (try n("mean"), try positive("sd"))
      guard m > 0 && m < 1 && s * s < m * (1 - m) else {
        throw DistributionError("beta: the mean must be in (0, 1) and sd² below mean × (1 − mean)")
      }
      let common = m * (1 - m) / (s * s) - 1
      self = .beta(alpha: m * common, beta: (1 - m) * common)
    default:
      let values = try call.list("values")
      let weights = try call.list("weights")
      guard !values.isEmpty, values.count == weights.count, values.allSatisfy(\.isFinite),
        weights.allSatisfy({ $0.isFinite && $0 >= 0 }), weights.reduce(0, +) > 0
      else {
        throw DistributionError("values: give as many weights as values, each ≥ 0, not all 0")
      }
      self = .values(values, weights: weights)
    }
  }

  /// P(X ≤ x) under the law (before truncation).
  public func cdf(_ x: Double) -> Double {
    switch self {
    case .uniform(let a, let b): return min(1, max(0, (x - a) / (b - a)))
    case .triangular(let a, let c, let b):
      if x <= a { return 0 }
      if x >= b { return 1 }
      return x <= c ? (x - a) * (x - a) / ((b - a) * (c - a)) : 1 - (b - x) * (b - x) / ((b - a) * (b - c))
    case .normal(let m, let s): return gsl_cdf_gaussian_P(x - m, s)
    case .lognormal:
      let (mu, sigma) = lognormalParameters
      return x <= 0 ? 0 : gsl_cdf_lognormal_P(x, mu, sigma)
    case .beta(let a, let b): return x <= 0 ? 0 : x >= 1 ? 1 : gsl_cdf_beta_P(x, a, b)
    case .values(let xs, let ws):
      let total = ws.reduce(0, +)
      return zip(xs, ws).reduce(0) { $0 + ($1.0 <= x ? $1.1 : 0) } / total
    }
  }

  /// The law's value at probability level `p` in (0, 1) (before truncation).
  func quantile(_ p: Double) -> Double {
    switch self {
    case .uniform(let a, let b): return a + p * (b - a)
    case .triangular(let a, let c, let b):
      let split = (c - a) / (b - a)
      return p <= split ? a + ((b - a) * (c - a) * p).squareRoot() : b - ((b - a) * (b - c) * (1 - p)).squareRoot()
    case .normal(let m, let s): return m + gsl_cdf_gaussian_Pinv(p, s)
    case .lognormal:
      let (mu, sigma) = lognormalParameters
      return gsl_cdf_lognormal_Pinv(p, mu, sigma)
    case .beta(let a, let b): return gsl_cdf_beta_Pinv(p, a, b)
    case .values(let xs, let ws):
      let total = ws.reduce(0, +)
      var cumulative = 0.0
      for (x, w) in zip(xs, ws) {
        cumulative += w / total
        if p < cumulative { return x }
      }
      return xs[xs.count - 1]
    }
  }

  /// μ and σ of the underlying normal, from the value's mean and sd.
  var lognormalParameters: (mu: Double, sigma: Double) {
    guard case .lognormal(let m, let s) = self else { return (0, 1) }
    let sigma2 = log(1 + s * s / (m * m))
    return (log(m) - sigma2 / 2, sigma2.squareRoot())
  }

  /// The probability the law gives to `range` (0: the law says the value cannot be there).
  public func mass(within range: ClosedRange<Double>) -> Double {
    if case .values(let xs, let ws) = self {
      return zip(xs, ws).reduce(0) { $0 + (range.contains($1.0) ? $1.1 : 0) } / ws.reduce(0, +)
    }
    return max(0, cdf(range.upperBound) - cdf(range.lowerBound))
  }

  /// The value at level `u` of [0, 1) of the law truncated to `range`: the
  /// quantile function F⁻¹(F(a) + u (F(b) − F(a))), clamped to the range; nil
  /// when the law gives the range no probability (``mass(within:)`` is 0).
  public func value(at u: Double, within range: ClosedRange<Double>) -> Double? {
    guard mass(within: range) > 0 else { return nil }
    if case .values(let xs, let ws) = self {
      let kept = zip(xs, ws).filter { range.contains($0.0) }
      return AssumptionLaw.values(kept.map(\.0), weights: kept.map(\.1)).quantile(u)
    }
    let low = cdf(range.lowerBound)
    let high = cdf(range.upperBound)
    let p = min(max(low + u * (high - low), Double.leastNonzeroMagnitude), 1 - Double.ulpOfOne / 2)
    return min(max(quantile(p), range.lowerBound), range.upperBound)
  }

}
