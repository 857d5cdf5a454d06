import ArgumentParser
import Foundation
import ScenarioFormat
import SimulationCore

/// `tzsim import`: the planners' own data in, reduced to what the model needs.
struct ImportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import the planners' own data as aggregates.",
    subcommands: [ImportRegistrantsCommand.self])
}

/// `tzsim import registrants FILE`: the monthly list of new registrants, as counts per commune and month.
struct ImportRegistrantsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "registrants",
    abstract: "Count the list of new registrants per commune and month; keep nothing else.",
    discussion: """
      Reads the list as exported (CSV with `;`, `,` or tabs, UTF-8 or Windows-1252) and
      writes only counts: registrants-by-commune.csv (month, INSEE code, commune, count)
      and invitations.yaml (the monthly list size and its split by commune, to paste into
      a scenario). No name, identifier, address or date of birth is written or printed,
      not even in an error message. A list whose newest registration is more than 60
      days old is refused (it should have been deleted) unless --force is given.
      See docs/vos-donnees.md.

      Example:
        tzsim import registrants liste-fevrier.csv --output out/inscrits
      """)

  @Argument(help: "The list, as exported.")
  var file: String

  @Option(help: "Output folder (default: out/registrants).")
  var output: String = "out/registrants"

  @Option(help: "Header of the column with the commune's INSEE code (default: code_insee, depcom, …).")
  var communeColumn: String?

  @Option(help: "Header of the column with the commune's name (default: commune, ville, …).")
  var nameColumn: String?

  @Option(help: "Header of the column with the postcode (default: code_postal, cp).")
  var postcodeColumn: String?

  @Option(help: "Header of the column with the registration date (default: date_inscription, date, …).")
  var dateColumn: String?

  @Option(help: "Today's date, YYYY-MM-DD, for the retention check (default: the system's date).")
  var today: String?

  @Flag(help: "Import a list older than the retention period anyway.")
  var force = false

  @Flag(help: "Write the CSV for a French spreadsheet (';', UTF-8 BOM).")
  var excelFr = false

  func run() async throws {
    try await reporting {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw Failure.usage("\(file): error: no such file", hint: "give the path of the exported list")
      }
      let now: CivilDate
      if let today {
        guard let d = CivilDate(iso: today) else { throw Failure.usage("error: --today expects YYYY-MM-DD, got `\(today)`", hint: nil) }
        now = d
      } else {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Paris")!, from: Date())
        now = CivilDate(year: c.year!, month: c.month!, day: c.day!)!
      }
      let list: RegistrantsImport
      do {
        list = try RegistrantsImport(
          bytes: [UInt8](data), file: file,
          columns: .init(code: communeColumn, name: nameColumn, postcode: postcodeColumn, date: dateColumn), today: now, force: force)
      } catch let problem as ImportProblem {
        throw Failure.usage("\(problem.file): error: \(problem.message)", hint: problem.hint)
      }
      let out = try OutputDirectory(path: output)
      do {
        try out.write("registrants-by-commune.csv", list.csv(french: excelFr))
        try out.write("invitations.yaml", list.invitationsYAML(file: URL(fileURLWithPath: file).lastPathComponent))
        try out.commit()
      } catch {
        out.discard()
        throw error
      }
      func lines(_ l: [Int]) -> String { l.prefix(10).map(String.init).joined(separator: ", ") + (l.count > 10 ? ", …" : "") }
      let counted = list.counts.reduce(0) { $0 + $1.count }
      var report = [
        "read \(list.rows) rows (\(list.encoding), separator `\(list.delimiter == "\t" ? "tab" : String(list.delimiter))`): \(counted) counted over \(list.months.count) month(s) in \(list.byCommune.count) commune(s)"
      ]
      if list.blankRows > 0 { report.append("  \(list.blankRows) blank row(s) skipped") }
      if list.duplicateRows > 0 { report.append("  \(list.duplicateRows) duplicate row(s) counted once") }
      if !list.unknownCommuneLines.isEmpty {
        report.append(
          "  \(list.unknownCommuneLines.count) row(s) with a commune not recognised in the territory: lines \(lines(list.unknownCommuneLines))"
        )
      }
      if !list.badDateLines.isEmpty {
        report.append("  \(list.badDateLines.count) row(s) with no readable registration date: lines \(lines(list.badDateLines))")
      }
      report.append("wrote \(out.destination.path)/registrants-by-commune.csv and invitations.yaml; now delete the list itself")
      print(report.joined(separator: "\n"))
    }
  }
}
