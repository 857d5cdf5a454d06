import Foundation
import ResultsExport
import ScenarioFormat
import Studies

extension RunQueue {
  /// A national study in the workspace: the fit, the replications with the
  /// fund's rule and without cap, the report and its files (as `tzsim run`
  /// writes them, French CSV); the headline is the report's sentence on the credits.
  func national(_ record: RunRecord, into folder: RunFolder) async throws -> RunHeadline {
    let id = record.id!
    var (_, national) = try loadNational(record.scenarioFile, bytes: [UInt8](record.scenario))
    national.seed = UInt64(record.seed) ?? national.seed
    let study = NationalStudy(scenario: national, file: record.scenarioFile)
    let prepared = try await study.prepare(jobs: jobs)
    try Task.checkCancellation()
    let n = record.replications
    let capped = await study.run(prepared.parameters, law: prepared.law, replications: n, jobs: jobs)
    setProgress(id, done: n)
    try Task.checkCancellation()
    var unlimited: NationalTally? = nil
    if prepared.parameters.rule != .unlimited {
      var free = prepared.parameters
      free.rule = .unlimited
      unlimited = await study.run(free, law: prepared.law, replications: n, jobs: jobs).tally
    }
    setProgress(id, done: 2 * n)
    try Task.checkCancellation()
    let report = study.report(prepared, capped: capped.tally, unlimited: unlimited)
    for (name, text) in study.files(report, flavour: .frenchExcel) { try folder.write(name, text) }
    let headline = RunHeadline(answer: report.headline.joined(separator: " ; "))
    setProgress(id, verdict: headline)
    return headline
  }
}
