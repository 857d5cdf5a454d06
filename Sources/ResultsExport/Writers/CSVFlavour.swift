import Foundation
import SimulationCore
import TerritoryModel

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

  /// A text field: never read as a formula, quoted when it holds a separator,
  /// a quote or a line break (``SpreadsheetCell``).
  func field(_ s: String) -> String { SpreadsheetCell.field(s, separator: separator) }

  func row(_ fields: [String]) -> String { fields.joined(separator: separator) + "\n" }

  /// A header row: English column names for programs, French ones for a French spreadsheet.
  func header(_ standard: [String], french: [String]) -> String {
    bom + row((self == .standard ? standard : french).map(field))
  }

  /// The French name of a KPI, a column the French files add beside the stable id.
  func kpiName(_ id: String) -> [String] {
    self == .standard ? [] : [field(KPI.named(id).map(\.name.fr) ?? id)]
  }
}
