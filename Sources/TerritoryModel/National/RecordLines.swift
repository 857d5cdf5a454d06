import Foundation

/// The rows of the national data files: comma-separated, a fixed header, no
/// quoted fields (a source names its pages with `;` between them), blank
/// lines skipped; each row with its line number and its fields' columns.
struct RecordLines {
  struct Row {
    let line: Int
    let fields: [String]

    /// The 1-based column where field `k` starts.
    func column(_ k: Int) -> Int { fields[..<k].reduce(1) { $0 + $1.count + 1 } }
  }

  static func rows(_ text: String, header: [String]) throws(NationalRecordProblem) -> [Row] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    guard let first = lines.first, first.split(separator: ",", omittingEmptySubsequences: false).map(String.init) == header else {
      throw NationalRecordProblem(line: 1, column: 1, "the header must be \(header.joined(separator: ","))")
    }
    var rows: [Row] = []
    for (i, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == header.count else {
        throw NationalRecordProblem(line: i + 1, column: 1, "expected \(header.count) fields, found \(fields.count)")
      }
      rows.append(Row(line: i + 1, fields: fields))
    }
    return rows
  }
}
