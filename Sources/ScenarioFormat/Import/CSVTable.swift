import Foundation

/// A delimited text file as French administrations export it: `;`, `,` or tab
/// separated, UTF-8 (with or without byte-order mark) or Windows-1252, quoted
/// fields with doubled quotes, CRLF or LF line ends.
public struct CSVTable: Sendable {
  /// The header's names, as written.
  public let header: [String]
  /// Each record with the line it starts on (1-based, the header is line 1).
  public let records: [(line: Int, fields: [String])]
  public let delimiter: Character
  public let encoding: String

  public init(bytes: [UInt8], file: String) throws(ImportProblem) {
    var body = bytes
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
    let text: String
    if let utf8 = String(validating: body, as: UTF8.self) {
      text = utf8
      encoding = "UTF-8"
    } else {
      text = String(body.map { Self.windows1252($0) })
      encoding = "Windows-1252"
    }
    let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
    let counts: [(Character, Int)] = [";", ",", "\t"].map { c in (c, firstLine.filter { $0 == c }.count) }
    guard let best = counts.max(by: { $0.1 < $1.1 }), best.1 > 0 else {
      throw ImportProblem(
        file: file, "the first line has no `;`, `,` or tab: this is not a delimited table",
        hint: "export the list as CSV (separator `;` or `,`) with a header line")
    }
    delimiter = best.0
    var rows: [(Int, [String])] = []
    var field = ""
    var fields: [String] = []
    var quoted = false
    var line = 1
    var start = 1
    var afterQuote = false
    for c in text {
      if quoted {
        if c == "\"" {
          quoted = false
          afterQuote = true
        } else {
          if c == "\n" || c == "\r\n" { line += 1 }
          field.append(c)
        }
        continue
      }
      switch c {
      case "\"":
        if afterQuote { field.append("\"") }  // a doubled quote inside a quoted field
        quoted = true
        afterQuote = false
      case delimiter:
        fields.append(field)
        field = ""
        afterQuote = false
      case "\n", "\r\n", "\r":
        fields.append(field)
        rows.append((start, fields))
        fields = []
        field = ""
        line += 1
        start = line
        afterQuote = false
      default:
        field.append(c)
        afterQuote = false
      }
    }
    if !field.isEmpty || !fields.isEmpty {
      fields.append(field)
      rows.append((start, fields))
    }
    if quoted { throw ImportProblem(file: file, "a quoted field opened on line \(start) is never closed", hint: "check the export") }
    guard let first = rows.first else { throw ImportProblem(file: file, "the file is empty") }
    header = first.1.map { $0.trimmingCharacters(in: .whitespaces) }
    records = Array(rows.dropFirst())
  }

  /// Windows-1252: Latin-1 plus the 0x80–0x9F block.
  static func windows1252(_ b: UInt8) -> Character {
    let table: [UInt8: UInt32] = [
      0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02C6, 0x89: 0x2030,
      0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022,
      0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]
    return Character(Unicode.Scalar(table[b] ?? UInt32(b)) ?? "?")
  }
}
