import CGSL

/// Splits a number of trials over outcomes of given probabilities, e.g. a month's
/// new registrants over communes. Wraps `gsl_ran_multinomial(r, K, N, p, n)`.
public struct MultinomialDistribution: Sendable, Hashable, CustomStringConvertible {
  /// The probability of each outcome (finite, ≥ 0, sum 1 within 1e-9).
  public let probabilities: [Double]

  public init(probabilities: [Double]) throws(DistributionError) {
    guard !probabilities.isEmpty else { throw DistributionError("multinomial: needs at least one outcome") }
    for (i, p) in probabilities.enumerated() where !(p >= 0 && p <= 1) {
      throw DistributionError("multinomial: probability \(i + 1) must be in [0, 1], found \(format(p))")
    }
    let total = probabilities.reduce(0, +)
    guard abs(total - 1) <= 1e-9 else {
      throw DistributionError("multinomial: probabilities must sum to 1, found \(format((total * 1e12).rounded() / 1e12))")
    }
    self.probabilities = probabilities
  }

  /// Reads `multinomial(p: [0.2, 0.5, 0.3])`.
  public init(parsing text: String) throws(DistributionError) {
    let call = try CallSyntax(parsing: text)
    guard call.name == "multinomial", call.labels == ["p"] else {
      throw DistributionError(
        "expected `multinomial(p: [probability, …])`, found `\(call.name)(\(call.labels.joined(separator: ", ")))`", offset: 0)
    }
    try self.init(probabilities: call.list("p"))
  }

  /// The textual form, which ``init(parsing:)`` reads back.
  public var description: String { "multinomial(p: [\(probabilities.map(format).joined(separator: ", "))])" }

  /// Counts per outcome for `trials` trials; they add up to `trials`.
  public func sample(trials: Int, _ stream: RandomStream) -> [Int] {
    precondition(trials >= 0 && trials <= Int(UInt32.max), "multinomial trials \(trials) out of range")
    var counts = [UInt32](repeating: 0, count: probabilities.count)
    probabilities.withUnsafeBufferPointer { p in
      counts.withUnsafeMutableBufferPointer { n in
        gsl_ran_multinomial(stream.rng, p.count, UInt32(trials), p.baseAddress, n.baseAddress)
      }
    }
    return counts.map(Int.init)
  }

  /// Expected count of each outcome: *N pᵢ*.
  public func means(trials: Int) -> [Double] { probabilities.map { Double(trials) * $0 } }

  /// Variance of each outcome's count: *N pᵢ (1 − pᵢ)*.
  public func variances(trials: Int) -> [Double] { probabilities.map { Double(trials) * $0 * (1 - $0) } }
}
