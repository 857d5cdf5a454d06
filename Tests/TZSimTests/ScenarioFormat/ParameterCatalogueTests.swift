import Foundation
import ScenarioFormat
import TerritoryModel
import Testing

/// The parameter catalogue (``ParameterKey``): setting a value through it gives
/// exactly the parameters a scenario file with that value gives, and each key
/// is spelled once.
@Suite("Parameter catalogue: one key, one owner")
struct ParameterCatalogueTests {
  static let shipped = ["troyes-2020", "troyes-2020-staffing", "troyes-champagne-2023", "starter"]

  static func scenario(_ name: String) throws -> Scenario {
    try ScenarioDecoder.decode(bytes: TestPaths.bytes("Scenarios/\(name).yaml"), file: "\(name).yaml")
  }

  /// Another value in the key's range, near `x`.
  static func another(_ x: Double, _ r: ParameterRange) -> Double {
    let candidates = r.isInteger ? [x + 1, x - 1] : [x * 0.9, x + 0.01, x - 0.01, (r.lower + r.upper) / 2]
    return candidates.first { r.contains($0) } ?? x
  }

  /// Values a file may leave out (the directory's populations, the default
  /// money tables) can be set through the catalogue but not patched into the
  /// file: those are compared only where the file has them.
  @Test("setting a value through the catalogue equals writing it in the file, for every settable value of the shipped scenarios")
  func sameAsTheFile() throws {
    var compared = 0
    for name in Self.shipped {
      let s = try Self.scenario(name)
      for (key, path, value) in s.parameters.settableValues where key != .communePopulation {
        let x = Self.another(value, key.range)
        let option = StaffingOption(id: "t", name: "t", overrides: [(path.description, x.shortestText)], yearlyCostEUR: 0)
        guard ScenarioDecoder.overrideProblem(path: path.description, in: s) == nil else { continue }
        let viaFile = try? ScenarioDecoder.parameters(of: option, in: s, file: "\(name).yaml")
        var viaCatalogue = try? s.parameters.setting([(path, x)])
        viaCatalogue?.name = viaFile?.name ?? ""
        #expect(viaCatalogue == viaFile, "\(name): \(path) = \(x.shortestText)")
        if let p = viaCatalogue { #expect(key.values(in: p).first { $0.path == path }?.value == x, "\(path) reads back") }
        compared += 1
      }
    }
    #expect(compared > 150)
  }

  @Test("a site's advisor count and share as a number in the file makes them: the count keeps the first, the share sets all")
  func advisorsAsTheFileMakesThem() throws {
    let s = try Self.scenario("troyes-2020-staffing")
    for (path, x) in [("sites[troyes].advisors", 3.0), ("sites[troyes].availability_share", 0.4)] {
      let option = StaffingOption(id: "t", name: "t", overrides: [(path, x.shortestText)], yearlyCostEUR: 0)
      var viaFile = try ScenarioDecoder.parameters(of: option, in: s, file: "s.yaml")
      viaFile.name = s.parameters.name
      #expect(try s.parameters.setting([(ParameterPath(parsing: path), x)]) == viaFile, "\(path)")
    }
    let three = try s.parameters.setting([("sites[troyes].advisors", 3)])
    let one = try three.setting([("sites[troyes].advisors", 1)])
    #expect(one == s.parameters, "down to one advisor gives the scenario back")
    // A site's share reads as its advisors' common share (the value "if the assumption holds"), and none once they differ.
    let share = ParameterPath(parsing: "sites[troyes].availability_share")
    #expect(ParameterKey.siteAvailabilityShare.value(at: share, in: s.parameters) == s.parameters.sites[0].advisors[0].availabilityShare)
    #expect(ParameterKey.siteAvailabilityShare.value(at: share, in: try s.parameters.setting([(share, 0.4)])) == 0.4)
    var mixed = try three.setting([(share, 0.4)])
    mixed.sites[0].advisors[2].availabilityShare = 0.5
    #expect(ParameterKey.siteAvailabilityShare.value(at: share, in: mixed) == nil)
    let walkIns = ParameterPath(parsing: "sites[troyes].walk_ins_per_week")
    #expect(ParameterKey.walkInsPerWeek.value(at: walkIns, in: s.parameters) == s.parameters.sites[0].walkInsPerWeek)
  }

  @Test("what cannot be set is refused with its reason, and nothing changes")
  func refusals() throws {
    let p = try Self.scenario("troyes-2020").parameters
    let cases: [(String, Double, String)] = [
      ("sites[nowhere].advisors", 2, "names nothing in the scenario"),
      ("sites[troyes].advisers", 2, "names nothing in the scenario"),
      ("sites[troyes].advisors", 2.5, "must be a whole number between 1 and 1000 (advisors), found 2.5"),
      ("pathways.choice.workshops", 0.5, "is a share of a law whose shares must sum to 1"),
      ("invitations.retention_days", 90, "must be a number in (0, 60] (days), found 90"),
      ("tzcld.communes[10387].initial_stock_per_1000", 30, "is read into `initial_stock` with the commune's population"),
    ]
    for (path, x, message) in cases {
      let error = #expect(throws: ParameterError.self) { try p.setting([(ParameterPath(parsing: path), x)]) }
      #expect(error?.issues.first?.message == message, "\(path)")
    }
    #expect(p.settingProblem("sites[troyes].advisers")?.hint == "did you mean `sites[troyes].advisors`?")
    #expect(p.settingProblem("sites[troyes].advisors") == nil)
  }

  @Test("every key's pattern parses and prints back, names are unique per place, and every range is in the catalogue")
  func wellFormed() {
    #expect(Set(ParameterKey.all.map(\.description)).count == ParameterKey.all.count)
    for key in ParameterKey.all {
      #expect(key.pattern.description == key.range.key)
      #expect(ParameterKey.named(key.pattern) == key)
      #expect(!key.french.isEmpty && !key.english.isEmpty)
    }
    #expect(ParameterRange.all == ParameterKey.all.map(\.range))
  }

  /// The Swift files of `Sources/` that spell `word` in quotes or code.
  static func filesSpelling(_ word: String) throws -> [String] {
    let root = TestPaths.file("Sources")
    let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
    return try files.filter { $0.pathExtension == "swift" }.filter { try String(contentsOf: $0, encoding: .utf8).contains(word) }
      .map { $0.lastPathComponent }.sorted()
  }

  @Test("the issue's five keys are spelled in at most two Swift files: the catalogue and one use")
  func spelledOnce() throws {
    for word in ["walk_ins_per_week", "response_probability", "volunteer_probability", "hiring_capacity", "employer_cost_factor"] {
      let files = try Self.filesSpelling(word)
      #expect(files.contains("ParameterKey+Catalogue.swift") && files.count <= 2, "`\(word)` is spelled in \(files)")
    }
  }
}
