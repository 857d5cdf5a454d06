import Foundation
import ScenarioFormat
import TerritoryModel
import Testing

/// Each numeric parameter's range is stated once (``ParameterRange/all``);
/// the JSON Schema and the scenario-format documentation are held to it.
@Suite("Parameter ranges: one statement each")
struct ParameterRangeTests {
  /// A bound of the JSON Schema: the key pattern it applies to, and the interval.
  struct SchemaBound: Equatable, CustomStringConvertible {
    var key: String
    var lower: Double?
    var upper: Double?
    var lowerOpen = false
    var upperOpen = false
    var integer: Bool
    var description: String { "\(key) \(lowerOpen ? "(" : "[")\(lower ?? -.infinity), \(upper ?? .infinity)\(upperOpen ? ")" : "]")" }
  }

  /// Every numeric bound of the schema, with its key written as in ``ParameterRange/key``.
  static func schemaBounds() throws -> [SchemaBound] {
    let data = try Data(contentsOf: TestPaths.file("Scenarios/tzsim-scenario.schema.json"))
    let root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    var out: [SchemaBound] = []
    func walk(_ node: Any, _ key: String) {
      guard let n = node as? [String: Any] else {
        if let list = node as? [Any] { for item in list { walk(item, key) } }
        return
      }
      func number(_ k: String) -> Double? { (n[k] as? NSNumber)?.doubleValue }
      let lower = number("minimum") ?? number("exclusiveMinimum")
      let upper = number("maximum") ?? number("exclusiveMaximum")
      if lower != nil || upper != nil {
        out.append(
          SchemaBound(
            key: key, lower: lower, upper: upper, lowerOpen: n["exclusiveMinimum"] != nil, upperOpen: n["exclusiveMaximum"] != nil,
            integer: n["type"] as? String == "integer"))
      }
      if let props = n["properties"] as? [String: Any] {
        for (name, child) in props { walk(child, key.isEmpty ? name : "\(key).\(name)") }
      }
      if let items = n["items"] { walk(items, key + "[]") }
      if let extra = n["additionalProperties"], !(extra is Bool) { walk(extra, key + "[]") }
      if let one = n["oneOf"] { walk(one, key) }
    }
    walk(root, "")
    return out
  }

  /// The ranges the scenario format itself owns, beside the parameters'.
  static var ranges: [ParameterRange] { ParameterRange.all + Scenario.formatRanges }

  /// The range for a schema key: `pathways.choice.autonomous` is `pathways.choice[]`.
  static func range(for key: String) -> ParameterRange? {
    let generic = key.replacingOccurrences(of: #"\.[a-z_]+$"#, with: "[]", options: .regularExpression)
    return ranges.first { $0.key == key } ?? ranges.first { $0.key == generic }
  }

  @Test("every bound of the JSON Schema is a declared range, with the same ends and kind")
  func schemaAgrees() throws {
    let bounds = try Self.schemaBounds()
    #expect(bounds.count > 40)
    for b in bounds where b.key != "seed" {
      guard let r = Self.range(for: b.key) else {
        Issue.record("the schema bounds `\(b.key)`, which no ParameterRange declares")
        continue
      }
      #expect(
        b.lower == r.lower && b.upper == r.upper && b.lowerOpen == r.lowerOpen && b.upperOpen == r.upperOpen
          && b.integer == r.isInteger,
        "schema \(b) ≠ declared \(r)")
    }
    for r in Self.ranges {
      #expect(bounds.contains { Self.range(for: $0.key) == r }, "`\(r.key)` has a range but no bound in the schema")
    }
  }

  @Test("the ranges are stated once: no key twice, each interval well formed")
  func wellFormed() {
    #expect(Set(Self.ranges.map(\.key)).count == Self.ranges.count)
    for r in Self.ranges {
      #expect(r.lower < r.upper, "\(r)")
      #expect(r.contains(r.lowerOpen ? r.lower + 1e-9 : r.lower) || r.isInteger, "\(r)")
      #expect(r.problem(r.upper + 1) != nil && r.problem(r.lower - 1) != nil)
      #expect(!r.contains(.nan))
    }
    #expect(ParameterKey.seats.range.problem(0) == "must be a whole number between 1 and 1000 (places), found 0")
    #expect(ParameterKey.seats.range.problem(2.5) == "must be a whole number between 1 and 1000 (places), found 2.5")
    #expect(ParameterKey.retentionDays.range.problem(0) == "must be a number in (0, 60] (days), found 0")
  }

  /// The documentation's table of numeric keys, as the catalogue states them (then the format's own numbers).
  static var markdownTable: String {
    var lines = ["| key | values | unit | kind | libellé |", "|---|---|---|---|---|"]
    func values(_ r: ParameterRange) -> String { "\(r.isInteger ? "whole number in " : "")\(r.interval)" }
    for k in ParameterKey.all {
      lines.append("| `\(k.range.key)` | \(values(k.range)) | \(k.range.unit) | \(k.role.rawValue) | \(k.french) |")
    }
    for r in Scenario.formatRanges { lines.append("| `\(r.key)` | \(values(r)) | \(r.unit) | — | — |") }
    return lines.joined(separator: "\n")
  }

  @Test("docs/scenario-format/README.md lists the ranges as declared")
  func documentation() throws {
    let doc = try String(contentsOf: TestPaths.file("docs/scenario-format/README.md"), encoding: .utf8)
    #expect(doc.contains(Self.markdownTable), "replace the table of ranges in docs/scenario-format/README.md with:\n\(Self.markdownTable)")
  }

  @Test("a value out of range is refused at its line:column, beside the reader's own errors, and never twice")
  func placedBesideReaderErrors() throws {
    let text = ScenarioErrorTests.with(
      "    advisors: 1\n",
      "    advisors: 1\n    walk_ins_per_week: lots\nworkshops:\n  - id: w\n    sessions: [{site: centre, weekday: monday, hours: \"09:00-10:00\"}]\n    seats: 0\n    enrol_probability: 1\n"
    )
    let error = #expect(throws: ScenarioErrors.self) { try ScenarioDecoder.decode(text: text, file: "t.yaml") }
    #expect(
      error?.errors.map(\.description) == [
        "t.yaml:9:24: error: at `sites[centre].walk_ins_per_week`: expected a number per week, found `lots`",
        "t.yaml:13:12: error: at `workshops[w].seats`: must be a whole number between 1 and 1000 (places), found 0",
      ])
  }
}
