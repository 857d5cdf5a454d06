import ArgumentParser
import Foundation
import ResultsExport
import ScenarioFormat
import SimulationCore
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

  @Option(help: "Replications (default: the scenario's).")
  var replications: Int?

  @Option(help: "Master seed (default: the scenario's).")
  var seed: UInt64?

  @Option(help: "Parallel jobs (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Output folder (default: out/<scenario name>).")
  var output: String?

  @Flag(help: "Write CSV files for a French spreadsheet (';', decimal comma, UTF-8 BOM).")
  var excelFr = false

  @Option(help: "Report language: fr or en.")
  var lang: ReportLanguage = .fr

  @Flag(help: "Print nothing but errors.")
  var quiet = false

  func validate() throws {
    if let r = replications, !(1...Limits.maxReplications).contains(r) {
      throw ValidationError("--replications must be between 1 and \(Limits.maxReplications), got \(r)")
    }
    guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256, got \(jobs)") }
  }

  @Option(help: "Run only shard k of n (e.g. 2/3) and write a partial result; combine with `tzsim merge`.")
  var shard: String?

  func run() async throws {
    try await reporting {
      let (s, file) = try ScenarioSource.load(scenario)
      let n = replications ?? s.replications
      guard n <= Limits.maxReplications else {
        throw Failure.usage("the scenario asks for \(n) replications; at most \(Limits.maxReplications)", hint: "lower `replications` or pass --replications")
      }
      let slice = try shard.map { text -> Shard in
        guard let sh = Shard(text) else { throw Failure.usage("--shard expects k/n with 1 ≤ k ≤ n, got `\(text)`", hint: "e.g. --shard 2/3") }
        return sh
      }
      let study = try Study(scenario: s, file: file, withOptions: false, seed: seed ?? s.seed, replications: n)
      try await StudyRunner.execute(study: study, jobs: jobs, shard: slice, output: output ?? "out/\(s.name)",
                                    flavour: excelFr ? .frenchExcel : .standard, language: lang, quiet: quiet)
    }
  }
}

/// Sizes refused with a message instead of exhausting memory or patience.
enum Limits {
  static let maxReplications = 100_000
}
