import Foundation
public import SimulationCore
public import TerritoryModel

/// The monthly list of new registrants that Pôle emploi / France Travail
/// sends the territory, reduced to what the model needs: **counts per commune
/// and month**. Nothing that identifies a person is kept, written or quoted —
/// not even in a message, which gives a line number and a column's header at
/// most.
///
/// ```swift
/// let list = "nom;prenom;commune;date_inscription\nA;B;Troyes;03/02/2025\n"
/// let counts = try RegistrantsImport(
///   bytes: Array(list.utf8), file: "liste.csv", today: CivilDate(iso: "2025-03-01")!)
/// print(counts.counts)  // [RegistrantsImport.Count(month: "2025-02", inseeCode: "10387", count: 1)]
/// ```
public struct RegistrantsImport: Sendable {
  /// One commune's registrants in one month.
  public struct Count: Sendable, Equatable {
    public let month: String
    public let inseeCode: String
    public let count: Int

    public init(month: String, inseeCode: String, count: Int) {
      self.month = month
      self.inseeCode = inseeCode
      self.count = count
    }
  }

  /// Which header names hold what; `nil` picks the usual names.
  public struct Columns: Sendable {
    public var code: String?
    public var name: String?
    public var postcode: String?
    public var date: String?

    public init(code: String? = nil, name: String? = nil, postcode: String? = nil, date: String? = nil) {
      self.code = code
      self.name = name
      self.postcode = postcode
      self.date = date
    }

    static let usualCode = ["code_insee", "insee", "code insee", "code commune", "code_commune", "depcom", "codgeo", "com"]
    static let usualName = ["commune", "nom_commune", "nom commune", "libelle_commune", "libellé commune", "ville", "localite", "localité"]
    static let usualPostcode = ["code_postal", "code postal", "cp", "codepostal"]
    static let usualDate = ["date_inscription", "date d'inscription", "date inscription", "dat_ins", "date", "mois"]
  }

  /// The rule the retention check quotes.
  public static let retentionRule =
    "the list of new registrants is sent for the invitations only, must be deleted within two months of its receipt and is never passed to a third party (2019 deliberation of Troyes Champagne Métropole, annex)"

  public let counts: [Count]
  public let rows: Int
  public let blankRows: Int
  public let duplicateRows: Int
  /// Lines whose commune is not one of the territory's (or could not be read).
  public let unknownCommuneLines: [Int]
  /// Lines whose date could not be read.
  public let badDateLines: [Int]
  public let encoding: String
  public let delimiter: Character

  /// Reads a list. - Throws: ``ImportProblem`` (no row content in it).
  public init(
    bytes: [UInt8], file: String, columns: Columns = Columns(), directory: CommuneDirectory = .troyesChampagneMetropole,
    today: CivilDate, retentionDays: Int = 60, force: Bool = false
  ) throws(ImportProblem) {
    let table = try CSVTable(bytes: bytes, file: file)
    encoding = table.encoding
    delimiter = table.delimiter
    func column(_ given: String?, _ usual: [String], what: String, required: Bool) throws(ImportProblem) -> Int? {
      let names = table.header.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
      if let given {
        guard let i = names.firstIndex(of: given.lowercased()) else {
          throw ImportProblem(
            file: file, "no column `\(given)` (for \(what)); the columns are: \(table.header.joined(separator: ", "))",
            hint: "give the header as written in the file's first line")
        }
        return i
      }
      if let i = names.firstIndex(where: { usual.contains($0) }) { return i }
      if required {
        throw ImportProblem(
          file: file, "no column for \(what); the columns are: \(table.header.joined(separator: ", "))",
          hint: "name it with \(what == "the registration date" ? "--date-column" : "--commune-column or --name-column")")
      }
      return nil
    }
    let codeColumn = try column(columns.code, Columns.usualCode, what: "the commune's INSEE code", required: false)
    let nameColumn = try column(columns.name, Columns.usualName, what: "the commune's name", required: false)
    let postcodeColumn = try column(columns.postcode, Columns.usualPostcode, what: "the postcode", required: false)
    guard codeColumn != nil || nameColumn != nil else {
      throw ImportProblem(
        file: file, "no column for the commune (INSEE code or name); the columns are: \(table.header.joined(separator: ", "))",
        hint: "name it with --commune-column (INSEE code) or --name-column (commune name)")
    }
    let dateColumn = try column(columns.date, Columns.usualDate, what: "the registration date", required: true)!

    let matcher = CommuneMatcher(directory: directory)
    var tally: [String: Int] = [:]
    var seen = Set<[String]>()
    var blank = 0
    var duplicates = 0
    var unknown: [Int] = []
    var badDates: [Int] = []
    var latest: CivilDate?
    var rows = 0
    for (line, fields) in table.records {
      if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
        blank += 1
        continue
      }
      rows += 1
      // Duplicates are found in memory only; nothing of the row is kept after the import.
      if !seen.insert(fields).inserted {
        duplicates += 1
        continue
      }
      func cell(_ i: Int?) -> String? { i.flatMap { $0 < fields.count ? fields[$0] : nil } }
      guard let date = Self.date(cell(dateColumn) ?? "") else {
        badDates.append(line)
        continue
      }
      guard let code = matcher.match(code: cell(codeColumn), name: cell(nameColumn), postcode: cell(postcodeColumn)) else {
        unknown.append(line)
        continue
      }
      latest = max(latest ?? date, date)
      tally[String(format: "%04d-%02d", date.year, date.month) + "|" + code, default: 0] += 1
    }
    if let latest, latest.days(until: today) > retentionDays, !force {
      throw ImportProblem(
        file: file,
        "the newest registration is of \(latest), more than \(retentionDays) days before \(today): this list should have been deleted (\(Self.retentionRule))",
        hint: "import a list within two months of its receipt, or pass --force if you must (and delete the list afterwards)")
    }
    counts = tally.map { key, n in
      let p = key.split(separator: "|")
      return Count(month: String(p[0]), inseeCode: String(p[1]), count: n)
    }.sorted { ($0.month, $0.inseeCode) < ($1.month, $1.inseeCode) }
    self.rows = rows
    blankRows = blank
    duplicateRows = duplicates
    unknownCommuneLines = unknown
    badDateLines = badDates
  }

  /// "03/02/2025", "3/2/2025", "2025-02-03", "2025-02" (a month) → a date; years outside
  /// 1900–2200 are not registration dates.
  static func date(_ text: String) -> CivilDate? {
    parsedDate(text).flatMap { (1900...2200).contains($0.year) ? $0 : nil }
  }

  static func parsedDate(_ text: String) -> CivilDate? {
    let s = text.trimmingCharacters(in: .whitespaces)
    if let d = CivilDate(iso: String(s.prefix(10))) { return d }
    let slash = s.split(separator: " ").first.map { $0.split(separator: "/") } ?? []
    if slash.count == 3, let d = Int(slash[0]), let m = Int(slash[1]), var y = Int(slash[2]) {
      if y < 100 { y += 2000 }
      return CivilDate(year: y, month: m, day: d)
    }
    let dash = s.split(separator: "-")
    if dash.count == 2, dash[0].count == 4, let y = Int(dash[0]), let m = Int(dash[1]) { return CivilDate(year: y, month: m, day: 1) }
    return nil
  }

  /// The months the list covers.
  public var months: [String] { Array(Set(counts.map(\.month))).sorted() }

  /// Counts per commune over all months.
  public var byCommune: [String: Int] { counts.reduce(into: [:]) { $0[$1.inseeCode, default: 0] += $1.count } }

  /// `registrants-by-commune.csv`: month, INSEE code, commune name, count.
  public func csv(french: Bool, directory: CommuneDirectory = .troyesChampagneMetropole) -> String {
    let sep = french ? ";" : ","
    var out = (french ? "\u{FEFF}mois;code_insee;commune;inscrits\n" : "month,insee_code,commune,registrants\n")
    for c in counts {
      let name = directory.commune(c.inseeCode)?.name ?? ""
      out += [c.month, c.inseeCode, SpreadsheetCell.field(name, separator: sep), String(c.count)].joined(separator: sep) + "\n"
    }
    return out
  }

  /// The `invitations` figures of a scenario: the monthly list size (mean
  /// over the months imported) and the split by commune.
  public func invitationsYAML(file: String) -> String {
    let total = counts.reduce(0) { $0 + $1.count }
    let perMonth = months.isEmpty ? 0 : Double(total) / Double(months.count)
    var out =
      "# From \(file): \(total) new registrants over \(months.count) month(s) (\(months.first ?? "")–\(months.last ?? "")), counted by tzsim import registrants.\n"
    out += "# Paste into the scenario's `invitations` section; the list itself must be deleted.\n"
    out += "new_registrants_per_month: \(perMonth.shortestText)\n"
    out += "commune_weights:                # registrants per commune over those months: the list's split\n"
    for (code, n) in byCommune.sorted(by: { $0.key < $1.key }) { out += "  \"\(code)\": \(n)\n" }
    return out
  }
}
