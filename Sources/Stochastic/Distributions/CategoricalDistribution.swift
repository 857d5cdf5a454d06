import CGSL

/// A choice among labelled outcomes with given probabilities, e.g. a pathway:
/// `categorical(autonomous: 0.4, workshops: 0.35, reinforced: 0.25)`.
///
/// Draws use Walker's alias method through GSL (`gsl_ran_discrete_preproc` once,
/// then `gsl_ran_discrete` per draw, O(1)). Probabilities must be finite, ≥ 0 and
/// sum to 1 within 1e-9.
public struct CategoricalDistribution: Sendable, Hashable, CustomStringConvertible {
  /// The outcome labels, in order; a draw returns an index into them.
  public let labels: [String]
  /// The probability of each outcome.
  public let probabilities: [Double]
  @usableFromInline let table: DiscreteTable

  public init(labels: [String], probabilities: [Double]) throws(DistributionError) {
    guard !labels.isEmpty, labels.count == probabilities.count else {
      throw DistributionError("categorical: needs one probability per outcome and at least one outcome")
    }
    if let dup = Dictionary(grouping: labels, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
      throw DistributionError("categorical: outcome `\(dup)` is listed twice")
    }
    for (label, p) in zip(labels, probabilities) where !(p >= 0 && p <= 1) {
      throw DistributionError("categorical: probability of `\(label)` must be in [0, 1], found \(format(p))")
    }
    let total = probabilities.reduce(0, +)
    guard abs(total - 1) <= 1e-9 else {
      throw DistributionError(
        "categorical: probabilities must sum to 1, found \(format((total * 1e12).rounded() / 1e12)) (\(labels.joined(separator: " + ")))")
    }
    self.labels = labels
    self.probabilities = probabilities
    self.table = try DiscreteTable(weights: probabilities)
  }

  /// Reads `categorical(label: p, …)`.
  public init(parsing text: String) throws(DistributionError) {
    let call = try CallSyntax(parsing: text)
    guard call.name == "categorical" else {
      throw DistributionError("expected `categorical(outcome: probability, …)`, found `\(call.name)`", offset: 0)
    }
    var ps: [Double] = []
    for label in call.labels { ps.append(try call.number(label)) }
    try self.init(labels: call.labels, probabilities: ps)
  }

  /// The index of one outcome (`gsl_ran_discrete`).
  ///
  /// Inlinable so that a caller reading the distribution in place (a model's
  /// plan) hands over its table alone: an outlined call took a copy of the
  /// whole value, i.e. a retain and a release of each of its three buffers.
  @inlinable public func sample(_ stream: RandomStream) -> Int { table.draw(stream) }

  /// The label of one outcome.
  public func sampleLabel(_ stream: RandomStream) -> String { labels[sample(stream)] }

  /// Mean of the drawn index.
  public var mean: Double { probabilities.enumerated().reduce(0) { $0 + Double($1.offset) * $1.element } }

  /// Variance of the drawn index.
  public var variance: Double {
    let m = mean
    return probabilities.enumerated().reduce(0) { $0 + (Double($1.offset) - m) * (Double($1.offset) - m) * $1.element }
  }

  public var description: String {
    "categorical(" + zip(labels, probabilities).map { "\($0): \(format($1))" }.joined(separator: ", ") + ")"
  }

  public static func == (a: Self, b: Self) -> Bool { a.labels == b.labels && a.probabilities == b.probabilities }
  public func hash(into h: inout Hasher) {
    h.combine(labels)
    h.combine(probabilities)
  }
}
