import Foundation
import ResultsExport
import ScenarioFormat
import Stochastic
import Studies
import TerritoryModel
import Testing

/// The national study end to end: its fit recovers a hidden truth, its
/// tallies do not depend on jobs or shards, its report holds what it says.
@Suite("National study")
struct NationalStudyTests {
  static func study(_ text: String, extra: [String: String] = [:], replications: Int? = nil) throws -> NationalStudy {
    var s = try NationalDecoder.decode(bytes: Array(text.utf8), file: "n.yaml") { name in
      extra[name].map { Array($0.utf8) } ?? (try? TestPaths.bytes("Scenarios/\(name)"))
    }
    if let replications { s.replications = replications }
    return NationalStudy(scenario: s, file: "n.yaml")
  }

  static var shippedText: String { get throws { String(decoding: try TestPaths.bytes("Scenarios/tzcld-national.yaml"), as: UTF8.self) } }

  /// Six first-wave territories opened in February 2017 with 12 people, observed every six months.
  static let places = ["aa", "bb", "cc", "dd", "ee", "ff"]
  static let months = ["2017-08", "2018-02", "2018-08", "2019-02", "2019-08", "2020-06"]
  static func record(_ values: [String: Double]) -> String {
    var csv = NationalRecord.header.joined(separator: ",") + "\n"
    for p in places {
      csv += "\(p),10,2016-11-24,EBE,2016-11,ppde_estimate,400,synthetic\n\(p),10,2016-11-24,EBE,2017-02,headcount,12,synthetic\n"
      for m in months { csv += "\(p),10,2016-11-24,EBE,\(m),headcount,\(values["\(p)@\(m)"] ?? 0),synthetic\n" }
    }
    return csv
  }

  @Test("The fit recovers a hidden truth: the first wave's pace and ceiling within three standard errors")
  func hiddenTruth() async throws {
    let text = try Self.shippedText.replacingOccurrences(of: "record: embedded", with: "record: synthetic.csv")
    // The observations: the model's mean at the truth (another seed, 400 replications).
    let truth = (pace: 2.5, ceiling: 60.0)
    let blank = try Self.study(text, extra: ["synthetic.csv": Self.record([:])])
    var p = blank.scenario.parameters.setting("wave_1.hires_per_month", truth.pace).setting("wave_1.headcount_ceiling", truth.ceiling)
    p.rule = .unlimited
    var other = blank.scenario
    other.seed = 99
    let summary = await NationalStudy(scenario: other, file: "n.yaml").run(p, replications: 400, jobs: 2).summary()
    let moments = blank.moments(p)
    var values: [String: Double] = [:]
    for (m, band) in zip(moments, summary.watched) { values["\(m.territory)@\(m.month.description)"] = (band.mean * 10).rounded() / 10 }
    #expect(values.count == 36)
    let study = try Self.study(text, extra: ["synthetic.csv": Self.record(values)])
    let (fitted, fit) = try await study.fitted(jobs: 2)
    let outcome = try #require(fit?.outcome)
    #expect(outcome.moments == 36)
    let pace = try #require(outcome.fitted.first { $0.key.path == "wave_1.hires_per_month" })
    let ceiling = try #require(outcome.fitted.first { $0.key.path == "wave_1.headcount_ceiling" })
    #expect(abs(pace.value - truth.pace) < 3 * pace.standardError, "pace \(pace.value) ± \(pace.standardError)")
    #expect(abs(ceiling.value - truth.ceiling) < 3 * ceiling.standardError, "ceiling \(ceiling.value) ± \(ceiling.standardError)")
    #expect(pace.standardError < 1 && ceiling.standardError < 10)
    // Wave 2 follows wave 1's fitted numbers.
    #expect(fitted.profiles[1].hiresPerMonth == pace.value && fitted.profiles[1].headcountCeiling == ceiling.value)
  }

  @Test("Tallies do not depend on jobs or shards: slices merged equal the whole, and a partial reads back")
  func shards() async throws {
    let study = try Self.study(try Self.shippedText)
    let prepared = study.prepared(from: nil)
    let whole = await study.tallies(prepared, replications: 0..<6, jobs: 1)
    let a = await study.tallies(prepared, replications: 0..<2, jobs: 2)
    let b = await study.tallies(prepared, replications: 2..<6, jobs: 2)
    var merged = a.capped
    merged.merge(b.capped)
    #expect(merged == whole.capped)
    var free = try #require(a.unlimited)
    free.merge(try #require(b.unlimited))
    #expect(free == whole.unlimited)
    #expect(merged.replications == 6)
    let partials = [(a, Shard(index: 1, count: 2), 0..<2), (b, Shard(index: 2, count: 2), 2..<6)].map { t, shard, range in
      NationalPartial(
        program: "test", scenario: study.scenario, file: "n.yaml", replications: 6, shard: shard, range: range, fit: nil, capped: t.capped,
        unlimited: t.unlimited)
    }
    let files = try partials.reversed().map { (path: "p\($0.shard)", data: try $0.encoded()) }
    let gathered = try NationalPartial.gather(files)
    #expect(gathered.map(\.shard) == [1, 2])
    let back = try NationalPartial.merged(gathered)
    #expect(back.capped == whole.capped && back.unlimited == whole.unlimited)
    let reportWhole = study.report(prepared, capped: whole.capped, unlimited: whole.unlimited)
    let reportMerged = back.study.report(back.prepared, capped: back.capped, unlimited: back.unlimited)
    #expect(reportWhole.files(flavour: .standard).map(\.text) == reportMerged.files(flavour: .standard).map(\.text))
    #expect(throws: StudyProblem.self) { try NationalPartial.gather([files[0]]) }
    // Forged partials are refused, never a crash: a shard count of 0, a tally of another shape.
    var zero = partials[0]
    zero.shards = 0
    #expect(throws: StudyProblem.self) { try NationalPartial.gather([(path: "z", data: try zero.encoded())]) }
    var other = partials[1]
    var shrunk = try #require(
      try JSONSerialization.jsonObject(with: try other.encoded()) as? [String: Any])
    var tally = try #require(shrunk["capped"] as? [String: Any])
    tally["refusedSums"] = [Int]()
    shrunk["capped"] = tally
    let forged = try JSONSerialization.data(withJSONObject: shrunk)
    other = try JSONDecoder().decode(NationalPartial.self, from: forged)
    #expect(throws: StudyProblem.self) { try NationalPartial.merged([partials[0], other]) }
  }

  @Test("The report: the replay beside every published figure, the credits by year, Troyes' place, safe CSV")
  func report() async throws {
    let study = try Self.study(try Self.shippedText)
    let prepared = study.prepared(from: nil)
    let (capped, unlimited) = await study.tallies(prepared, replications: 0..<8, jobs: 2)
    let report = study.report(prepared, capped: capped, unlimited: unlimited)
    let files = Dictionary(uniqueKeysWithValues: report.files(flavour: .frenchExcel).map { ($0.name, $0.text) })
    for name in [
      "report.md", "report.html", "national-monthly.csv", "national-years.csv", "national-territories.csv", "national-salaries.svg",
      "national-salaries.csv", "national-credits.svg", "national-vagues.svg", "national-rampe-troyes-champagne.svg",
    ] {
      #expect(files[name] != nil, "\(name)")
    }
    let md = try #require(files["report.md"])
    #expect(md.contains("## Ce que la simulation rejoue") && md.contains("## L'argent du fonds face aux crédits votés"))
    #expect(md.contains("## Troyes Champagne Métropole dans sa vague") && md.contains("Règle modélisée"))
    #expect(report.replay.count == NationalPoints.shipped.points.count)
    let years = try #require(files["national-years.csv"]).split(separator: "\n")
    #expect(years.count == 1 + report.summary.years.count)
    // Every text cell is inert in a spreadsheet: no field starts with = + - @ (numbers aside).
    for (name, text) in files where name.hasSuffix(".csv") {
      for line in text.split(separator: "\n") {
        for cell in line.split(separator: ";") where cell.first.map({ "=+@".contains($0) }) == true {
          Issue.record("\(name): \(cell)")
        }
      }
    }
    #expect(report.headline.contains { $0.hasPrefix("2026 : crédits suffisants") })
  }
}
