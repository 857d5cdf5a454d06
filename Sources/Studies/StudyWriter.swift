import Foundation
public import ResultsExport
import ScenarioFormat
public import TerritoryModel

/// Streams a study's results into its files as units arrive in order, then
/// writes the summaries, the comparison and the report. `tzsim run`, `compare`
/// and `merge` all write through it, so a merged run writes exactly what the
/// unsharded run writes.
public final class StudyWriter {
  public let study: Study
  let destination: any StudyDestination
  let flavour: CSVFlavour
  let language: ReportLanguage
  let version: String
  public private(set) var fold: StudyFold
  let files: [FileHandle]

  /// - Parameter version: the program version written into the files and the report (`0.1.0`).
  public init(study: Study, destination: any StudyDestination, flavour: CSVFlavour, language: ReportLanguage, version: String) throws {
    self.study = study
    self.destination = destination
    self.flavour = flavour
    self.language = language
    self.version = version
    fold = StudyFold(study: study, flavour: flavour)
    files = try study.variants.indices.map { v in try destination.append(Self.folder(study, v) + "replications.csv") }
  }

  /// A variant's folder: the baseline at the top, each option in `options/<id>/`.
  public static func folder(_ study: Study, _ v: Int) -> String { v == 0 ? "" : "options/\(study.variants[v].id)/" }

  /// Adds unit `unit` (units come in order, each once).
  public func add(_ unit: Int, _ result: ReplicationResult) {
    let (v, text) = fold.add(unit: unit, result)
    files[v].write(Data(text.utf8))
  }

  /// Writes everything but `replications.csv` and returns the baseline's summary.
  public func finish() throws -> RunSummary {
    for f in files { try? f.close() }
    guard fold.nextUnit == study.units else {
      throw StudyProblem("\(fold.nextUnit) of \(study.units) work units were folded", hint: "this is a bug in tzsim")
    }
    let summaries = fold.aggregators.map { $0.summary() }
    let effective = ScenarioWriter.effectiveYAML(study.scenario)
    for (v, s) in summaries.enumerated() {
      let folder = Self.folder(study, v)
      try destination.write(folder + "summary.json", SummaryFiles.json(s, scenarioYAML: effective, version: version))
      try destination.write(folder + "summary.csv", SummaryFiles.csv(s, flavour: flavour))
      try destination.write(folder + "monthly.csv", SummaryFiles.monthlyCSV(s, flavour: flavour))
    }
    let comparison = fold.comparisonSummary(study: study, summaries: summaries)
    if let c = comparison {
      try destination.write("comparison.csv", c.csv(flavour: flavour))
      try destination.write("comparison.json", c.json())
    }
    let report = Report(
      summary: summaries[0], parameters: study.scenario.parameters, assumptions: study.scenario.assumptions,
      language: language, version: version, comparison: comparison)
    try destination.write("report.md", report.markdown())
    try destination.write("report.html", report.html())
    return summaries[0]
  }
}
