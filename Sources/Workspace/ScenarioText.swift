import Foundation
import ScenarioFormat
import Studies
import TerritoryModel
import Yams

/// A scenario file as text, with the values the form can show and change.
///
/// The file stays the record: an edit replaces a value's characters where
/// they stand and nothing else, so comments, order, blank lines and quoting
/// are kept. The form can change a value written on one line (plain, `'…'` or
/// `"…"`); a value in a block (`|`, `>`), an empty value, or a key the form
/// does not list is shown read-only and changed in the YAML editor instead.
/// After an edit the text is read again: if any value other than those edited
/// moved, or an edited one reads back differently, the edit is refused — the
/// file is never mangled.
///
/// ```swift
/// let text = try ScenarioText(bytes: Array("sites:\n  - id: troyes\n    advisors: 3   # staff\n".utf8))
/// let edited = try text.applying(["sites[troyes].advisors": "4"])
/// // "sites:\n  - id: troyes\n    advisors: 4   # staff\n"
/// ```
public struct ScenarioText: Sendable {
  public let bytes: [UInt8]
  /// Every scalar value of the file, in file order.
  public let fields: [FormField]
  /// Where each field's characters are, as offsets in unicode scalars.
  let extents: [String: Range<Int>]

  /// The SHA-256 of some bytes, in hex: the version a form was made from.
  public static func hash(_ bytes: [UInt8]) -> String { SHA256.hex(bytes) }
  public var hash: String { Self.hash(bytes) }
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// - Throws: ``WorkspaceProblem`` (`.invalid`) when the text is not YAML the form can read.
  public init(bytes: [UInt8]) throws(WorkspaceProblem) {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw WorkspaceProblem(.invalid, "le fichier n'est pas du texte UTF-8")
    }
    let root: Node?
    do { root = try Yams.compose(yaml: text) } catch {
      throw WorkspaceProblem(.invalid, "le fichier n'est pas du YAML lisible (\(error)) : corrigez-le dans l'éditeur YAML")
    }
    guard let root, case .mapping = root else {
      throw WorkspaceProblem(.invalid, "le fichier ne contient pas de scénario (une suite de clés et de valeurs)")
    }
    self.bytes = bytes
    let lines = Self.lineStarts(text)
    let scalars = Array(text.unicodeScalars)
    var fields: [FormField] = []
    var extents: [String: Range<Int>] = [:]
    func visit(_ node: Node, path: ParameterPath, section: String, key: String, entry: String?) {
      switch node {
      case .mapping(let m):
        for (k, v) in m {
          let name = k.string ?? "?"
          let isWord = name.range(of: #"^[a-z_][a-z0-9_]*$"#, options: .regularExpression) != nil
          // A value at the top level belongs to the general section; a block, to its own.
          let childSection = path.isEmpty ? (v.scalar == nil ? name : "") : section
          visit(v, path: isWord ? path.key(name) : path.entry(name), section: childSection, key: name, entry: entry)
        }
      case .sequence(let s):
        for (i, item) in s.enumerated() {
          let id = item.mapping?["id"]?.string
          let named = item.mapping?["name"]?.string ?? id
          // A list of plain values (hours) keeps its key's name, numbered from 1.
          visit(
            item, path: path.entry(id ?? String(i)), section: section,
            key: item.scalar == nil ? String(i) : "\(key)#\(i + 1)", entry: named ?? entry)
        }
      case .scalar(let scalar):
        let range = Self.rangesByKey[path.pattern.description]
        var reason: String? = nil
        var extent: Range<Int>? = nil
        if let mark = scalar.mark, mark.line - 1 < lines.count {
          let start = lines[mark.line - 1] + mark.column - 1
          extent = Self.extent(of: scalar, at: start, in: scalars)
          if extent == nil {
            reason =
              scalar.string.isEmpty
              ? "valeur vide : à écrire dans l'éditeur YAML" : "valeur sur plusieurs lignes : à modifier dans l'éditeur YAML"
          }
        } else {
          reason = "position inconnue dans le fichier"
        }
        let field = FormField(
          path: path.description, section: section, key: key, entry: entry, value: scalar.string, line: scalar.mark?.line ?? 0,
          column: scalar.mark?.column ?? 0, range: range, readOnlyReason: reason)
        fields.append(field)
        if let extent { extents[path.description] = extent }
      case .alias:
        break
      }
    }
    visit(root, path: ParameterPath(), section: "", key: "", entry: nil)
    self.fields = fields
    self.extents = extents
  }

  /// The field at `path`.
  public func field(_ path: String) -> FormField? { fields.first { $0.path == path } }

  /// The numbers of the file a study may vary (an uncertain assumption, a calibrated key): editable,
  /// with a range, settable alone in the parameter catalogue, outside objectives, options and laws.
  public var settableNumbers: [FormField] {
    fields.filter { f in
      guard f.isEditable, f.range != nil, !["objectives", "options", "uncertainty"].contains(f.section),
        let key = ParameterKey.named(f.path)
      else { return false }
      return key.isSettable
    }
  }

  /// The text with the values at the given paths replaced (a value equal to
  /// the current one is left as it is). A number may be written with a
  /// decimal comma (`0,7`).
  ///
  /// - Throws: ``WorkspaceProblem`` (`.invalid`) naming the field, when a path
  ///   is unknown or read-only, a value holds a line break, or the edited text
  ///   would not read back as intended.
  public func applying(_ edits: [String: String]) throws(WorkspaceProblem) -> ScenarioText {
    var replacements: [(Range<Int>, String)] = []
    var expected: [String: String] = [:]
    for (path, raw) in edits {
      guard let field = field(path) else { throw WorkspaceProblem(.invalid, "le formulaire ne connaît pas la valeur `\(path)`") }
      var value = raw.trimmingCharacters(in: .whitespaces)
      // The value as the form showed it (a share as « 70 % »), sent back untouched: nothing to change.
      if value == field.displayValue { continue }
      if field.isNumeric, value.range(of: #"^-?[0-9]+,[0-9]+$"#, options: .regularExpression) != nil {
        value = value.replacingOccurrences(of: ",", with: ".")
      }
      // A share or a probability may be typed as a percentage: « 70 % » is 0.7.
      if field.isShare, value.range(of: #"^[0-9]+([.,][0-9]+)?\s*%$"#, options: .regularExpression) != nil,
        let percent = Double(value.dropLast().trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
      {
        value = (percent / 100).shortestText
      }
      guard value != field.value else { continue }
      guard let extent = extents[path], field.isEditable else {
        throw WorkspaceProblem(.invalid, "`\(path)` ne peut pas être modifié dans le formulaire (\(field.readOnlyReason ?? "")) ")
      }
      guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
        throw WorkspaceProblem(.invalid, "`\(path)` : une valeur du formulaire tient sur une ligne, sans caractère de contrôle")
      }
      let first = text.unicodeScalars.dropFirst(extent.lowerBound).first
      replacements.append((extent, Self.yaml(value, numeric: field.isNumeric, quoted: first == "\"" || first == "'")))
      expected[path] = value
    }
    guard !replacements.isEmpty else { return self }
    var scalars = Array(text.unicodeScalars)
    for (range, text) in replacements.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
      scalars.replaceSubrange(range, with: Array(text.unicodeScalars))
    }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars)
    let edited = try ScenarioText(bytes: Array(String(out).utf8))
    // The same values, in the same places, except those edited.
    let before = fields.map(\.path)
    let after = edited.fields.map(\.path)
    guard before == after else {
      throw WorkspaceProblem(.invalid, "la modification changerait la structure du fichier : faites-la dans l'éditeur YAML")
    }
    for (old, new) in zip(fields, edited.fields) where (expected[old.path] ?? old.value) != new.value {
      throw WorkspaceProblem(
        .invalid, "`\(old.path)` : « \(expected[old.path] ?? old.value) » ne s'écrit pas tel quel en YAML ; modifiez-le dans l'éditeur YAML"
      )
    }
    return edited
  }

  // MARK: Text positions

  /// The offset (in unicode scalars) where each line starts.
  static func lineStarts(_ text: String) -> [Int] {
    var starts = [0]
    for (i, c) in text.unicodeScalars.enumerated() where c == "\n" { starts.append(i + 1) }
    return starts
  }

  /// The characters of a one-line scalar starting at `start`, quotes included.
  static func extent(of scalar: Node.Scalar, at start: Int, in text: [Unicode.Scalar]) -> Range<Int>? {
    guard start < text.count, !scalar.string.isEmpty || scalar.style != .plain else { return nil }
    switch scalar.style {
    case .plain:
      let value = Array(scalar.string.unicodeScalars)
      guard !value.contains("\n"), start + value.count <= text.count, Array(text[start..<start + value.count]) == value else { return nil }
      return start..<start + value.count
    case .doubleQuoted, .singleQuoted:
      let quote: Unicode.Scalar = scalar.style == .doubleQuoted ? "\"" : "'"
      guard text[start] == quote else { return nil }
      var i = start + 1
      while i < text.count, text[i] != "\n" {
        if quote == "\"" && text[i] == "\\" {
          i += 2
          continue
        }
        if text[i] == quote {
          if quote == "'" && i + 1 < text.count && text[i + 1] == "'" {
            i += 2
            continue
          }
          return start..<i + 1
        }
        i += 1
      }
      return nil
    default:
      return nil
    }
  }

  /// A value as YAML: a number or a simple word as it is, anything else (and
  /// anything that was quoted) in double quotes.
  static func yaml(_ value: String, numeric: Bool, quoted: Bool) -> String {
    if numeric && !quoted, Double(value) != nil { return value }
    let plain = #"^[A-Za-z0-9À-ÿ][A-Za-z0-9À-ÿ ._/()-]*$"#
    if !quoted, value.range(of: plain, options: .regularExpression) != nil, !value.hasSuffix(" ") {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  // MARK: Ranges

  /// The declared ranges by key (`sites[].advisors`): a field's is its path's pattern's.
  static let rangesByKey: [String: ParameterRange] = Dictionary(
    (ParameterRange.all + Scenario.formatRanges).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
}
