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
  /// The command (after `tzsim`) that reproduces the files, run inside the folder.
  let arguments: [String]
  /// Observed series for the report, and the bytes of the file they came from (kept as `observed.csv`).
  let observed: [ObservedSeries]
  let observedSource: [UInt8]?
  public private(set) var fold: StudyFold
  let files: [FileHandle]

  /// - Parameters:
  ///   - version: the program version written into the files and the report (`0.1.0`).
  ///   - arguments: the command after `tzsim` that makes these files again from the folder's
  ///     copy of the scenario (`["run", "scenario.yaml", "--seed", "2020", …]`).
  public init(
    study: Study, destination: any StudyDestination, flavour: CSVFlavour, language: ReportLanguage, version: String, arguments: [String],
    observed: [ObservedSeries] = [], observedSource: [UInt8]? = nil
  ) throws {
    self.study = study
    self.destination = destination
    self.flavour = flavour
    self.language = language
    self.version = version
    self.arguments = arguments
    self.observed = observed
    self.observedSource = observedSource
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

  /// The name of the scenario's copy in the folder.
  public static let scenarioCopy = "scenario.yaml"
  /// The name of the observed series' copy in the folder.
  public static let observedCopy = "observed.csv"

  public var provenance: Provenance {
    Provenance(
      version: version, scenarioSHA256: SHA256.hex(study.scenario.source), seed: study.seed, replications: study.replications,
      arguments: arguments)
  }

  /// Writes everything but `replications.csv`: the summaries, the comparison,
  /// the report, its charts (`charts/<id>.svg` and `.csv`) and a copy of the
  /// scenario. Returns the baseline's summary and the comparison.
  @discardableResult
  public func finish(uncertainty: UncertaintySummary? = nil) throws -> (summary: RunSummary, comparison: ComparisonSummary?) {
    for f in files { try? f.close() }
    guard fold.nextUnit == study.units else {
      throw StudyProblem("\(fold.nextUnit) of \(study.units) work units were folded", hint: "this is a bug in tzsim")
    }
    let summaries = fold.aggregators.map { $0.summary() }
    let effective = ScenarioWriter.effectiveYAML(study.scenario)
    for (v, s) in summaries.enumerated() {
      let folder = Self.folder(study, v)
      try destination.write(
        folder + "summary.json", SummaryFiles.json(s, scenarioYAML: effective, version: version, provenance: provenance))
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
      language: language, version: version, comparison: comparison, provenance: provenance, observed: observed,
      uncertainty: uncertainty)
    if let u = uncertainty {
      let exact = Dictionary(uniqueKeysWithValues: summaries[0].objectives.map { ($0.objective.id, $0.probability) })
      try destination.write(UncertaintyFiles.folder + "verdicts.csv", UncertaintyFiles.verdictsCSV(u, exact: exact, flavour: flavour))
      try destination.write(UncertaintyFiles.folder + "sensitivity.csv", UncertaintyFiles.sensitivityCSV(u, flavour: flavour))
      try destination.write(UncertaintyFiles.folder + "draws.csv", UncertaintyFiles.drawsCSV(u, flavour: flavour))
      try destination.write(UncertaintyFiles.folder + "failure.csv", UncertaintyFiles.failureCSV(u, flavour: flavour))
      if let v = u.informationValue {
        try destination.write(UncertaintyFiles.folder + "value-of-information.csv", UncertaintyFiles.informationCSV(v, u, flavour: flavour))
      }
    }
    try destination.write("report.md", report.markdown())
    try destination.write("report.html", report.html())
    for f in report.figures {
      try destination.write("charts/\(f.chart.id).svg", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + f.chart.svg + "\n")
      try destination.write("charts/\(f.chart.id).csv", f.chart.csv(flavour: flavour))
    }
    try destination.write(Self.scenarioCopy, String(decoding: study.scenario.source, as: UTF8.self))
    if let observedSource {
      // The file's own bytes (it may be in Windows-1252), so that `tzsim verify` reads what this run read.
      let copy = try destination.append(Self.observedCopy)
      copy.write(Data(observedSource))
      try copy.close()
    }
    return (summaries[0], comparison)
  }
}
