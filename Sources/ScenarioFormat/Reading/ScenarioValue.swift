import SimulationCore
import Stochastic
import TerritoryModel
internal import Yams

/// A node of the scenario being decoded, with its key path.
struct ScenarioValue {
  let node: Node
  let path: String
  let context: DecodingContext

  func fail(_ message: String, hint: String? = nil) { context.fail(node, path, message, hint: hint) }
  func note(_ message: String) { context.note(node, path, message) }

  /// What a node is, in words, for "expected …, found …".
  var kind: String {
    switch node {
    case .scalar(let s): s.string.isEmpty || s.string == "~" || s.string == "null" ? "nothing" : "`\(s.string.prefix(40))`"
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .alias: "an alias"
    }
  }

  var isNull: Bool {
    if case .scalar(let s) = node, s.style == .plain, s.string.isEmpty || s.string == "~" || s.string == "null" { return true }
    return false
  }

  /// The node must not carry an anchor or be an alias: they could expand exponentially.
  var safe: Bool {
    if case .alias = node {
      fail("aliases (`*name`) are not allowed in scenario files", hint: "write the value out")
      return false
    }
    if node.anchor != nil {
      fail("anchors (`&name`) are not allowed in scenario files", hint: "write the value out")
      return false
    }
    return true
  }

  // MARK: Structure

  /// The fields of a mapping; unknown keys are reported with the nearest known one.
  func fields(_ allowed: [String]) -> ScenarioFields? {
    guard safe else { return nil }
    guard case .mapping(let mapping) = node else {
      fail("expected a mapping with keys \(allowed.map { "`\($0)`" }.joined(separator: ", ")), found \(kind)")
      return nil
    }
    var values: [String: ScenarioValue] = [:]
    var order: [String] = []
    for (k, v) in mapping {
      let key = k.scalar?.string ?? ""
      let child = ScenarioValue(node: v, path: path.isEmpty ? key : "\(path).\(key)", context: context)
      guard allowed.contains(key) else {
        let hint =
          Spelling.nearest(to: key, among: allowed).map { "did you mean `\($0)`?" } ?? "known keys: \(allowed.joined(separator: ", "))"
        context.fail(k, child.path, "unknown key", hint: hint.prefix(1).uppercased() + hint.dropFirst())
        continue
      }
      values[key] = child
      order.append(key)
    }
    return ScenarioFields(values: values, order: order, owner: self)
  }

  /// The entries of a mapping whose keys are free (ids, INSEE codes, years).
  func entries() -> [(key: String, keyNode: Node, value: ScenarioValue)]? {
    guard safe else { return nil }
    guard case .mapping(let mapping) = node else {
      fail("expected a mapping, found \(kind)")
      return nil
    }
    return mapping.map { k, v in
      let key = k.scalar?.string ?? ""
      return (key, k, ScenarioValue(node: v, path: "\(path)[\(key)]", context: context))
    }
  }

  /// The items of a list; `name` gives each item's path segment (an id when known).
  func items(max: Int = 10_000) -> [ScenarioValue]? {
    guard safe else { return nil }
    guard case .sequence(let seq) = node else {
      fail("expected a list, found \(kind)")
      return nil
    }
    guard seq.count <= max else {
      fail("the list has \(seq.count) items; at most \(max) are allowed")
      return nil
    }
    return seq.enumerated().map { i, n in
      var label = String(i)
      if case .mapping(let m) = n, let id = m["id"]?.scalar?.string { label = id }
      return ScenarioValue(node: n, path: "\(path)[\(label)]", context: context)
    }
  }

  // MARK: Scalars

  func string() -> String? {
    guard safe else { return nil }
    guard case .scalar(let s) = node, !isNull else {
      fail("expected text, found \(kind)")
      return nil
    }
    return s.string
  }

  /// An identifier: lower-case letters, digits, `-` and `_`, starting with a letter.
  func identifier() -> String? {
    guard let s = string() else { return nil }
    let ok =
      s.first.map { $0.isLetter && $0.isLowercase } == true && s.count <= 64
      && s.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" || $0 == "_" }
    if !ok { fail("expected an identifier (lower-case letters, digits, `-`, `_`, at most 64), found `\(s.prefix(40))`") }
    return ok ? s : nil
  }

  /// A finite number. Its range is checked with the parameters
  /// (``TerritoryParameters/rangeIssues()``), not here.
  func number(unit: String = "") -> Double? {
    guard let s = string() else { return nil }
    let unitText = unit.isEmpty ? "" : " \(unit)"
    guard let x = Double(s.replacingUnderscores()), x.isFinite else {
      let comma = s.range(of: #"^-?[0-9]+,[0-9]+$"#, options: .regularExpression) != nil
      fail(
        "expected a number\(unitText), found `\(s.prefix(40))`",
        hint: comma ? "write decimals with a point: `\(s.replacingOccurrences(of: ",", with: "."))`" : nil)
      return nil
    }
    return x
  }

  /// A number within `range`, for the few values the reader itself must use to
  /// build the parameters (a probability of a categorical law, a count that
  /// sizes a list): the range's own words, as the parameters would say them.
  func number(in range: ParameterRange) -> Double? {
    guard let x = range.isInteger ? integer().map(Double.init) : number(unit: range.unit) else { return nil }
    if let problem = range.problem(x) {
      fail(problem, hint: range.hint)
      return nil
    }
    return x
  }

  func integer(in range: ParameterRange) -> Int? { number(in: range).map { Int($0) } }

  /// A whole number; its range is checked with the parameters.
  func integer() -> Int? {
    guard let s = string() else { return nil }
    guard let x = Int(s.replacingUnderscores()) else {
      fail("expected a whole number, found `\(s.prefix(40))`")
      return nil
    }
    return x
  }

  /// A whole number in `range`, for the format's own numbers (version, seed, years).
  func integer(_ range: ClosedRange<Int>) -> Int? {
    guard let x = integer() else { return nil }
    guard range.contains(x) else {
      fail("expected a whole number between \(range.lowerBound) and \(range.upperBound), found \(x)")
      return nil
    }
    return x
  }

  func date() -> CivilDate? {
    guard let s = string() else { return nil }
    guard let d = CivilDate(iso: s), (1900...2200).contains(d.year) else {
      fail("expected a date YYYY-MM-DD between 1900 and 2200, found `\(s.prefix(40))`")
      return nil
    }
    return d
  }

  func weekday() -> Weekday? {
    guard let s = string() else { return nil }
    guard let d = Weekday(rawValue: s) else {
      fail(
        "expected a day of the week (monday … sunday), found `\(s.prefix(40))`",
        hint: Spelling.nearest(to: s, among: Weekday.allCases.map(\.rawValue)).map { "Did you mean `\($0)`?" })
      return nil
    }
    return d
  }

  func window() -> TimeWindow? {
    guard let s = string() else { return nil }
    guard let w = TimeWindow(parsing: s) else {
      fail("expected hours `HH:MM-HH:MM` within the day (00:00–24:00, start before end), found `\(s.prefix(40))`")
      return nil
    }
    return w
  }

  func distribution(unit: String) -> Distribution? {
    guard let s = string() else { return nil }
    do {
      return try Distribution(parsing: s)
    } catch {
      fail("\(error.message) (a distribution of \(unit))", hint: "e.g. `lognormal(mean: 45, sd: 20)`")
      return nil
    }
  }

  func boolean() -> Bool? {
    guard let s = string() else { return nil }
    switch s {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      fail("expected true or false, found `\(s.prefix(40))`")
      return nil
    }
  }

}

extension String {
  /// `1_000` reads as `1000`, as YAML 1.1 allowed.
  func replacingUnderscores() -> String { contains("_") ? filter { $0 != "_" } : self }
}
