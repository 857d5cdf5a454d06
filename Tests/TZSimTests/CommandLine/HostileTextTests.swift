import Foundation
import SimulationCore
import Testing

/// Names a scenario carries reach the council's spreadsheets and reports:
/// none may become a formula or a script there, and none may make a run slow.
@Suite("Command line: hostile names in every output", .serialized)
struct HostileTextTests {
  /// The cells of a CSV text (RFC 4180: quoted fields, doubled quotes).
  static func cells(_ text: String, separator: Character) -> [String] {
    var out: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
        } else {
          field.append(c)
        }
      } else if c == "\"" && field.isEmpty {
        quoted = true
      } else if c == separator || c == "\n" {
        out.append(field)
        field = ""
      } else {
        field.append(c)
      }
    }
    if !field.isEmpty { out.append(field) }
    return out
  }

  /// Every cell of every CSV file under `folder` that a spreadsheet would read as a formula.
  static func formulaCells(in folder: URL, separator: Character) throws -> [String] {
    var found: [String] = []
    let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
    for file in files where file.pathExtension == "csv" {
      let text = try String(contentsOf: file, encoding: .utf8)
      for cell in cells(text, separator: separator) where SpreadsheetCell.inert(cell) != cell {
        found.append("\(file.lastPathComponent): \(cell)")
      }
    }
    return found
  }

  @Test("formula and script names: no CSV cell is a formula, no raw HTML in report.md", arguments: [false, true])
  func formulas(_ french: Bool) throws {
    let dir = try CommandLineTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let scenario = TestPaths.file("Tests/Fixtures/hostile-names.yaml").path
    let r = try CommandLineTests.tzsim(
      ["compare", scenario, "--replications", "3", "--output", "out", "--quiet"] + (french ? ["--excel-fr"] : []), in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    let out = dir.appending(path: "out")
    let csvCount = FileManager.default.enumerator(atPath: out.path)?.allObjects.compactMap { $0 as? String }.filter { $0.hasSuffix(".csv") }
      .count
    #expect((csvCount ?? 0) >= 10, "the comparison wrote its CSV files")
    let formulas = try Self.formulaCells(in: out, separator: french ? ";" : ",")
    #expect(formulas.isEmpty, "\(formulas.prefix(5))")
    // The payloads are there, as text.
    let utilization = try String(contentsOf: out.appending(path: "charts/chart-utilization.csv"), encoding: .utf8)
    #expect(utilization.contains("'=1+1") && utilization.contains("'=HYPERLINK("))
    let markdown = try String(contentsOf: out.appending(path: "report.md"), encoding: .utf8)
    #expect(!markdown.contains("<script") && !markdown.contains("<img") && markdown.contains("&lt;script>"))
    let html = try String(contentsOf: out.appending(path: "report.html"), encoding: .utf8)
    #expect(!html.contains("<script>alert") && !html.contains("<img src=x"))
  }

  @Test("a 200 kB site name: the run finishes and its charts shorten the name")
  func longName() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let long = String(repeating: "Point Conseil Emploi ", count: 10_000)
    let text = try String(contentsOf: TestPaths.file("Scenarios/starter.yaml"), encoding: .utf8)
      .replacingOccurrences(of: "\"Point Conseil Emploi du centre\"", with: "\"\(long)\"")
    try text.write(to: dir.appending(path: "long.yaml"), atomically: true, encoding: .utf8)
    let r = try CommandLineTests.tzsim(["run", "long.yaml", "--replications", "2", "--output", "out", "--quiet"], in: dir)
    #expect(r.status == 0, "\(r.stderr.prefix(300))")
    let svg = try String(contentsOf: dir.appending(path: "out/charts/chart-utilization.svg"), encoding: .utf8)
    #expect(svg.contains("…") && svg.utf8.count < 50_000)
  }

  @Test("the cell rule: formulas get an apostrophe, numbers and plain text stay as they are")
  func rule() {
    for s in ["=1+1", "+A1", "-A1", "@SUM(1)", "\t=1", "\r=1", "=HYPERLINK(\"x\")", "－1"] {
      #expect(SpreadsheetCell.inert(s) == "'" + s)
    }
    for s in ["-3", "-2,5", "+1e3", "-0.25", "Troyes", "", "2020-01", "1 000"] { #expect(SpreadsheetCell.inert(s) == s) }
    #expect(SpreadsheetCell.field("=1;2", separator: ";") == "\"'=1;2\"")
    #expect(SpreadsheetCell.field("a\"b", separator: ",") == "\"a\"\"b\"")
  }
}
