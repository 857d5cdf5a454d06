import Foundation
import ResultsExport
import ScenarioFormat
import Studies
import TerritoryModel

/// Runs a study (all of it, or one shard) into an output folder.
enum StudyRunner {
  /// Returns the folded results, or nil for a shard (which only writes its partial).
  @discardableResult
  static func execute(
    study: Study, jobs: Int, shard: Shard?, output: String, presentation: PresentationOptions,
    observed: (series: [ObservedSeries], bytes: [UInt8])? = nil
  ) async throws -> StudyFold? {
    // A large run says so before it starts (on stderr, so that stdout stays the results' summary).
    if presentation.pdf { _ = try ReportPDF.requireBrowser() }
    let budget = RunBudget(parameters: study.scenario.parameters)
    if budget.isLarge && !presentation.quiet { FileHandle.standardError.write(Data((budget.sentence + "\n").utf8)) }
    let out = try OutputDirectory(path: output)
    do {
      if let shard {
        // The replications, then the outer design's draws and the tornado's runs: one list that shards slice.
        let work = try StudyWork(study: study)
        guard shard.count <= work.units else {
          throw StudyProblem("error: \(shard.count) shards for \(work.units) units of work", hint: "use at most \(work.units) shards")
        }
        let range = shard.slice(of: work.units)
        let file = try out.append("partial.tzsim")
        file.write(Data(PartialFile.encode(study.partialHeader(shard: shard, program: TZSimVersion.current)).utf8))
        var progress = Progress(total: range.count, quiet: presentation.quiet)
        await work.run(units: range, jobs: jobs) { u, unit in
          let line: String
          switch unit {
          case .replication(let result): line = PartialFile.encode(option: u % study.variants.count, result)
          case .draw(let o): line = PartialFile.encodeDraw(u - study.units, met: o.met, means: o.means, events: o.events)
          case .tornado(let outputs): line = PartialFile.encodeTornado(u - study.units - work.draws, outputs: outputs)
          }
          file.write(Data(line.utf8))
          progress.update(done: u - range.lowerBound + 1)
        }
        try? file.close()
        try out.commit()
        if !presentation.quiet {
          print("shard \(shard): units \(range.lowerBound)..<\(range.upperBound) of \(work.units) → \(out.destination.path)/partial.tzsim")
        }
        return nil
      }
      let writer = try StudyWriter(
        study: study, destination: out, flavour: presentation.flavour, language: presentation.lang, version: TZSimVersion.current,
        arguments: presentation.reproducing(study, observed: observed != nil), observed: observed?.series ?? [],
        observedSource: observed?.bytes)
      var progress = Progress(total: study.units, quiet: presentation.quiet)
      await study.run(units: 0..<study.units, jobs: jobs) { u, result in
        writer.add(u, result)
        progress.update(done: u + 1)
      }
      var uncertainty: UncertaintySummary?
      if study.uncertainty != nil {
        let outer = try UncertaintyStudy(study: study)
        if !presentation.quiet {
          FileHandle.standardError.write(
            Data("uncertain assumptions: \(outer.draws) draws × \(outer.uncertainty.replications) replications\n".utf8))
        }
        var drawProgress = Progress(total: outer.draws, quiet: presentation.quiet)
        uncertainty = await outer.summary(jobs: jobs) { drawProgress.update(done: $0) }.summary
      }
      try finish(writer, out, presentation, uncertainty: uncertainty)
      return writer.fold
    } catch {
      out.discard()
      throw error
    }
  }
}

/// Writes a study's summaries and report, moves the folder into place, and
/// prints the terminal summary.
func finish(_ writer: StudyWriter, _ out: OutputDirectory, _ presentation: PresentationOptions, uncertainty: UncertaintySummary? = nil)
  throws
{
  let (summary, comparison) = try writer.finish(uncertainty: uncertainty)
  if presentation.pdf {
    try ReportPDF.print(
      out.staging.appendingPathComponent("report.html"), to: out.staging.appendingPathComponent("report.pdf"),
      browser: ReportPDF.requireBrowser())
  }
  try out.commit()
  if !presentation.quiet {
    print(TerminalSummary.text(summary, language: presentation.lang))
    if let uncertainty { print(TerminalSummary.uncertainty(uncertainty, language: presentation.lang)) }
    if let comparison { print(TerminalSummary.options(comparison, language: presentation.lang)) }
    print("\(presentation.lang == .fr ? "Résultats :" : "Results:") \(out.destination.path)")
  }
}
