import TerritoryModel
import Testing

/// A figure's key: parsed and printed in one place, and the catalogue's words
/// (flags, what needs a `tzcld` section) in the catalogue.
@Suite("Result keys")
struct ResultKeyTests {
  @Test(
    "the four written forms read and print back",
    arguments: ["pce.accompanied", "pce.accompanied@2020", "pce.accompanied[site=troyes]", "pce.accompanied[site=troyes]@2020"])
  func roundTrip(_ text: String) {
    #expect(ResultKey(parsing: text).text == text)
  }

  @Test("parts, and a row's key is its ResultKey's text")
  func parts() {
    let k = ResultKey(parsing: "tzcld.exits[reason=employment]@2024")
    #expect(k.kpi == "tzcld.exits" && k.dimension == "reason=employment" && k.period == "2024")
    let row = ResultRow(kpi: "pce.accompanied", period: "2020", dimension: "site=troyes", value: 3)
    #expect(row.key == "pce.accompanied[site=troyes]@2020" && row.resultKey == ResultKey(parsing: row.key))
    #expect(ResultRow.kpiOf("pce.accompanied[site=a=b]@2020") == "pce.accompanied")
  }

  @Test("flags and TZCLD figures are the catalogue's to say")
  func catalogueWords() {
    #expect(KPI.isFlag("tzcld.exhaustivity_reached"))
    #expect(!KPI.isFlag("pce.accompanied") && !KPI.isFlag("not.a.kpi"))
    #expect(KPI.all.filter { $0.kind == .flag }.allSatisfy { KPI.isFlag($0.id) })
    #expect(KPI.all.filter(\.needsTZCLD).allSatisfy { $0.id.hasPrefix("tzcld.") })
    #expect(KPI.named("pce.accompanied")?.needsTZCLD == false)
  }
}
