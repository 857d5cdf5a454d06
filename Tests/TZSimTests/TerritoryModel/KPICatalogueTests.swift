import Foundation
import ScenarioFormat
import Stochastic
import TerritoryModel
import Testing

/// The KPI catalogue is the one owner of every KPI identifier: what a run
/// produces, what objectives accept and what the documentation lists are all
/// checked against it.
@Suite("KPI catalogue")
struct KPICatalogueTests {
  /// The KPI identifiers a shipped scenario's first replication produces, yearly rows and monthly series.
  static func produced(_ path: String) throws -> Set<String> {
    try produced(ScenarioDecoder.decode(bytes: TestPaths.bytes(path), file: path).parameters)
  }

  static func produced(_ p: TerritoryParameters) throws -> Set<String> {
    var m = try TerritorySimulation(parameters: p, seeder: StreamSeeder(masterSeed: 7), replication: 0)
    let r = m.run()
    // Monthly series of a split figure are named by its key (`pce.accompanied[site=troyes]`).
    return Set(r.rows.map(\.kpi)).union(r.monthly.map { ResultRow.kpiOf($0.kpi) })
  }

  @Test("identifiers are unique and every entry has words in both languages")
  func entries() {
    #expect(Set(KPI.all.map(\.id)).count == KPI.all.count)
    for k in KPI.all {
      #expect(KPI.named(k.id) == k)
      for words in [k.name.fr, k.name.en, k.explanation.fr, k.explanation.en] {
        #expect(!words.isEmpty, "\(k.id)")
        #expect(!words.hasSuffix("."), "\(k.id): '\(words)' is a phrase, not a sentence")
      }
      for words in [k.explanation.fr, k.explanation.en] {
        // A phrase starts in lower case, unless with an acronym (ETP, PPDE).
        let two = Array(words.prefix(2))
        #expect(!(two[0].isUppercase && !two[1].isUppercase), "\(k.id): '\(words)'")
      }
    }
    #expect(KPI.named("pce.accompanied ") == nil)
  }

  @Test("what a run produces is in the catalogue, and every reported KPI is produced by a shipped scenario")
  func producedMatchesCatalogue() throws {
    var all: Set<String> = []
    for path in TestPaths.scenarios {
      let ids = try Self.produced(path)
      for id in ids {
        let k = KPI.named(id)
        #expect(k != nil, "\(path) produces `\(id)`, which the catalogue lacks")
        #expect(k?.isInternal != true, "\(path) reports the internal `\(id)`")
      }
      all.formUnion(ids)
    }
    // An EBE that empties its list (no shipped scenario reaches exhaustivity in one replication).
    all.formUnion(try Self.produced(TerritoryReductionTests.endlessList(capacity: 100, cohort: 0, stock: 5)))
    let reported = Set(KPI.all.filter { !$0.isInternal }.map(\.id))
    #expect(reported.subtracting(all).isEmpty, "never produced: \(reported.subtracting(all).sorted())")
  }

  @Test("objectives accept exactly the tracked KPIs, each a count or a level")
  func tracked() {
    #expect(Set(TrackedKPI.allCases.map(\.kpi)).count == TrackedKPI.allCases.count)
    #expect(KPI.all.filter(\.isTracked).count == TrackedKPI.allCases.count)
    for t in TrackedKPI.allCases {
      #expect(TrackedKPI(t.kpi) == t)
      #expect(t.kpi.kind == .count || t.kpi.kind == .level, "\(t.id)")
      #expect(!t.kpi.isInternal && !t.kpi.isMonthlyOnly)
    }
  }

  @Test("an objective on a KPI that is not tracked is refused, with the nearest tracked one as hint")
  func objectiveOnUntrackedKPI() throws {
    let text =
      ScenarioErrorTests.valid + """
        objectives:
          - id: wait
            kpi: pce.first_appointment_wait_days
            year: 2021
            at_least: 1
          - id: typo
            kpi: tzcld.headcont
            year: 2021
            at_least: 1

        """
    let error = #expect(throws: ScenarioErrors.self) { try ScenarioDecoder.decode(text: text, file: "o.yaml") }
    let message = error?.description ?? ""
    #expect(message.contains("`pce.first_appointment_wait_days` cannot be an objective"))
    #expect(message.contains("Did you mean `tzcld.headcount`?"))
  }

  /// The documentation's KPI table, as the catalogue writes it.
  static var markdownTable: String {
    var lines = ["| KPI | kind | unit | split by | what it counts |", "|---|---|---|---|---|"]
    for k in KPI.all {
      var kind = k.kind.rawValue
      if k.isTracked { kind += ", objective" }
      if k.isInternal { kind += ", internal" }
      if k.isMonthlyOnly { kind += ", monthly only" }
      let split = k.dimensions.map { "`\($0)=`" }.joined(separator: " ")
      lines.append("| `\(k.id)` | \(kind) | \(k.unit.rawValue) | \(split) | \(k.explanation.en) |")
    }
    return lines.joined(separator: "\n")
  }

  @Test("docs/territory-model.md lists the catalogue as it is")
  func documentation() throws {
    let doc = try String(contentsOf: TestPaths.file("docs/territory-model.md"), encoding: .utf8)
    let table = Self.markdownTable
    #expect(doc.contains(table), "replace the KPI table of docs/territory-model.md with:\n\(table)")
  }
}
