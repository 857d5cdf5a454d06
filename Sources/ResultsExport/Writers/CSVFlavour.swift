import Foundation

/// How CSV files are written.
public enum CSVFlavour: Sendable {
  /// Comma separator, decimal point, no BOM: for programs and English spreadsheets.
  case standard
  /// Semicolon separator, decimal comma, UTF-8 byte-order mark: opens as is in a
  /// French LibreOffice or Excel.
  case frenchExcel

  var separator: String { self == .standard ? "," : ";" }
  var bom: String { self == .standard ? "" : "\u{FEFF}" }

  func number(_ x: Double) -> String { self == .standard ? NumberText.plain(x) : NumberText.french(x) }

  /// A field, quoted when it holds the separator, a quote or a line break.
  func field(_ s: String) -> String {
    if s.contains(separator) || s.contains("\"") || s.contains("\n") || s.contains(",") || s.contains(";") {
      return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return s
  }

  func row(_ fields: [String]) -> String { fields.joined(separator: separator) + "\n" }
}
