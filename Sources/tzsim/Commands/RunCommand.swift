import ArgumentParser
import Foundation
import ResultsExport
import ScenarioFormat
import SimulationCore
import Stochastic
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

  func run() async throws {
    try await reporting {
      let (s, _) = try ScenarioSource.load(scenario)
      let n = replications ?? s.replications
      guard n <= Limits.maxReplications else {
        throw Failure.usage("the scenario asks for \(n) replications; at most \(Limits.maxReplications)", hint: "lower `replications` or pass --replications")
      }
      let masterSeed = seed ?? s.seed
      let plan = try TerritoryPlan(parameters: s.parameters)
      let out = try OutputDirectory(path: output ?? "out/\(s.name)")
      do {
        let summary = try await Self.execute(plan: plan, seed: masterSeed, replications: n, jobs: jobs, out: out,
                                             flavour: excelFr ? .frenchExcel : .standard, quiet: quiet)
        let effective = ScenarioWriter.effectiveYAML(s)
        try out.write("summary.json", SummaryFiles.json(summary, scenarioYAML: effective, version: TZSimVersion.current))
        let flavour: CSVFlavour = excelFr ? .frenchExcel : .standard
        try out.write("summary.csv", SummaryFiles.csv(summary, flavour: flavour))
        try out.write("monthly.csv", SummaryFiles.monthlyCSV(summary, flavour: flavour))
        let report = Report(summary: summary, parameters: s.parameters, assumptions: s.assumptions, language: lang, version: TZSimVersion.current)
        try out.write("report.md", report.markdown())
        try out.write("report.html", report.html())
        try out.commit()
        if !quiet {
          print(TerminalSummary.text(summary, language: lang))
          print("\(lang == .fr ? "Résultats" : "Results"): \(out.destination.path)")
        }
      } catch {
        out.discard()
        throw error
      }
    }
  }

  /// Runs the replications in parallel, streaming `replications.csv`, and aggregates in replication order.
  static func execute(plan: TerritoryPlan, seed: UInt64, replications n: Int, jobs: Int, out: OutputDirectory,
                      flavour: CSVFlavour, quiet: Bool) async throws -> RunSummary {
    let seeder = StreamSeeder(masterSeed: seed)
    var aggregator = RunAggregator(parameters: plan.parameters, seed: seed)
    var csv = ReplicationsCSV(flavour: flavour)
    let file = try out.append("replications.csv")
    var progress = Progress(total: n, quiet: quiet)
    await OrderedReplications.run(count: n, jobs: jobs, body: { r in
      var model = TerritorySimulation(plan: plan, seeder: seeder, replication: r)
      return model.run()
    }) { r, result in
      aggregator.add(result)
      file.write(Data(csv.add(result).utf8))
      progress.update(done: r + 1)
    }
    try? file.close()
    return aggregator.summary()
  }
}

/// Sizes refused with a message instead of exhausting memory or patience.
enum Limits {
  static let maxReplications = 100_000
}
