import TerritoryModel
import Testing

/// The one grammar of a key's place: parsed and printed in one type.
@Suite("Parameter paths: one parser, one printer")
struct ParameterPathTests {
  @Test(
    "every form the files, messages and command line use reads and prints back",
    arguments: [
      "sites[troyes].walk_ins_per_week", "tzcld.ebe.hiring_capacity[0].per_month", "communes[10387]", "sites[].advisors",
      "options[more].set", "money.smic_monthly_eur[2].value", "name", "workshops[].sessions[].every_weeks",
    ])
  func roundTrip(_ text: String) {
    #expect(ParameterPath(parsing: text).description == text)
  }

  @Test("segments, entries with dots, patterns, and building a path")
  func segments() {
    let p = ParameterPath(parsing: "sites[troyes].walk_ins_per_week")
    #expect(p.segments == [.key("sites"), .entry("troyes"), .key("walk_ins_per_week")])
    #expect(p.pattern.description == "sites[].walk_ins_per_week")
    #expect(ParameterPath(parsing: "a[1.5].b").segments == [.key("a"), .entry("1.5"), .key("b")])
    #expect(ParameterPath(parsing: "a..b").segments == [.key("a"), .key("b")], "empty words are skipped")
    #expect(ParameterPath().key("sites").entry("troyes").key("advisors").description == "sites[troyes].advisors")
    #expect(ParameterPath().entry("10387").description == "[10387]")
    #expect(ParameterPath(parsing: "").isEmpty)
  }

  @Test("every declared range's key is a pattern the grammar prints as written")
  func rangeKeys() {
    for r in ParameterRange.all {
      let p = ParameterPath(parsing: r.key)
      #expect(p.description == r.key && p.pattern == p, "\(r.key)")
    }
  }
}
