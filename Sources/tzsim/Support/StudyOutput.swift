import Foundation
import ResultsExport
import ScenarioFormat
import Studies
import TerritoryModel

/// Streams a study's results into its files as units arrive in order, then
/// writes the summaries and the report. Used by `run`, `compare` and `merge`,
/// so that a merged run writes exactly what the unsharded run writes.
final class StudyOutput {
  let study: Study
  let out: OutputDirectory
  let presentation: PresentationOptions
  var flavour: CSVFlavour { presentation.flavour }
  var language: ReportLanguage { presentation.lang }
  var fold: StudyFold
  let files: [FileHandle]

  init(study: Study, out: OutputDirectory, presentation: PresentationOptions) throws {
    self.study = study
    self.out = out
    self.presentation = presentation
    fold = StudyFold(study: study, flavour: presentation.flavour)
    files = try study.variants.indices.map { v in try out.append(Self.folder(study, v) + "replications.csv") }
  }

  static func folder(_ study: Study, _ v: Int) -> String { v == 0 ? "" : "options/\(study.variants[v].id)/" }

  func add(_ unit: Int, _ result: ReplicationResult) {
    let (v, text) = fold.add(unit: unit, result)
    files[v].write(Data(text.utf8))
  }

  /// Writes everything but `replications.csv` and returns the baseline's summary.
  func finish() throws -> RunSummary {
    for f in files { try? f.close() }
    guard fold.nextUnit == study.units else {
      throw Failure.internal("\(fold.nextUnit) of \(study.units) work units were folded")
    }
    let summaries = fold.aggregators.map { $0.summary() }
    let effective = ScenarioWriter.effectiveYAML(study.scenario)
    for (v, s) in summaries.enumerated() {
      let folder = Self.folder(study, v)
      try out.write(folder + "summary.json", SummaryFiles.json(s, scenarioYAML: effective, version: TZSimVersion.current))
      try out.write(folder + "summary.csv", SummaryFiles.csv(s, flavour: flavour))
      try out.write(folder + "monthly.csv", SummaryFiles.monthlyCSV(s, flavour: flavour))
    }
    let comparison = fold.comparisonSummary(study: study, summaries: summaries)
    if let c = comparison {
      try out.write("comparison.csv", c.csv(flavour: flavour))
      try out.write("comparison.json", c.json())
    }
    let report = Report(
      summary: summaries[0], parameters: study.scenario.parameters, assumptions: study.scenario.assumptions,
      language: language, version: TZSimVersion.current, comparison: comparison)
    try out.write("report.md", report.markdown())
    try out.write("report.html", report.html())
    return summaries[0]
  }

  /// Writes the summaries, moves the folder into place, prints the terminal summary.
  func finishAndCommit() throws {
    let summary = try finish()
    try out.commit()
    if !presentation.quiet {
      print(TerminalSummary.text(summary, language: language))
      print("\(language == .fr ? "Résultats" : "Results"): \(out.destination.path)")
    }
  }
}
