import Foundation
import ScenarioFormat
import SimulationCore
import Stochastic
import TerritoryModel
import Testing

/// Whatever the input, a scenario is either refused with placed messages or
/// runs: never a crash. Seeded mutations of the Troyes scenario (numbers
/// swapped for extreme values, lines deleted or doubled, characters changed),
/// shortened to three months so that each accepted mutant is also simulated.
@Suite("Scenarios: mutated files never crash")
struct ScenarioFuzzTests {
  static let base: String = {
    let text = String(decoding: EmbeddedScenarios.troyes2020, as: UTF8.self)
    return text.replacingOccurrences(of: "end: 2024-12-31", with: "end: 2020-03-31")
      .replacingOccurrences(of: "date: 2024-12-31", with: "date: 2020-03-31")
      .replacingOccurrences(of: "year: 2020", with: "date: 2020-03-31")
      // Its uncertain assumptions stay (their lines are mutated too), in a design of 2 base points:
      // every decode checks each draw.
      .replacingOccurrences(of: "  points: 32", with: "  points: 2")
  }()

  /// Decodes `text` (throwing its refusal) and simulates one replication of what it describes.
  static func decodeAndRun(_ text: String, file: String, seed: UInt64 = 1) throws -> ReplicationResult {
    let s = try ScenarioDecoder.decode(text: text, file: file)
    var model = TerritorySimulation(
      plan: try TerritoryPlan(parameters: s.parameters), seeder: StreamSeeder(masterSeed: seed), replication: 0)
    return model.run()
  }

  static let extremes = ["0", "-1", "1e9", "0.5", "99999", "1e-300", "nan", "2", "100000", "-0.0", "3.7", "\"x\"", "[]", "{}", "~"]

  @Test("300 seeded mutants: each is refused with messages, or decodes and runs", arguments: 0..<6)
  func mutants(_ batch: Int) throws {
    let stream = RandomStream(seed: UInt32(1000 + batch))
    var refused = 0
    var ran = 0
    for _ in 0..<50 {
      var lines = Self.base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      for _ in 0..<(1 + stream.uniformInt(below: 3)) {
        let i = stream.uniformInt(below: lines.count)
        switch stream.uniformInt(below: 4) {
        case 0:  // a number becomes an extreme value
          if let r = lines[i].range(of: #"-?[0-9]+(\.[0-9]+)?"#, options: .regularExpression) {
            lines[i].replaceSubrange(r, with: Self.extremes[stream.uniformInt(below: Self.extremes.count)])
          }
        case 1: lines.remove(at: i)
        case 2: lines.insert(lines[i], at: i)
        default:
          if !lines[i].isEmpty {
            var chars = Array(lines[i])
            let replacements = Array("x:-[]{}\"'&* 9")
            chars[stream.uniformInt(below: chars.count)] = replacements[stream.uniformInt(below: replacements.count)]
            lines[i] = String(chars)
          }
        }
      }
      let text = lines.joined(separator: "\n")
      do {
        _ = try Self.decodeAndRun(text, file: "mutant.yaml")
        ran += 1
      } catch let e as ScenarioErrors {
        #expect(!e.errors.isEmpty && e.errors.allSatisfy { $0.description.hasPrefix("mutant.yaml") })
        refused += 1
      }
    }
    #expect(refused + ran == 50)
    #expect(ran > 0 && refused > 0, "the mutations exercise both paths: \(ran) ran, \(refused) refused")
  }
}
