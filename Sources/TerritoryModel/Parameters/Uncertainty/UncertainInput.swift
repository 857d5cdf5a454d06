import Foundation
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
  /// A key fitted together with others (a calibration): their joint law and this key's place in it.
  public struct Joint: Sendable, Equatable {
    public let law: JointNormalLaw
    /// The keys of the joint law, in the order they are drawn.
    public let paths: [ParameterPath]
    public let position: Int
  }

  public let path: ParameterPath
  public let key: ParameterKey
  /// The key's law (for a key of a joint law, its marginal: the normal with its mean and sd).
  public let law: AssumptionLaw
  /// Where the law comes from (a publication, a calibration), or `ASSUMPTION: …`.
  public let source: String
  /// The joint law this key is drawn from with others, or nil for a law of its own.
  public let joint: Joint?

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
    joint = nil
  }

  /// The keys of a joint law, one input each, in the law's order.
  /// - Throws: when a path is no key of the catalogue, or a key's marginal gives its range no probability.
  /// - Precondition: one path per value of the law.
  public static func joint(_ paths: [ParameterPath], law: JointNormalLaw, source: String) throws(ParameterError) -> [UncertainInput] {
    precondition(paths.count == law.count, "one key per value of the joint law")
    var inputs: [UncertainInput] = []
    for (i, path) in paths.enumerated() {
      let single = try UncertainInput(path: path, law: law.marginal(i), source: source)
      inputs.append(UncertainInput(single, joint: Joint(law: law, paths: paths, position: i)))
    }
    return inputs
  }

  private init(_ single: UncertainInput, joint: Joint) {
    path = single.path
    key = single.key
    law = single.law
    source = single.source
    self.joint = joint
  }

  /// The law as a planner reads it: its text, and for a key of a joint law
  /// the keys it was fitted with and their correlations.
  public var lawDescription: String {
    guard let j = joint else { return law.description }
    let others = j.paths.indices.filter { $0 != j.position }.map { k in
      "\(j.paths[k]) (\(j.law.correlation[j.position][k].shortestCorrelationText))"
    }
    return "\(law.description), joint with \(others.joined(separator: ", "))"
  }

  /// The value at level `u` of [0, 1): the law's quantile on the key's range,
  /// rounded to the nearest whole number for a whole-number key, and moved off
  /// an open end of the range onto the nearest value the key accepts.
  public func value(at u: Double) -> Double {
    let r = key.range
    return accepted(law.value(at: u, within: r.lower...r.upper) ?? r.lower)
  }

  /// `x` rounded for a whole-number key, and moved off an open end of the range.
  func accepted(_ x: Double) -> Double {
    let r = key.range
    var x = x
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

extension [UncertainInput] {
  /// The values at one point of a design (one level per input): a key with a
  /// law of its own at its level (``UncertainInput/value(at:)``); the keys of a
  /// joint law together, each given the ones before it
  /// (``JointNormalLaw/values(at:within:)``), on their ranges.
  /// - Precondition: `levels.count == count`, and a joint law's keys all present.
  public func values(at levels: [Double]) -> [Double] {
    precondition(levels.count == count, "one level per uncertain input")
    var x = zip(self, levels).map { $0.joint == nil ? $0.value(at: $1) : .nan }
    for input in self {
      guard let j = input.joint, j.position == 0 else { continue }
      let members = j.paths.map { p in firstIndex { $0.path == p }! }
      let drawn = j.law.values(
        at: members.map { levels[$0] }, within: members.map { self[$0].key.range.lower...self[$0].key.range.upper })
      for (m, v) in zip(members, drawn) { x[m] = self[m].accepted(v) }
    }
    return x
  }
}

extension Double {
  /// A correlation as text: two decimals, a true minus sign (e.g. `−0.42`).
  fileprivate var shortestCorrelationText: String {
    let r = (self * 100).rounded() / 100
    return "ρ = " + (r < 0 ? "−" : "") + String(format: "%.2f", abs(r))
  }
}
