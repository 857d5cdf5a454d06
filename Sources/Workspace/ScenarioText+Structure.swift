import Foundation
import Yams

/// The lists of a scenario the form can grow and shrink: add an entry (a copy
/// of one, or a starting entry when the list is empty), remove one, move one up.
///
/// An edit works on the entry's lines as written — comments inside it, the
/// rest of the file, its order and blank lines are kept to the byte — and the
/// result is read again; the server then validates it before saving.
///
/// ```swift
/// let text = try ScenarioText(bytes: Array("sites:\n  - id: a   # one\n    advisors: 2\n".utf8))
/// let two = try text.duplicatingEntry(in: "sites", at: 0)
/// // "sites:\n  - id: a   # one\n    advisors: 2\n  - id: a-2   # one\n    advisors: 2\n"
/// ```
extension ScenarioText {
  /// The top-level lists whose entries the form adds, removes and orders.
  public static let structuredSections = ["sites", "permanences", "workshops", "closures", "objectives", "options"]

  /// One entry of a list: its lines (0-based, end excluded) and how the planner names it.
  public struct Entry: Sendable, Equatable {
    public let index: Int
    public let lines: Range<Int>
    /// Its `id`, else its `name`, else « n° k ».
    public let label: String
    public let id: String?
  }

  /// The entries of top-level list `section` (empty when absent); nil when it is not a block list
  /// (a list written `[…]` on one line is edited in the YAML editor).
  public func entries(in section: String) -> [Entry]? {
    guard let root = try? Yams.compose(yaml: text), case .mapping(let m) = root else { return nil }
    guard let pair = m.first(where: { $0.key.string == section }) else { return [] }
    guard case .sequence(let seq) = pair.value, seq.style != .flow else { return nil }
    let lines = self.lines
    // The section ends before the next top-level key (or at the end of the file).
    let keyLine = (pair.key.mark?.line ?? 1) - 1
    var sectionEnd = lines.count
    for (i, l) in lines.enumerated() where i > keyLine {
      if let c = l.first, c != " ", c != "#", c != "\t" {
        sectionEnd = i
        break
      }
    }
    let starts = seq.map { ($0.mark?.line ?? 1) - 1 }
    var out: [Entry] = []
    for (k, item) in seq.enumerated() {
      var end = k + 1 < starts.count ? starts[k + 1] : sectionEnd
      // Trailing blank and comment-only lines belong to what follows.
      while end > starts[k] + 1, Self.isBlankOrComment(lines[end - 1]) { end -= 1 }
      let id = item.mapping?["id"]?.string
      let name = item.mapping?["name"]?.string
      out.append(Entry(index: k, lines: starts[k]..<end, label: id ?? name ?? "n° \(k + 1)", id: id))
    }
    return out
  }

  static func isBlankOrComment(_ line: String) -> Bool {
    let t = line.trimmingCharacters(in: .whitespaces)
    return t.isEmpty || t.hasPrefix("#")
  }

  /// A copy of entry `index` of `section` added after the list's last entry, its `id` made new
  /// (`<id>-2`, `-3`… the first one free) and its `name`, if written on the entry's first line or
  /// as a key, followed by « (copie) ».
  public func duplicatingEntry(in section: String, at index: Int) throws(WorkspaceProblem) -> ScenarioText {
    let entries = try listEntries(section)
    guard entries.indices.contains(index) else { throw WorkspaceProblem(.notFound, "cette entrée de « \(section) » n'existe pas") }
    var lines = self.lines
    var copy = Array(lines[entries[index].lines])
    if let id = entries[index].id {
      let taken = Set(entries.compactMap(\.id))
      var n = 2
      while taken.contains("\(id)-\(n)") { n += 1 }
      copy = Self.replacingFirst(key: "id", in: copy, with: "\(id)-\(n)", quoted: false)
    }
    copy = Self.appendingToName(copy)
    lines.insert(contentsOf: copy, at: entries.last!.lines.upperBound)
    return try reread(lines)
  }

  /// Entry `index` of `section` removed (its lines, comments inside it included).
  public func removingEntry(in section: String, at index: Int) throws(WorkspaceProblem) -> ScenarioText {
    let entries = try listEntries(section)
    guard entries.indices.contains(index) else { throw WorkspaceProblem(.notFound, "cette entrée de « \(section) » n'existe pas") }
    var lines = self.lines
    lines.removeSubrange(entries[index].lines)
    return try reread(lines)
  }

  /// Entry `index` of `section` swapped with the one before it.
  public func movingEntryUp(in section: String, at index: Int) throws(WorkspaceProblem) -> ScenarioText {
    let entries = try listEntries(section)
    guard entries.indices.contains(index), index > 0 else { throw WorkspaceProblem(.notFound, "cette entrée ne peut pas monter") }
    var lines = self.lines
    let above = entries[index - 1].lines
    let this = entries[index].lines
    let between = Array(lines[above.upperBound..<this.lowerBound])
    let moved = Array(lines[this]) + between + Array(lines[above])
    lines.replaceSubrange(above.lowerBound..<this.upperBound, with: moved)
    return try reread(lines)
  }

  /// `snippet` (the lines of one entry, indented by two spaces and starting with `- `) added as
  /// the list's last entry; the list is created at the end of the file when the scenario has none.
  public func addingEntry(in section: String, snippet: [String]) throws(WorkspaceProblem) -> ScenarioText {
    let entries = try listEntries(section)
    var lines = self.lines
    if let last = entries.last {
      lines.insert(contentsOf: snippet, at: last.lines.upperBound)
    } else if let keyLine = lines.firstIndex(where: { $0.hasPrefix(section + ":") }) {
      // `section: []` or an empty `section:` becomes a block list.
      lines[keyLine] = section + ":"
      lines.insert(contentsOf: snippet, at: keyLine + 1)
    } else {
      while let l = lines.last, l.isEmpty { lines.removeLast() }
      lines += ["", section + ":"] + snippet + [""]
    }
    return try reread(lines)
  }

  /// Top-level section `lines` (its key line first) added at the end of the file; refused if the key is there.
  public func addingSection(_ lines: [String]) throws(WorkspaceProblem) -> ScenarioText {
    guard let key = lines.first?.prefix(while: { $0 != ":" }), !key.isEmpty else {
      throw WorkspaceProblem(.invalid, "section vide")
    }
    var all = self.lines
    guard !all.contains(where: { $0.hasPrefix(key + ":") }) else {
      throw WorkspaceProblem(.invalid, "le scénario a déjà une section « \(key) »")
    }
    while let l = all.last, l.isEmpty { all.removeLast() }
    return try reread(all + [""] + lines + [""])
  }

  /// `"commune": 1` added to `invitations.commune_weights` (a one-line `{…}` or a block), with a
  /// comment saying it is an assumption when the block form allows one.
  public func addingWeight(commune: String) throws(WorkspaceProblem) -> ScenarioText {
    var lines = self.lines
    guard let i = lines.firstIndex(where: { $0.range(of: #"^\s+commune_weights:"#, options: .regularExpression) != nil }) else {
      throw WorkspaceProblem(.invalid, "le scénario n'a pas de clé invitations.commune_weights")
    }
    let line = lines[i]
    let indent = line.prefix { $0 == " " }.count
    let afterColon = line[line.range(of: "commune_weights:")!.upperBound...].drop { $0 == " " }
    if afterColon.hasPrefix("{"), let brace = line.firstIndex(of: "{") {
      let empty = afterColon.dropFirst().drop { $0 == " " }.hasPrefix("}")
      lines[i].insert(contentsOf: "\"\(commune)\": 1" + (empty ? "" : ", "), at: line.index(after: brace))
    } else {
      lines.insert(String(repeating: " ", count: indent + 2) + "\"\(commune)\": 1   # HYPOTHÈSE : la commune de la permanence", at: i + 1)
    }
    return try reread(lines)
  }

  func listEntries(_ section: String) throws(WorkspaceProblem) -> [Entry] {
    guard Self.structuredSections.contains(section) else {
      throw WorkspaceProblem(.invalid, "« \(section) » n'est pas une liste que le formulaire modifie")
    }
    guard let entries = entries(in: section) else {
      throw WorkspaceProblem(.invalid, "« \(section) » est écrit sur une ligne ([…]) : modifiez-le dans l'éditeur YAML")
    }
    return entries
  }

  /// The text's lines (without their line ends; a final line end gives a last empty line).
  var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

  func reread(_ lines: [String]) throws(WorkspaceProblem) -> ScenarioText {
    try ScenarioText(bytes: Array(lines.joined(separator: "\n").utf8))
  }

  /// The first `key: value` (block or flow form) in `lines` with its value replaced.
  static func replacingFirst(key: String, in lines: [String], with value: String, quoted: Bool) -> [String] {
    var out = lines
    let pattern = #"(^|[\s{,-])"# + key + #":\s*("[^"]*"|'[^']*'|[^,}#\s]+)"#
    for (i, l) in out.enumerated() {
      guard let r = l.range(of: pattern, options: .regularExpression) else { continue }
      let matched = String(l[r])
      guard let colon = matched.range(of: key + ":") else { continue }
      let prefix = matched[..<colon.upperBound]
      let old = matched[colon.upperBound...].drop { $0 == " " }
      let spaces = String(matched[colon.upperBound...].prefix { $0 == " " })
      let text = quoted || old.hasPrefix("\"") ? "\"\(value)\"" : value
      out[i] = l.replacingCharacters(in: r, with: prefix + spaces + text)
      return out
    }
    return out
  }

  /// The entry's `name` (quoted or not) followed by « (copie) ».
  static func appendingToName(_ lines: [String]) -> [String] {
    var out = lines
    for (i, l) in out.enumerated() {
      guard let r = l.range(of: #"(^|[\s{,-])name:\s*("[^"]*"|'[^']*')"#, options: .regularExpression) else { continue }
      let matched = String(l[r])
      let closing = matched.last!
      out[i] = l.replacingCharacters(in: r, with: String(matched.dropLast()) + " (copie)" + String(closing))
      return out
    }
    return out
  }
}
