import Foundation
import ScenarioFormat
import SimulationCore
import Stochastic
import TerritoryModel
import Testing

/// The list of new registrants in, counts out, and nothing of a person
/// anywhere: not in a file, not in a message.
@Suite("Import: the list of new registrants")
struct RegistrantsImportTests {
  static let today = CivilDate(iso: "2025-03-10")!

  @Test("counts per commune and month: codes or names, quotes, duplicates once, blanks and strangers reported")
  func counts() throws {
    let list = """
      id,nom,code_insee,commune,date_inscription
      1,"Durand, Jean",10387,,03/02/2025
      2,Martin,,ST ANDRE LES VERGERS,2025-02-11
      2,Martin,,ST ANDRE LES VERGERS,2025-02-11
      ,,,,
      3,Petit,75056,,04/02/2025
      4,Roux,10387,,hier
      5,Blanc,,Sainte-Savine,01/01/2025

      """
    let r = try RegistrantsImport(bytes: Array(list.utf8), file: "l.csv", today: Self.today)
    #expect(
      r.counts == [
        .init(month: "2025-01", inseeCode: "10362", count: 1), .init(month: "2025-02", inseeCode: "10333", count: 1),
        .init(month: "2025-02", inseeCode: "10387", count: 1),
      ])
    #expect(r.duplicateRows == 1 && r.blankRows == 1)
    #expect(r.unknownCommuneLines == [6])
    #expect(r.badDateLines == [7])
    #expect(r.months == ["2025-01", "2025-02"])
  }

  @Test("a list older than the retention period is refused, quoting the rule, unless forced")
  func retention() throws {
    let list = Array("commune;date\nTroyes;03/01/2025\n".utf8)
    let e = #expect(throws: ImportProblem.self) {
      try RegistrantsImport(bytes: list, file: "old.csv", today: CivilDate(iso: "2025-03-10")!)
    }
    #expect(e?.message.contains("must be deleted within two months") == true)
    let forced = try RegistrantsImport(bytes: list, file: "old.csv", today: CivilDate(iso: "2025-03-10")!, force: true)
    #expect(forced.byCommune == ["10387": 1])
  }

  @Test("the fake list: counts out, and no name, identifier, address or birth date in any file or message")
  func noPersonalData() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let fake = dir.appending(path: "liste.csv")
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", TestPaths.file("Scripts/make-fake-registrants.py").path, fake.path, "--rows", "400"]
    try p.run()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    // The personal cells: identifier, surname, first name, birth date, address.
    let text = String(data: try Data(contentsOf: fake), encoding: .windowsCP1252)!
    let rows = text.split(separator: "\r\n").dropFirst().map { $0.split(separator: ";", omittingEmptySubsequences: false) }
    var personal = Set<String>()
    for f in rows where f.count >= 5 && !f[0].isEmpty {
      for cell in f[0..<5] { personal.insert(String(cell).trimmingCharacters(in: CharacterSet(charactersIn: "\""))) }
    }
    #expect(personal.count > 1000)

    var seen: [String] = []
    let ok = try CommandLineTests.tzsim(["import", "registrants", "liste.csv", "--output", "counts", "--today", "2025-03-10"], in: dir)
    #expect(ok.status == 0, "\(ok.stderr)")
    seen += [ok.stdout, ok.stderr]
    for name in try FileManager.default.contentsOfDirectory(atPath: dir.appending(path: "counts").path) {
      seen.append(try String(contentsOf: dir.appending(path: "counts/\(name)"), encoding: .utf8))
    }
    // Messages on failure too: too old, a column that does not exist.
    let old = try CommandLineTests.tzsim(["import", "registrants", "liste.csv", "--output", "o2", "--today", "2026-01-01"], in: dir)
    #expect(old.status == 64)
    let column = try CommandLineTests.tzsim(["import", "registrants", "liste.csv", "--output", "o3", "--date-column", "nope"], in: dir)
    #expect(column.status == 64)
    seen += [old.stdout, old.stderr, column.stdout, column.stderr]
    for text in seen {
      for value in personal where text.contains(value) { Issue.record("`\(value)` was written or printed") }
    }
    let yaml = try String(contentsOf: dir.appending(path: "counts/invitations.yaml"), encoding: .utf8)
    #expect(yaml.contains("new_registrants_per_month: ") && yaml.contains("\"10387\": "))
    #expect(ok.stdout.contains("duplicate row(s) counted once") && ok.stdout.contains("not recognised in the territory: lines "))
  }

  @Test("commune weights from an import split the list: a commune left out gets no invitee")
  func weights() throws {
    var p = TerritoryFixtures.troyesLike()
    p.invitations!.communeWeights = ["10387": 62, "10333": 35]
    var m = try TerritorySimulation(parameters: p, seeder: StreamSeeder(masterSeed: 5), replication: 0)
    let r = m.run()
    func answers(_ code: String) -> Double { r.value("invitations.responded[commune=\(code)]") ?? 0 }
    #expect(answers("10387") > 0 && answers("10333") > 0)
    for c in p.communes where !["10387", "10333"].contains(c.inseeCode) { #expect(answers(c.inseeCode) == 0, "\(c.inseeCode)") }
    p.invitations!.communeWeights = ["99999": 1]
    #expect(throws: ParameterError.self) { try TerritoryPlan(parameters: p) }
  }

  @Test("a date outside 1900–2200 is not a registration date: counted as unreadable")
  func farDates() throws {
    let list = Array("commune;date\nTroyes;03/02/999999\nTroyes;03/02/2025\n".utf8)
    let r = try RegistrantsImport(bytes: list, file: "l.csv", today: Self.today)
    #expect(r.badDateLines == [2] && r.byCommune == ["10387": 1])
  }
}
