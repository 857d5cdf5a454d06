import SimulationCore
import TerritoryModel
internal import Yams

/// Staffing options are checked with the scenario: each is applied to the
/// file's tree and decoded and validated as the scenario it produces, so that
/// `validate` accepts only what `compare` and `plan` can run. Every problem is
/// placed at the option's own `line:column`, with the key path inside it.
extension ScenarioDecoder {
  static func checkOptions(_ options: [StaffingOption], root: Node, file: String, source: [UInt8]) -> [ScenarioError] {
    var errors: [ScenarioError] = []
    var seen = Set<String>()
    let known = existingPaths(in: root)
    for option in options {
      let optionNode = NodePatch.find(path: "options[\(option.id)]", in: root)
      if !seen.insert(option.id).inserted {
        let mark = optionNode?.mapping?["id"]?.mark
        // `find` returns the first option with this id; the second's place is the last match.
        let last = root.mapping?["options"]?.sequence?.last { $0.mapping?["id"]?.scalar?.string == option.id }
        let place = last?.mapping?["id"]?.mark ?? mark
        errors.append(
          ScenarioError(
            file: file, line: place?.line, column: place?.column, path: "options[\(option.id)].id",
            message: "`\(option.id)` is used twice", hint: "give each option its own id: its files go to options/<id>/"))
        continue
      }
      let set = optionNode?.mapping?["set"]
      func keyMark(_ path: String) -> Mark? {
        set?.mapping?.first { $0.key.scalar?.string == path }?.key.mark ?? set?.mark
      }
      func valueMark(_ path: String) -> Mark? {
        set?.mapping?.first { $0.key.scalar?.string == path }?.value.mark ?? set?.mark
      }
      // 1. Every override must name something the scenario has (or may have).
      var patched = root
      var broken = false
      for o in option.overrides {
        guard let value = try? Yams.compose(yaml: o.yaml) else { continue }
        do {
          patched = try NodePatch.set(path: o.path, to: value, in: patched, file: file, option: option.id)
        } catch {
          let mark = keyMark(o.path)
          let hint =
            Spelling.nearest(to: o.path, among: known).map { "did you mean `\($0)`?" }
            ?? "write a key path as in the file, e.g. `sites[<id>].advisors`"
          errors.append(
            ScenarioError(
              file: file, line: mark?.line, column: mark?.column, path: "options[\(option.id)].set.\(o.path)",
              message: "`\(o.path)` names nothing in the scenario", hint: hint))
          broken = true
        }
      }
      guard !broken else { continue }
      // 2. The scenario the option produces must be valid too.
      do {
        _ = try decode(root: patched, file: file, source: source, checkingOptions: false)
      } catch {
        for e in error.errors {
          let owner = option.overrides.map(\.path).first { e.path == $0 || e.path.hasPrefix($0 + ".") || e.path.hasPrefix($0 + "[") }
          let mark = owner.map(valueMark) ?? optionNode?.mapping?["id"]?.mark
          errors.append(
            ScenarioError(
              file: file, line: mark?.line, column: mark?.column, path: "options[\(option.id)].set.\(e.path)",
              message: "with this option, " + e.message, hint: e.hint))
        }
      }
    }
    return errors
  }

  /// Why `path` cannot be overridden in `scenario` (it names nothing there),
  /// with the nearest real path as a hint; nil when it can be.
  public static func overrideProblem(path: String, in scenario: Scenario) -> (message: String, hint: String)? {
    guard let root = try? YAMLDocument(bytes: scenario.source, file: "").root else { return nil }
    if (try? NodePatch.set(path: path, to: .scalar(Node.Scalar("0")), in: root, file: "", option: "")) != nil { return nil }
    let hint =
      Spelling.nearest(to: path, among: existingPaths(in: root)).map { "did you mean `\($0)`?" }
      ?? "write a key path as in the file, e.g. `sites[<id>].advisors`"
    return ("`\(path)` names nothing in the scenario", hint)
  }

  /// Every key path of the tree, as options write them (`sites[troyes].advisors`).
  static func existingPaths(in root: Node) -> [String] {
    var out: [String] = []
    func walk(_ node: Node, _ prefix: String) {
      guard out.count < 20_000 else { return }
      switch node {
      case .mapping(let m):
        for (k, v) in m {
          guard let key = k.scalar?.string else { continue }
          let path = prefix.isEmpty ? key : "\(prefix).\(key)"
          out.append(path)
          if key != "options" { walk(v, path) }
        }
      case .sequence(let s):
        for (i, item) in s.enumerated() {
          let path = "\(prefix)[\(item.mapping?["id"]?.scalar?.string ?? String(i))]"
          out.append(path)
          walk(item, path)
        }
      default: break
      }
    }
    walk(root, "")
    return out
  }
}
