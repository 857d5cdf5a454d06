import ArgumentParser
import Foundation
import ResultsExport
import ScenarioFormat
import Studies

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

  @Option(help: "Replications per option (default: the scenario's).")
  var replications: Int?

  @Option(help: "Master seed (default: the scenario's).")
  var seed: UInt64?

  @Option(help: "Parallel jobs (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Output folder (default: out/<scenario name>-compare).")
  var output: String?

  @Option(help: "Run only shard k of n of (option × replication) and write a partial result.")
  var shard: String?

  @Flag(help: "Write CSV files for a French spreadsheet (';', decimal comma, UTF-8 BOM).")
  var excelFr = false

  @Option(help: "Report language: fr or en.")
  var lang: ReportLanguage = .fr

  @Flag(help: "Also run each option on independent streams and print how much narrower the paired interval is.")
  var checkPairing = false

  @Flag(help: "Print nothing but errors.")
  var quiet = false

  func validate() throws {
    if let r = replications, !(2...Limits.maxReplications).contains(r) {
      throw ValidationError("--replications must be between 2 and \(Limits.maxReplications), got \(r)")
    }
    guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256, got \(jobs)") }
  }

  func run() async throws {
    try await reporting {
      let (s, file) = try ScenarioSource.load(scenario)
      guard !s.options.isEmpty else {
        throw Failure.usage("\(file): error: the scenario has no `options` to compare", hint: "add options (see docs/scenario-format/objectives-and-options.md)")
      }
      let slice = try shard.map { text -> Shard in
        guard let sh = Shard(text) else { throw Failure.usage("--shard expects k/n with 1 ≤ k ≤ n, got `\(text)`", hint: "e.g. --shard 2/3") }
        return sh
      }
      let n = replications ?? s.replications
      let study: Study
      do {
        study = try Study(scenario: s, file: file, withOptions: true, seed: seed ?? s.seed, replications: n)
      } catch let e as ScenarioErrors {
        throw Failure.scenario(e)
      }
      try await StudyRunner.execute(study: study, jobs: jobs, shard: slice, output: output ?? "out/\(s.name)-compare",
                                    flavour: excelFr ? .frenchExcel : .standard, language: lang, quiet: quiet)
      if checkPairing, slice == nil {
        let objective = s.parameters.objectives.first
        let key = objective.map { o -> String in
          if case .year(let y) = o.period { return "\(o.kpi.rawValue)@\(y)" }
          return o.kpi.rawValue
        } ?? "pce.accompanied"
        for r in await PairingCheck.measure(study: study, key: key, jobs: jobs) {
          print(String(format: "{\"pairing\": \"%@\", \"figure\": \"%@\", \"replications\": %d, \"paired_hw95\": %.4f, \"independent_hw95\": %.4f, \"factor\": %.2f}",
                       r.option, key, n, r.pairedHalfWidth, r.independentHalfWidth, r.factor))
        }
      }
    }
  }
}
