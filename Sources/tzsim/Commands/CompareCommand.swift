import ArgumentParser
import Foundation
import ResultsExport
import ScenarioFormat
import Studies
import TerritoryModel

/// `tzsim compare SCENARIO`: every staffing option against the baseline, on common random numbers.
struct CompareCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Run the scenario's staffing options against the baseline on common random numbers.",
    discussion: """
      Replication r of every option sees the same arrivals and personal draws as the
      baseline, so paired differences have narrow intervals. Writes the run's files
      for the baseline, options/<id>/ for each option, comparison.csv and
      comparison.json, and a report with a staffing section.

      Examples:
        tzsim compare Scenarios/troyes-2020-staffing.yaml --replications 400
        tzsim compare Scenarios/troyes-2020-staffing.yaml --check-pairing
        tzsim compare S.yaml --shard 1/3 --output part1   (then tzsim merge)
      """)

  @Argument(help: "The scenario file, with `options`.")
  var scenario: String

  @OptionGroup var options: StudyOptions

  @Flag(help: "Also run each option on independent streams and print how much narrower the paired interval is.")
  var checkPairing = false

  func run() async throws {
    try await reporting {
      let (s, file) = try ScenarioSource.load(scenario)
      guard !s.options.isEmpty else {
        throw Failure.usage(
          "\(file): error: the scenario has no `options` to compare",
          hint: "add options (see docs/scenario-format/objectives-and-options.md)")
      }
      let n = options.replications ?? s.replications
      guard n >= 2 else { throw Failure.usage("compare needs at least 2 replications, got \(n)", hint: "pass --replications 2 or more") }
      let study: Study
      do {
        study = try options.configuring(Study(scenario: s, file: file, withOptions: true, seed: options.seed ?? s.seed, replications: n))
      } catch let e as ScenarioErrors {
        throw Failure.scenario(e)
      }
      let fold = try await StudyRunner.execute(
        study: study, jobs: options.jobs, shard: options.slice,
        output: try options.output ?? OutputDirectory.defaultPath(scenarioName: s.name, suffix: "-compare"),
        presentation: options.presentation, observed: try options.observedSeries(for: s))
      if checkPairing, let fold {
        let objective = s.parameters.objectives.first
        let key = objective?.figureKey ?? KPI.accompanied.id
        for r in await PairingCheck.measure(study: study, fold: fold, key: key, jobs: options.jobs) {
          print(
            String(
              format:
                "{\"pairing\": \"%@\", \"figure\": \"%@\", \"replications\": %d, \"paired_hw95\": %.4f, \"independent_hw95\": %.4f, \"factor\": %.2f}",
              r.option, key, n, r.pairedHalfWidth, r.independentHalfWidth, r.factor))
        }
      }
    }
  }
}
