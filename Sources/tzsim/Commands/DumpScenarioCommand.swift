import ArgumentParser
import Foundation
import ScenarioFormat

/// `tzsim dump-scenario --effective [FILE]`: the scenario with every default filled in.
struct DumpScenarioCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dump-scenario",
    abstract: "Print a scenario with every default filled in.",
    discussion: "Example:\n  tzsim dump-scenario --effective Scenarios/troyes-2020.yaml > effective.yaml")

  @Flag(help: "Print the effective scenario (every key, with defaults). Required: it is the only dump.")
  var effective = false

  @Argument(help: "The scenario file (default: the embedded Troyes 2020 scenario).")
  var scenario: String?

  func validate() throws {
    guard effective else { throw ValidationError("add --effective: the effective scenario is the only dump") }
  }

  func run() async throws {
    try await reporting {
      let (s, _) = try ScenarioSource.load(scenario)
      print(ScenarioWriter.effectiveYAML(s), terminator: "")
    }
  }
}
