import ArgumentParser
import Foundation
import ScenarioFormat
import Stochastic
import Studies
import TerritoryModel

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

  @Option(help: "Write the event trace of one replication to this file (persons are anonymous indices) instead of running them all.")
  var trace: String?

  @Option(help: "The replication to trace (from 0; with --trace).")
  var replication: Int = 0

  func run() async throws {
    try await reporting {
      if let scenario, let data = FileManager.default.contents(atPath: scenario), NationalDecoder.isNational([UInt8](data)) {
        try await NationalRunner.execute(path: scenario, bytes: [UInt8](data), options: options, presentation: options.presentation)
        return
      }
      let (s, file) = try ScenarioSource.load(scenario)
      if let trace {
        try writeTrace(s, to: trace)
        return
      }
      let n = options.replications ?? s.replications
      let study = try options.configuring(
        Study(scenario: s, file: file, withOptions: false, seed: options.seed ?? s.seed, replications: n))
      try await StudyRunner.execute(
        study: study, jobs: options.jobs, shard: options.slice,
        output: try options.output ?? OutputDirectory.defaultPath(scenarioName: s.name),
        presentation: options.presentation, observed: try options.observedSeries(for: s))
    }
  }

  /// Runs replication `replication` alone with its trace on, and writes the trace.
  func writeTrace(_ s: Scenario, to path: String) throws {
    guard (0..<Int(Scenario.replicationsRange.upper)).contains(replication) else {
      throw Failure.usage(
        "error: --replication must be between 0 and \(Int(Scenario.replicationsRange.upper) - 1), got \(replication)", hint: nil)
    }
    let url = URL(fileURLWithPath: path)
    if FileManager.default.fileExists(atPath: url.path) {
      throw Failure.usage("\(path): error: already exists; tzsim does not overwrite it", hint: "choose another name, or remove it first")
    }
    let plan: TerritoryPlan
    do { plan = try TerritoryPlan(parameters: s.parameters) } catch { throw Failure.usage("error: \(error)", hint: nil) }
    var model = TerritorySimulation(plan: plan, seeder: StreamSeeder(masterSeed: options.seed ?? s.seed), replication: replication)
    model.enableTrace()
    let result = model.run()
    let header =
      "# tzsim \(TZSimVersion.current) trace: scenario \(s.name), seed \(options.seed ?? s.seed), replication \(replication)\n"
      + "# day hh:mm event; persons are numbered in order of arrival, nothing else identifies them\n"
    do {
      try Data((header + (model.trace ?? []).joined(separator: "\n") + "\n").utf8).write(to: url, options: .withoutOverwriting)
    } catch {
      throw Failure.usage("\(path): error: cannot write the trace (\(error.localizedDescription))", hint: "check the path and permissions")
    }
    if !options.presentation.quiet {
      print("trace of replication \(replication): \(model.trace?.count ?? 0) events → \(path) (\(result.events) events fired)")
    }
  }
}
