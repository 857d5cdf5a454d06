import ArgumentParser
import Foundation
import ResultsExport
import Studies

/// Options of the files and messages: shared by `run`, `compare` and `merge`,
/// which must be given the same ones to write the same bytes.
struct PresentationOptions: ParsableArguments {
  @Flag(help: "Write CSV files for a French spreadsheet (';', decimal comma, UTF-8 BOM).")
  var excelFr = false

  @Option(help: "Report language: fr or en.")
  var lang: ReportLanguage = .fr

  @Flag(help: "Print nothing but errors.")
  var quiet = false

  @Flag(help: "Also print the report to report.pdf (A4), with Chromium or Chrome if installed.")
  var pdf = false

  var flavour: CSVFlavour { excelFr ? .frenchExcel : .standard }

  /// The command that writes a study's files again (``Study/reproducingArguments(language:frenchExcel:observed:)``).
  func reproducing(_ study: Study, observed: Bool = false) -> [String] {
    study.reproducingArguments(language: lang, frenchExcel: excelFr, observed: observed)
  }
}
