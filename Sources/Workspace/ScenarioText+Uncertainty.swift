import Foundation
import Yams

/// The `uncertainty.laws` of a scenario file, read and edited as text: a key
/// is marked uncertain (its law and source written as one line of the list,
/// the section created at the end of the file if it has none), its law
/// replaced, or the mark removed. Like every form edit, the rest of the file
/// (comments, order, quoting) is kept; a list the form cannot edit safely
/// (written inline, `laws: [...]`) is left to the YAML editor.
///
/// ```swift
/// let text = try ScenarioText(bytes: Array("name: x\n".utf8))
/// let marked = try text.settingLaw(key: "sites[troyes].advisors", law: "uniform(min: 2, max: 4)", source: "HYPOTHÈSE")
/// // "name: x\n\nuncertainty:\n  laws:\n    - {key: \"sites[troyes].advisors\", law: \"uniform(min: 2, max: 4)\", source: \"HYPOTHÈSE\"}\n"
/// ```
extension ScenarioText {
  /// One entry of the list: its keys (one, or several for a joint law), its law as written, its source.
  public struct UncertainLaw: Sendable, Equatable {
    public let keys: [String]
    public let law: String
    public let source: String
    /// The entry's first line (1-based).
    public let line: Int
  }

  /// The entries of `uncertainty.laws`, in file order (empty without the section).
  public var uncertainLaws: [UncertainLaw] {
    guard let items = lawItems() else { return [] }
    return items.map { item in
      let m = item.node.mapping
      let law = m?["law"]?.string ?? (m?["joint_normal"] != nil ? "joint_normal" : "")
      return UncertainLaw(keys: item.keys, law: law, source: m?["source"]?.string ?? "", line: item.line)
    }
  }

  /// The text with `key` given `law` (written as the law's text) and `source`:
  /// its entry replaced if it has one of its own, else a line added at the
  /// end of the list (the section created if the file has none).
  /// - Throws: ``WorkspaceProblem`` (`.invalid`) when the key is in a joint
  ///   law, the list is not written one entry per `- ` line, or a text holds a control character.
  public func settingLaw(key: String, law: String, source: String) throws(WorkspaceProblem) -> ScenarioText {
    for (name, value) in [("la clé", key), ("la loi", law), ("la source", source)]
    where value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) || value.isEmpty {
      throw WorkspaceProblem(.invalid, "\(name) est un texte non vide sur une ligne")
    }
    let entry = "{key: \(Self.quoted(key)), law: \(Self.quoted(law)), source: \(Self.quoted(source))}"
    var lines = text.components(separatedBy: "\n")
    guard let items = lawItems() else {
      if (try? Yams.compose(yaml: text))??.mapping?["uncertainty"] != nil {
        throw WorkspaceProblem(.invalid, "la section `uncertainty` n'a pas de liste `laws` lisible : modifiez-la dans l'éditeur YAML")
      }
      // No section: it is added at the end of the file.
      while lines.last == "" { lines.removeLast() }
      lines += ["", "uncertainty:", "  laws:", "    - \(entry)", ""]
      return try ScenarioText(bytes: Array(lines.joined(separator: "\n").utf8))
    }
    let spans = try itemSpans(items, lines: lines)
    if let i = items.firstIndex(where: { $0.keys.contains(key) }) {
      guard items[i].keys == [key] else {
        throw WorkspaceProblem(.invalid, "`\(key)` a été calée avec d'autres clés (une loi jointe) : modifiez-la dans l'éditeur YAML")
      }
      lines.replaceSubrange(spans[i].lines, with: [spans[i].indent + "- " + entry])
    } else {
      let last = spans[spans.count - 1]
      lines.insert(last.indent + "- " + entry, at: last.lines.upperBound)
    }
    return try ScenarioText(bytes: Array(lines.joined(separator: "\n").utf8))
  }

  /// The text without `key`'s law (its entry's lines removed).
  /// - Throws: ``WorkspaceProblem`` (`.invalid`) when the key has no law of its own, or the list cannot be edited safely.
  public func removingLaw(key: String) throws(WorkspaceProblem) -> ScenarioText {
    guard let items = lawItems(), let i = items.firstIndex(where: { $0.keys.contains(key) }) else {
      throw WorkspaceProblem(.invalid, "`\(key)` n'a pas de loi dans ce scénario")
    }
    guard items[i].keys == [key] else {
      throw WorkspaceProblem(.invalid, "`\(key)` a été calée avec d'autres clés (une loi jointe) : modifiez-la dans l'éditeur YAML")
    }
    guard items.count > 1 else {
      throw WorkspaceProblem(
        .invalid,
        "c'est la seule hypothèse incertaine : retirez la section `uncertainty` dans l'éditeur YAML, ou donnez d'abord une autre loi")
    }
    var lines = text.components(separatedBy: "\n")
    let spans = try itemSpans(items, lines: lines)
    lines.removeSubrange(spans[i].lines)
    return try ScenarioText(bytes: Array(lines.joined(separator: "\n").utf8))
  }

  // MARK: The list's entries in the text

  struct LawItem {
    let node: Node
    let keys: [String]
    /// The line of the entry's first value (1-based).
    let line: Int
  }

  /// The items of `uncertainty.laws`, or nil when the file has no such list.
  func lawItems() -> [LawItem]? {
    guard let root = try? Yams.compose(yaml: text), let laws = root.mapping?["uncertainty"]?.mapping?["laws"]?.sequence else { return nil }
    return laws.map { node in
      let m = node.mapping
      let keys = m?["key"]?.string.map { [$0] } ?? m?["keys"]?.sequence?.compactMap(\.string) ?? []
      return LawItem(node: node, keys: keys, line: node.mark?.line ?? 0)
    }
  }

  /// Each item's lines (0-based, half-open) and the indentation of its `- `.
  func itemSpans(_ items: [LawItem], lines: [String]) throws(WorkspaceProblem) -> [(lines: Range<Int>, indent: String)] {
    let inline = WorkspaceProblem(
      .invalid, "la liste `uncertainty.laws` n'est pas écrite une entrée par ligne « - » : modifiez-la dans l'éditeur YAML")
    var starts: [(Int, String)] = []
    for item in items {
      let l = item.line - 1
      guard l >= 0, l < lines.count else { throw inline }
      let indent = String(lines[l].prefix { $0 == " " })
      guard lines[l].dropFirst(indent.count).hasPrefix("- ") else { throw inline }
      if let previous = starts.last, previous.0 >= l { throw inline }  // two entries on one line
      starts.append((l, indent))
    }
    var spans: [(lines: Range<Int>, indent: String)] = []
    for (i, (start, indent)) in starts.enumerated() {
      var end = i + 1 < starts.count ? starts[i + 1].0 : lines.count
      if i + 1 == starts.count {
        // The last entry runs while lines are indented past its `- `.
        end = start + 1
        while end < lines.count {
          let line = lines[end]
          let depth = line.prefix { $0 == " " }.count
          if line.trimmingCharacters(in: .whitespaces).isEmpty || depth <= indent.count { break }
          end += 1
        }
      }
      // Trailing blank and comment lines belong to what follows.
      while end - 1 > start,
        lines[end - 1].trimmingCharacters(in: .whitespaces).isEmpty || lines[end - 1].drop(while: { $0 == " " }).hasPrefix("#")
      {
        end -= 1
      }
      spans.append((start..<end, indent))
    }
    return spans
  }

  /// A YAML double-quoted string.
  static func quoted(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
