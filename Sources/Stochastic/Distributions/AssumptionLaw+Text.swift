extension AssumptionLaw: CustomStringConvertible {
  /// The textual form, which ``init(parsing:)`` reads back to an equal law (a
  /// beta given by its mean and sd is written with its α and β).
  public var description: String {
    switch self {
    case .uniform(let a, let b): "uniform(min: \(format(a)), max: \(format(b)))"
    case .triangular(let a, let c, let b): "triangular(min: \(format(a)), mode: \(format(c)), max: \(format(b)))"
    case .normal(let m, let s): "normal(mean: \(format(m)), sd: \(format(s)))"
    case .lognormal(let m, let s): "lognormal(mean: \(format(m)), sd: \(format(s)))"
    case .beta(let a, let b): "beta(alpha: \(format(a)), beta: \(format(b)))"
    case .values(let xs, let ws):
      "values(values: [\(xs.map(format).joined(separator: ", "))], weights: [\(ws.map(format).joined(separator: ", "))])"
    }
  }
}
