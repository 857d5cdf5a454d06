import Foundation
import ScenarioFormat
import TerritoryModel
import Testing

/// The national study file: the shipped one reads with its sources, and each
/// mistake is placed at its line and column.
@Suite("National study file")
struct NationalStudyFileTests {
  static let shipped = "Scenarios/tzcld-national.yaml"

  /// Reads files the study names from Scenarios/ (as the command line does beside the study).
  static func read(_ name: String) -> [UInt8]? { try? TestPaths.bytes("Scenarios/\(name)") }

  static func decode(_ text: String, extra: [String: String] = [:]) throws(ScenarioErrors) -> NationalScenario {
    try NationalDecoder.decode(bytes: Array(text.utf8), file: "n.yaml") { name in extra[name].map { Array($0.utf8) } ?? read(name) }
  }

  static func problems(_ text: String, extra: [String: String] = [:]) -> [ScenarioError] {
    do {
      _ = try decode(text, extra: extra)
      return []
    } catch {
      return error.errors
    }
  }

  static var shippedText: String { get throws { String(decoding: try TestPaths.bytes(shipped), as: UTF8.self) } }

  @Test("The shipped study reads: the record's territories, Troyes from its own scenario, the calendar, the credits, the fit")
  func shippedStudy() throws {
    let s = try Self.decode(try Self.shippedText)
    #expect(NationalDecoder.isNational(try TestPaths.bytes(Self.shipped)))
    #expect(!NationalDecoder.isNational(try TestPaths.bytes("Scenarios/troyes-2020.yaml")))
    let p = s.parameters
    #expect(p.start == YearMonth(year: 2016, month: 11) && p.end == YearMonth(year: 2030, month: 12))
    #expect(p.calendar.count == 15 && p.calendar.last?.territories == 87 && p.territories.count == 87)
    #expect(p.credits.map(\.year) == Array(2020...2030) && p.credits.allSatisfy { !$0.source.isEmpty })
    let troyes = try #require(p.listed.first { $0.id == "troyes-champagne" })
    let ebe = try #require(troyes.detailed)
    #expect(ebe.scenario == "troyes-champagne-2023.yaml" && ebe.openingCohort == 17 && ebe.ppde == 650 && ebe.headcountCeiling == 80)
    #expect(ebe.objectives.map(\.id) == ["hires-2024", "troyes-plafond-2027"])
    #expect(troyes.habilitation == YearMonth(year: 2023, month: 6) && troyes.wave == 2)
    // The record gives openings and cohorts where it can.
    let pipriac = try #require(p.listed.first { $0.id == "pipriac-saint-ganton" })
    #expect(pipriac.opening == YearMonth(year: 2017, month: 1) && pipriac.openingCohort == 8 && pipriac.wave == 1)
    #expect(p.listed.first { $0.id == "thiers" }?.ppde == 290)
    #expect(s.fit?.keys.map(\.path) == ["wave_1.hires_per_month", "wave_1.headcount_ceiling"])
    #expect(Set(s.followingWave1).isSuperset(of: ["hires_per_month", "headcount_ceiling"]))
    #expect(p.profiles[1].openingDelayMonths != p.profiles[0].openingDelayMonths)
    #expect(s.detailedSources.map(\.file) == ["troyes-champagne-2023.yaml"])
    #expect(NationalPoints.shipped.points.count == 9 && NationalPoints.shipped.points.allSatisfy { !$0.source.isEmpty })
  }

  @Test("Mistakes are placed: an unknown key with its nearest, a bad month, a credit year twice, a missing scenario, shares not adding up")
  func mistakes() throws {
    let text = try Self.shippedText
    func one(_ from: String, _ to: String) throws -> [ScenarioError] {
      #expect(text.contains(from), "fixture: \(from)")
      return Self.problems(text.replacingOccurrences(of: from, with: to))
    }
    let unknown = try one("fund_rule: shared_cap", "fund_rul: shared_cap")
    #expect(unknown.contains { $0.path == "fund_rul" && $0.hint == "Did you mean `fund_rule`?" && $0.line == 14 && $0.column == 1 })
    let month = try one("end: 2030-12", "end: 2030-13")
    #expect(month.contains { $0.path == "end" && $0.line == 11 && $0.message.contains("YYYY-MM") })
    let twice = try one("{year: 2028, amount", "{year: 2027, amount")
    #expect(twice.contains { $0.path == "credits[8].year" && $0.message.contains("2027") })
    let missing = try one("scenario: troyes-champagne-2023.yaml", "scenario: nowhere.yaml")
    #expect(
      missing.contains {
        $0.path == "territories[troyes-champagne].scenario" && $0.line == 24 && $0.column == 15 && $0.message.contains("cannot be read")
      })
    let shares = try one(#"working_time: {"1.0": 0.5, "0.8": 0.25"#, #"working_time: {"1.0": 0.6, "0.8": 0.25"#)
    #expect(shares.contains { $0.path == "profiles.wave_1.working_time" && $0.message.contains("add up to 1") })
    let rule = try one("fund_rule: shared_cap", "fund_rule: queue")
    #expect(rule.contains { $0.message.contains("`queue` is not a fund rule") })
    let fit = try one("key: wave_1.hires_per_month", "key: wave_1.exit_per_year")
    #expect(fit.contains { $0.message.contains("is not a number of a profile a fit may set") })
  }

  @Test("A record named by the study is read beside it; its refusals keep their line and column")
  func otherRecord() throws {
    let text = try Self.shippedText.replacingOccurrences(of: "record: embedded", with: "record: mine.csv")
    let header = NationalRecord.header.joined(separator: ",")
    let good = header + "\nnew-place,10,2024-01,EBE,2024-06,headcount,12,a source\n"
    let s = try Self.decode(text, extra: ["mine.csv": good])
    #expect(s.record.territories.map(\.id) == ["new-place"])
    #expect(
      s.parameters.listed.contains { $0.id == "new-place" && $0.opening == YearMonth(year: 2024, month: 6) && $0.openingCohort == 12 })
    let bad = header + "\nnew-place,10,2024-01,EBE,2024-06,headcount,twelve,a source\n"
    let problems = Self.problems(text, extra: ["mine.csv": bad])
    #expect(problems.contains { $0.file == "mine.csv" && $0.line == 2 && $0.column == 44 && $0.path == "record" })
  }
}
