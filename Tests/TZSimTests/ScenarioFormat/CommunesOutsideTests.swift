import Foundation
import ScenarioFormat
import SimulationCore
import Stochastic
import TerritoryModel
import Testing

/// A neighbouring territory: a commune outside Troyes Champagne Métropole is
/// described in the scenario (name, population, who serves it) and then
/// behaves as a TCM commune does.
@Suite("Scenarios: communes outside TCM")
struct CommunesOutsideTests {
  /// The starter with a second site at Romilly-sur-Seine (10323, not in TCM) and the commune described.
  static func text(_ commune: String = "{name: Romilly-sur-Seine, population: 14000, served_by: romilly}") -> String {
    let starter = String(decoding: EmbeddedScenarios.starter, as: UTF8.self)
    let site = String(starter[starter.range(of: "  - id: centre")!.lowerBound..<starter.range(of: "\nappointments:")!.lowerBound])
    let romilly = site.replacingOccurrences(of: "id: centre ", with: "id: romilly ").replacingOccurrences(
      of: "commune: \"10387\"", with: "commune: \"10323\"")
    return starter.replacingOccurrences(of: "\nappointments:", with: "\n" + romilly + "\nappointments:")
      + "\ncommunes:\n  \"10323\": \(commune)\n"
  }

  @Test("described in full, it is read, served by its site, runs, and is written back in full")
  func described() throws {
    let s = try ScenarioDecoder.decode(text: Self.text(), file: "r.yaml")
    let c = try #require(s.parameters.communes.first { $0.inseeCode == "10323" })
    #expect(c.name == "Romilly-sur-Seine" && c.population == 14000 && s.parameters.servedBy["10323"] == "romilly")
    #expect(s.parameters.communes.count == CommuneDirectory.troyesChampagneMetropole.communes.count + 1)
    var model = try TerritorySimulation(parameters: s.parameters, seeder: StreamSeeder(masterSeed: 1), replication: 0)
    let r = model.run()
    #expect((r.value("pce.accompanied[site=romilly]") ?? 0) > 0, "the Romilly site receives people")
    let back = try ScenarioDecoder.decode(text: ScenarioWriter.effectiveYAML(s), file: "dump.yaml")
    #expect(back.parameters == s.parameters)
  }

  @Test("refused, at the commune, with a hint: a code outside TCM without its description, a name on a TCM commune")
  func refusals() {
    func errors(_ text: String) -> [ScenarioError] {
      do {
        _ = try ScenarioDecoder.decode(text: text, file: "r.yaml")
        return []
      } catch { return error.errors }
    }
    let bare = errors(Self.text("{served_by: romilly}"))
    #expect(bare.count >= 1 && bare[0].message == "unknown commune" && bare[0].hint?.contains("described in full") == true, "\(bare)")
    let noPopulation = errors(Self.text("{name: Romilly-sur-Seine, served_by: romilly}"))
    #expect(noPopulation.contains { $0.message.contains("missing key `population`") }, "\(noPopulation)")
    let renamed = errors(Self.text("{name: Romilly-sur-Seine, population: 14000, served_by: romilly}") + "  \"10387\": {name: Troie}\n")
    #expect(renamed.contains { $0.message.contains("keeps its INSEE name") }, "\(renamed)")
  }
}
