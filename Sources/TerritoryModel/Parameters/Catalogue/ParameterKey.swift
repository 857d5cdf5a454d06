import SimulationCore

/// One numeric key of the scenario format, stated once: its place (a
/// ``ParameterPath`` pattern such as `sites[].advisors`), its range and unit,
/// its French and English labels, whether it is a fact about the territory
/// (which needs a source, or is marked ASSUMPTION) or a choice the planner
/// makes, and a typed way to read and set its values on decoded parameters.
///
/// The catalogue (``all``) is what validation, the documentation's key table,
/// the JSON Schema test, the workspace's labels, `plan --vary` and
/// `calibrate --fit` read; the scenario reader and writer take each key's name
/// from it.
///
/// ```swift
/// let key = ParameterKey.named("sites[troyes].advisors")!
/// key.french                          // "Conseillers"
/// var p = scenario.parameters
/// try key.set(4, at: "sites[troyes].advisors", in: &p)
/// key.values(in: p).first?.value      // 4.0
/// ```
public struct ParameterKey: Sendable, Hashable, CustomStringConvertible {
  /// What kind of number it is, for the planner.
  public enum Role: String, Sendable {
    /// Something about the territory or its people: needs a source, or is an ASSUMPTION.
    case fact
    /// Something the planner decides (staffing, sessions, the employment company's plan).
    case choice
  }

  public let range: ParameterRange
  /// The place, with `[]` for any entry.
  public let pattern: ParameterPath
  public let french: String
  public let english: String
  public let role: Role
  let access: ParameterAccess<TerritoryParameters>

  init(_ range: ParameterRange, fr: String, en: String, _ role: Role, _ access: ParameterAccess<TerritoryParameters>) {
    self.range = range
    pattern = ParameterPath(parsing: range.key)
    french = fr
    english = en
    self.role = role
    self.access = access
  }

  /// The key's own name, as written in its mapping: `referrals_per_week`.
  public var name: String { pattern.keys.last ?? "" }

  /// The name of the list or map its values sit in (`cde_rate` for
  /// `money.cde_rate[].value`), or its own name.
  public var containerName: String {
    guard let i = pattern.segments.lastIndex(of: .entry("")), i > 0, case .key(let k) = pattern.segments[i - 1] else { return name }
    return k
  }

  /// Whether a value can be set alone (the shares of a law cannot: they must sum to 1).
  public var isSettable: Bool { access.write != nil }

  /// The place of one value: the pattern with its `[]` filled in order.
  public func path(_ entries: String...) -> ParameterPath { pattern.filling(entries) }

  /// Every value the parameters hold for this key, with its place.
  public func values(in parameters: TerritoryParameters) -> [(path: ParameterPath, value: Double)] {
    access.read(parameters).map { (pattern.filling($0.entries), $0.value) }
  }

  /// The value at one place, as the scenario has it: the value read there;
  /// for a key that only writes (a site's `availability_share`, which sets
  /// each advisor's), the value its readings share (every advisor of the
  /// site at one share), or nil when they differ or the place is absent.
  public func value(at path: ParameterPath, in parameters: TerritoryParameters) -> Double? {
    if let v = values(in: parameters).first(where: { $0.path == path }) { return v.value }
    guard self == .siteAvailabilityShare, let site = path.entries(matching: pattern)?.first,
      let shares = parameters.sites.first(where: { $0.id == site })?.advisors.map(\.availabilityShare), let first = shares.first,
      shares.allSatisfy({ $0 == first })
    else { return nil }
    return first
  }

  /// Sets the value at `path` (which must match ``pattern``) after checking it
  /// against the range; the other rules are checked by ``TerritoryParameters/validate()``.
  public func set(_ value: Double, at path: ParameterPath, in parameters: inout TerritoryParameters) throws(ParameterError) {
    func refuse(_ message: String, _ hint: String? = nil) -> ParameterError {
      ParameterError(issues: [.init(path: path.description, message: message, hint: hint)])
    }
    guard let entries = path.entries(matching: pattern) else { throw refuse("is not a place of `\(pattern)`") }
    guard let write = access.write else {
      throw refuse(access.readOnlyReason ?? "cannot be set alone", "change it in the scenario file")
    }
    if let problem = range.problem(value) { throw refuse(problem, range.hint) }
    guard write(&parameters, entries[...], value) else {
      let known = values(in: parameters).map(\.path.description)
      throw refuse("names nothing in the scenario", Spelling.nearest(to: path.description, among: known).map { "did you mean `\($0)`?" })
    }
  }

  /// The key a place belongs to: `sites[troyes].advisors` → `sites[].advisors`.
  public static func named(_ path: ParameterPath) -> ParameterKey? {
    all.first { path.entries(matching: $0.pattern) != nil }
  }

  public static func named(_ text: String) -> ParameterKey? { named(ParameterPath(parsing: text)) }

  public var description: String { range.key }

  public static func == (a: ParameterKey, b: ParameterKey) -> Bool { a.range == b.range }
  public func hash(into hasher: inout Hasher) { hasher.combine(range) }
}
