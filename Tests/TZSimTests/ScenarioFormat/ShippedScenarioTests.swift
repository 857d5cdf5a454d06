import Foundation
import ScenarioFormat
import SimulationCore
import Stochastic
import TerritoryModel
import Testing
import Yams

@Suite("Scenarios: shipped files")
struct ShippedScenarioTests {
  @Test("the shipped scenarios are there: Troyes 2020, Troyes–Champagne 2023, a staffing one, a starter")
  func present() {
    let names = TestPaths.scenarios
    #expect(names.contains("Scenarios/troyes-2020.yaml"))
    #expect(names.contains("Scenarios/troyes-champagne-2023.yaml"))
    #expect(names.contains { $0.contains("staff") })
    #expect(names.contains("Scenarios/starter.yaml"))
  }

  @Test("every shipped scenario decodes and validates", arguments: TestPaths.scenarios)
  func decodes(_ path: String) throws {
    let s = try ScenarioDecoder.decode(bytes: TestPaths.bytes(path), file: path)
    _ = try TerritoryPlan(parameters: s.parameters)
    for option in s.options {
      let p = try ScenarioDecoder.parameters(of: option, in: s, file: path)
      _ = try TerritoryPlan(parameters: p)
      #expect(p != s.parameters, "option \(option.id) changes nothing")
    }
  }

  @Test("the effective dump reads back to the same scenario", arguments: TestPaths.scenarios)
  func roundTrip(_ path: String) throws {
    let s = try ScenarioDecoder.decode(bytes: TestPaths.bytes(path), file: path)
    let text = ScenarioWriter.effectiveYAML(s)
    let back = try ScenarioDecoder.decode(text: text, file: "effective")
    #expect(back.parameters == s.parameters)
    #expect(back.name == s.name && back.seed == s.seed && back.replications == s.replications && back.assumptions == s.assumptions)
    #expect(back.options == s.options)
    #expect(ScenarioWriter.effectiveYAML(back) == text, "the dump is a fixed point")
  }

  @Test("the embedded scenarios are byte-identical to the files in Scenarios/")
  func embedded() throws {
    #expect(EmbeddedScenarios.troyes2020 == (try TestPaths.bytes("Scenarios/troyes-2020.yaml")))
    #expect(EmbeddedScenarios.starter == (try TestPaths.bytes("Scenarios/starter.yaml")))
    #expect(EmbeddedScenarios.modele == (try TestPaths.bytes("Scenarios/modele.yaml")))
  }

  /// One source of defaults: a minimal file decodes to the parameter types' own defaults.
  @Test("a minimal document decodes to the defaults of the Swift parameter types")
  func defaults() throws {
    // The error table's valid document holds only the required keys.
    let text = ScenarioErrorTests.valid
    let s = try ScenarioDecoder.decode(text: text, file: "minimal.yaml")
    let expected = TerritoryParameters(
      name: "scenario", start: CivilDate(iso: "2021-01-01")!, end: CivilDate(iso: "2021-12-31")!,
      sites: [
        SiteParameters(
          id: "centre", name: "centre", commune: "10387",
          opening: try WeeklySchedule(
            days: [.monday, .tuesday, .wednesday, .thursday, .friday], windows: [TimeWindow(parsing: "09:00-12:00")!]),
          advisors: [AdvisorParameters(id: "centre-1")], walkInsPerWeek: 0, referralsPerWeek: 0)
      ])
    #expect(s.parameters == expected)
    #expect(s.seed == 2020 && s.replications == 200 && s.options.isEmpty)
  }

  @Test("every shipped scenario validates against the JSON Schema in Scenarios/", arguments: TestPaths.scenarios)
  func schema(_ path: String) throws {
    let schema = try JSONSchemaCheck(data: Data(contentsOf: TestPaths.file("Scenarios/tzsim-scenario.schema.json")))
    let node = try #require(try Yams.compose(yaml: String(decoding: TestPaths.bytes(path), as: UTF8.self)))
    #expect(schema.validate(JSONSchemaCheck.value(of: node)) == [])
  }

  @Test("the schema names exactly the keys the decoder accepts")
  func schemaKeys() throws {
    let schema = try JSONSchemaCheck(data: Data(contentsOf: TestPaths.file("Scenarios/tzsim-scenario.schema.json")))
    let checks: [([String], [String])] = [
      ([], ScenarioKeys.root), (["sites", "*"], ScenarioKeys.site), (["permanences", "*"], ScenarioKeys.permanence),
      (["appointments"], ScenarioKeys.appointments), (["pathways"], ScenarioKeys.pathways),
      (["pathways", "reinforced"], ScenarioKeys.reinforced), (["pathways", "positioning"], ScenarioKeys.positioning),
      (["pathways", "exits"], ScenarioKeys.exits), (["workshops", "*"], ScenarioKeys.workshop),
      (["workshops", "*", "sessions", "*"], ScenarioKeys.session), (["invitations"], ScenarioKeys.invitations),
      (["tzcld"], ScenarioKeys.tzcld), (["tzcld", "ebe"], ScenarioKeys.ebe), (["money"], ScenarioKeys.money),
      (["objectives", "*"], ScenarioKeys.objective), (["options", "*"], ScenarioKeys.option), (["closures", "*"], ScenarioKeys.closure),
      (["uncertainty"], ScenarioKeys.uncertainty), (["uncertainty", "laws", "*"], ScenarioKeys.uncertainLaw),
      (["uncertainty", "laws", "*", "joint_normal"], ScenarioKeys.jointNormal),
    ]
    for (path, keys) in checks {
      #expect(schema.propertyNames(at: path) == Set(keys), "schema at \(path)")
    }
  }
}
