extension Distribution: CustomStringConvertible, LosslessStringConvertible {
  /// The textual form, which ``init(parsing:)`` reads back to an equal value.
  public var description: String {
    switch kind {
    case .constant(let c): "constant(value: \(format(c)))"
    case .exponential(let m): "exponential(mean: \(format(m)))"
    case .gamma(let k, let t): "gamma(shape: \(format(k)), scale: \(format(t)))"
    case .gammaMeanSD(let m, let s, _, _): "gamma(mean: \(format(m)), sd: \(format(s)))"
    case .lognormal(let mu, let s): "lognormal(mu: \(format(mu)), sigma: \(format(s)))"
    case .lognormalMeanSD(let m, let s, _, _): "lognormal(mean: \(format(m)), sd: \(format(s)))"
    case .normal(let m, let s): "normal(mean: \(format(m)), sd: \(format(s)))"
    case .uniform(let a, let b): "uniform(min: \(format(a)), max: \(format(b)))"
    case .triangular(let a, let c, let b): "triangular(min: \(format(a)), mode: \(format(c)), max: \(format(b)))"
    case .weibull(let k, let l): "weibull(shape: \(format(k)), scale: \(format(l)))"
    case .poisson(let m): "poisson(mean: \(format(m)))"
    case .binomial(let n, let p): "binomial(trials: \(n), p: \(format(p)))"
    case .bernoulli(let p): "bernoulli(p: \(format(p)))"
    case .empirical(let v): "empirical(values: [\(v.map(format).joined(separator: ", "))])"
    }
  }

  /// The parametrisations accepted in text, by family.
  public static let textualForms: [String: [[String]]] = [
    "constant": [["value"]],
    "exponential": [["mean"]],
    "gamma": [["shape", "scale"], ["mean", "sd"]],
    "lognormal": [["mean", "sd"], ["mu", "sigma"]],
    "normal": [["mean", "sd"]],
    "uniform": [["min", "max"]],
    "triangular": [["min", "mode", "max"]],
    "weibull": [["shape", "scale"]],
    "poisson": [["mean"]],
    "binomial": [["trials", "p"]],
    "bernoulli": [["p"]],
    "empirical": [["values"]],
  ]

  /// Reads the textual form, e.g. `lognormal(mean: 45, sd: 20)`, and checks the parameters.
  public init(parsing text: String) throws(DistributionError) {
    let call = try CallSyntax(parsing: text)
    guard let forms = Self.textualForms[call.name] else {
      let known = Self.textualForms.keys.sorted()
      let hint = closest(to: call.name, among: known).map { " Did you mean `\($0)`?" } ?? ""
      throw DistributionError(
        "unknown distribution `\(call.name)`; expected one of \(known.joined(separator: ", ")).\(hint)", offset: 0)
    }
    guard let form = forms.first(where: { Set($0) == Set(call.labels) && $0.count == call.labels.count }) else {
      let spelled = forms.map { "\(call.name)(\($0.map { "\($0): …" }.joined(separator: ", ")))" }
      throw DistributionError(
        "\(call.name): parameters (\(call.labels.joined(separator: ", "))) do not match; write \(spelled.joined(separator: " or "))")
    }
    func n(_ label: String) throws(DistributionError) -> Double { try call.number(label) }
    switch (call.name, form) {
    case ("constant", _): self = try .constant(n("value"))
    case ("exponential", _): self = try .exponential(mean: n("mean"))
    case ("gamma", ["shape", "scale"]): self = try .gamma(shape: n("shape"), scale: n("scale"))
    case ("gamma", _): self = try .gamma(mean: n("mean"), sd: n("sd"))
    case ("lognormal", ["mu", "sigma"]): self = try .lognormal(mu: n("mu"), sigma: n("sigma"))
    case ("lognormal", _): self = try .lognormal(mean: n("mean"), sd: n("sd"))
    case ("normal", _): self = try .normal(mean: n("mean"), sd: n("sd"))
    case ("uniform", _): self = try .uniform(min: n("min"), max: n("max"))
    case ("triangular", _): self = try .triangular(min: n("min"), mode: n("mode"), max: n("max"))
    case ("weibull", _): self = try .weibull(shape: n("shape"), scale: n("scale"))
    case ("poisson", _): self = try .poisson(mean: n("mean"))
    case ("binomial", _):
      let trials = try n("trials")
      guard trials == trials.rounded(), abs(trials) < 1e10 else {
        throw DistributionError("binomial: trials must be a whole number, found \(format(trials))")
      }
      self = try .binomial(trials: Int(trials), p: n("p"))
    case ("bernoulli", _): self = try .bernoulli(p: n("p"))
    default: self = try .empirical(call.list("values"))
    }
  }

  /// `LosslessStringConvertible`: `nil` where ``init(parsing:)`` throws.
  public init?(_ description: String) {
    guard let value = try? Distribution(parsing: description) else { return nil }
    self = value
  }
}

/// The candidate nearest to `word` by edit distance, if it is near enough to be a typo.
func closest(to word: String, among candidates: [String]) -> String? {
  func distance(_ a: [Character], _ b: [Character]) -> Int {
    var row = Array(0...b.count)
    for (i, ca) in a.enumerated() {
      var previous = row[0]
      row[0] = i + 1
      for (j, cb) in b.enumerated() {
        let current = row[j + 1]
        row[j + 1] = min(row[j + 1] + 1, row[j] + 1, previous + (ca == cb ? 0 : 1))
        previous = current
      }
    }
    return row[b.count]
  }
  let w = Array(word.lowercased())
  let best = candidates.map { ($0, distance(w, Array($0.lowercased()))) }.min { $0.1 < $1.1 }
  guard let (name, d) = best, d <= max(2, w.count / 3) else { return nil }
  return name
}
