import ArgumentParser
import Foundation
import ResultsExport
import ScenarioFormat
import Studies
import TerritoryModel

/// Options shared by `run` and `compare`.
struct StudyOptions: ParsableArguments {
  @Option(help: "Replications (default: the scenario's).")
  var replications: Int?

  @Option(parsing: .unconditional, help: "Master seed (default: the scenario's).", transform: SeedArgument.parse)
  var seed: UInt64?

  @Option(help: "Parallel jobs: this machine's number of cores unless given.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Output folder (default: out/<scenario name>; compare adds -compare).")
  var output: String?

  @Option(help: "Run only shard k of n (e.g. 2/3) and write a partial result; combine with `tzsim merge`.")
  var shard: String?

  @Option(help: "Observed monthly series (CSV: month, kpi, value, source) to set beside the simulated ones in the report.")
  var observed: String?

  /// The observed series and the file's bytes, read before any work.
  func observedSeries(for scenario: Scenario) throws -> (series: [ObservedSeries], bytes: [UInt8])? {
    guard let observed else { return nil }
    let loaded = try Self.loadObserved(observed)
    if let problem = ObservedFile.problems(loaded.series, parameters: scenario.parameters).first {
      throw Failure.usage("\(observed): error: \(problem)", hint: "use the ids of the scenario's sites and permanences")
    }
    return loaded
  }

  /// Reads an observed-series file (`run`, `compare` and `calibrate` share it), with placed messages.
  static func loadObserved(_ path: String) throws -> (series: [ObservedSeries], bytes: [UInt8]) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure.usage("\(path): error: no such file", hint: "give the CSV of observed series (month, kpi, value, source)")
    }
    do {
      return (try ObservedFile.read(bytes: [UInt8](data), file: path), [UInt8](data))
    } catch {
      throw Failure.usage("\(error.file): error: \(error.message)", hint: error.hint)
    }
  }

  @Option(help: "Base points of the outer design that draws the uncertain assumptions (default: the scenario's `uncertainty.points`).")
  var outerPoints: Int?

  @Option(help: "Inner replications at each draw of the assumptions (default: the scenario's `uncertainty.replications`).")
  var innerReplications: Int?

  @Flag(help: "Leave the scenario's uncertain assumptions out: one verdict per objective, as if each assumption held.")
  var withoutUncertainty = false

  /// The study with the command line's choices about its uncertain assumptions.
  func configuring(_ study: Study) throws -> Study {
    if withoutUncertainty {
      guard outerPoints == nil && innerReplications == nil else {
        throw Failure.usage(
          "error: --without-uncertainty leaves the outer design out; drop --outer-points and --inner-replications", hint: nil)
      }
      var copy = study
      copy.uncertainty = nil
      return copy
    }
    do { return try study.resizingUncertainty(points: outerPoints, replications: innerReplications) } catch let e as StudyProblem {
      throw Failure.usage("error: \(e.message)", hint: e.hint)
    }
  }

  @OptionGroup var presentation: PresentationOptions

  func validate() throws {
    if let r = replications, let problem = Scenario.replicationsRange.problem(Double(r)) {
      throw ValidationError("--replications \(problem)")
    }
    guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256, got \(jobs)") }
    if let shard, Shard(shard) == nil { throw ValidationError("--shard expects k/n with 1 ≤ k ≤ n, got `\(shard)`") }
  }

  var slice: Shard? { shard.flatMap(Shard.init) }
}
