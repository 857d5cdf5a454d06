import TerritoryModel
internal import Yams

/// Finds and replaces nodes by key path (`sites[troyes].advisors`,
/// `money.cde_rate[0].value`): error places for cross-field
/// rules, and staffing options' overrides.
enum NodePatch {
  typealias Segment = ParameterPath.Segment

  static func segments(_ path: String) -> [Segment] { ParameterPath(parsing: path).segments }

  /// The node at `path`, or the deepest node found on the way.
  static func find(path: String, in root: Node) -> Node? {
    var node = root
    for segment in segments(path) {
      guard let next = child(of: node, segment) else { return node }
      node = next
    }
    return node
  }

  static func child(of node: Node, _ segment: Segment) -> Node? {
    switch (segment, node) {
    case (.key(let k), .mapping(let m)), (.entry(let k), .mapping(let m)):
      return m[k]
    case (.entry(let k), .sequence(let s)):
      if let match = s.first(where: { $0.mapping?["id"]?.scalar?.string == k }) { return match }
      if let i = Int(k), s.indices.contains(i) { return s[i] }
      return nil
    default: return nil
    }
  }

  /// `root` with the node at `path` replaced by `value` (created when the
  /// last key is missing from an existing mapping).
  static func set(path: String, to value: Node, in root: Node, file: String, option: String) throws(ScenarioErrors) -> Node {
    let segs = segments(path)
    guard !segs.isEmpty else {
      throw ScenarioErrors([ScenarioError(file: file, path: "options[\(option)].set", message: "an override needs a key path")])
    }
    func replace(_ node: Node, _ rest: ArraySlice<Segment>, _ done: ParameterPath) throws(ScenarioErrors) -> Node {
      guard let first = rest.first else { return value }
      let here = ParameterPath(done.segments + [first])
      switch (first, node) {
      case (.key(let k), .mapping(var m)), (.entry(let k), .mapping(var m)):
        if let existing = m[k] {
          m[k] = try replace(existing, rest.dropFirst(), here)
        } else if rest.count == 1 {
          m[k] = value
        } else {
          throw missing(here)
        }
        return .mapping(m)
      case (.entry(let k), .sequence(var s)):
        guard
          let i = s.firstIndex(where: { $0.mapping?["id"]?.scalar?.string == k }) ?? Int(k).flatMap({ s.indices.contains($0) ? $0 : nil })
        else {
          throw missing(here)
        }
        s[i] = try replace(s[i], rest.dropFirst(), here)
        return .sequence(s)
      default:
        throw missing(here)
      }
    }
    func missing(_ p: ParameterPath) -> ScenarioErrors {
      ScenarioErrors([
        ScenarioError(file: file, path: "options[\(option)].set.\(path)", message: "the scenario has nothing at `\(p)` to override")
      ])
    }
    return try replace(root, segs[...], ParameterPath())
  }
}
