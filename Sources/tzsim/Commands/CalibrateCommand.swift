import ArgumentParser
import Foundation
import ResultsExport
import ScenarioFormat
import SimulationCore
import Studies
import TerritoryModel

/// `tzsim calibrate`: fits scenario keys to observed monthly series.
struct CalibrateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "calibrate",
    abstract: "Fit numeric scenario keys to observed monthly series (method of simulated moments).",
    discussion: """
      Each --fit names a key and the range to search, "path=low...high". The observed
      file is the one `run --observed` reads (month, kpi, value, source). Writes
      calibrated.yaml (the scenario with the fitted values, and the fit in comments at
      the top) and calibration.md (a section for the council report). A key that
      changes none of the observed series is refused; a poor fit is said so.
      See docs/calibration.md.

      Example:
        tzsim calibrate Scenarios/troyes-2020.yaml --observed observe.csv \\
          --fit "sites[troyes].walk_ins_per_week=1...20" --fit "invitations.response_probability=0.05...0.5"
      """)

  @Argument(help: "The scenario file.")
  var scenario: String

  @Option(help: "Observed monthly series (CSV: month, kpi, value, source).")
  var observed: String

  @Option(help: "A key to fit and its range: \"path=low...high\" (repeat for several).")
  var fit: [String] = []

  @Option(help: "Replications per evaluation.")
  var replications: Int = 20

  @Option(parsing: .unconditional, help: "Master seed (default: the scenario's).", transform: SeedArgument.parse)
  var seed: UInt64?

  @Option(help: "Parallel jobs: this machine's number of cores unless given.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Output folder (default: out/<scenario name>-calibration).")
  var output: String?

  @Option(help: "Language of calibration.md: fr or en.")
  var lang: ReportLanguage = .fr

  func validate() throws {
    guard (2...10_000).contains(replications) else {
      throw ValidationError("--replications must be between 2 and 10000, got \(replications)")
    }
    guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256, got \(jobs)") }
    _ = try keys()
  }

  func keys() throws -> [Calibration.Key] {
    try fit.map { text in
      let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
      let bounds = parts.count == 2 ? parts[1].components(separatedBy: "...") : []
      guard parts.count == 2, bounds.count == 2, let lo = Double(bounds[0]), let hi = Double(bounds[1]), lo.isFinite, hi.isFinite, lo < hi
      else {
        throw ValidationError("--fit expects \"path=low...high\" with low < high, got `\(text)`")
      }
      return Calibration.Key(path: parts[0], range: lo...hi)
    }
  }

  func run() async throws {
    try await reporting {
      let (s, file) = try ScenarioSource.load(scenario)
      let (series, bytes) = try StudyOptions.loadObserved(observed)
      let calibration = try Calibration(
        scenario: s, file: file, observed: series, keys: try keys(), replications: replications, seed: seed ?? s.seed)
      let outcome = try await calibration.run(jobs: jobs)
      let files = CalibrationReport(
        calibration: calibration, outcome: outcome, observedFile: URL(fileURLWithPath: observed).lastPathComponent,
        observedBytes: bytes)
      let out = try OutputDirectory(path: try output ?? OutputDirectory.defaultPath(scenarioName: s.name, suffix: "-calibration"))
      do {
        try out.write("calibrated.yaml", try files.scenarioYAML(version: TZSimVersion.current))
        try out.write("calibration.md", files.markdown(language: lang))
        try out.commit()
      } catch {
        out.discard()
        throw error
      }
      print("key  fitted  standard error  95 % interval")
      for f in outcome.fitted {
        print("\(f.key.path)  \(f.value.shortestText)  \(f.standardError.shortestText)  \(f.low.shortestText) to \(f.high.shortestText)")
      }
      print(
        "fit: J = \(outcome.statistic.shortestText) on \(outcome.degreesOfFreedom) degrees of freedom, p = \(outcome.pValue.shortestText)"
          + (outcome.poorFit ? " — POOR: the model does not reproduce these series at any value in the ranges" : "")
          + "; \(outcome.evaluations) evaluations, \(outcome.replicationsRun) replications")
      print("files: \(out.destination.path)/calibrated.yaml, calibration.md")
    }
  }
}
