import ArgumentParser
import Foundation
import ScenarioFormat
import Studies

/// `tzsim run [SCENARIO]`: replications in parallel, statistics, files, report.
struct RunCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a scenario's replications and write the results and the report.",
    discussion: """
      With no file, runs the embedded Troyes 2020 scenario. Results are identical
      for any --jobs. Files are written to a temporary folder and moved into
      --output only when complete.

      Examples:
        tzsim run
        tzsim run Scenarios/troyes-2020.yaml --replications 1000 --jobs 2 --output out/troyes
        tzsim run my.yaml --excel-fr --lang fr
      """)

  @Argument(help: "The scenario file (default: the embedded Troyes 2020 scenario).")
  var scenario: String?

  @OptionGroup var options: StudyOptions

  func run() async throws {
    try await reporting {
      let (s, file) = try ScenarioSource.load(scenario)
      let n = options.replications ?? s.replications
      let study = try Study(scenario: s, file: file, withOptions: false, seed: options.seed ?? s.seed, replications: n)
      try await StudyRunner.execute(
        study: study, jobs: options.jobs, shard: options.slice,
        output: try options.output ?? OutputDirectory.defaultPath(scenarioName: s.name),
        presentation: options.presentation)
    }
  }
}
