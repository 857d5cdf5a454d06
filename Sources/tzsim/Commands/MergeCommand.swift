import ArgumentParser
import Foundation
import ScenarioFormat
import Studies

/// `tzsim merge DIR… --output DIR`: combines shards' partial results into the
/// files the unsharded run writes, byte for byte.
struct MergeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Combine the partial results of shards into the files of the whole run.",
    discussion: """
      Give every shard's folder (any order); they must come from the same scenario,
      seed, replications and program, and cover every shard once. Pass the same
      --excel-fr and --lang as you would to the unsharded run.

      Example:
        for k in 1 2 3; do tzsim run S.yaml --shard $k/3 --output part$k; done
        tzsim merge part1 part2 part3 --output out/S
      """)

  @Argument(help: "The shards' output folders.")
  var partials: [String]

  @Option(help: "Output folder.")
  var output: String

  @OptionGroup var presentation: PresentationOptions

  func run() async throws {
    try await reporting {
      if let first = partials.first, NationalRunner.isNationalPartial(first) {
        try NationalRunner.merge(partials, output: output, presentation: presentation)
        return
      }
      let merge: ShardMerge
      do {
        merge = try ShardMerge(partialFiles: partials.map { URL(fileURLWithPath: $0).appendingPathComponent("partial.tzsim").path })
      } catch let e as ScenarioErrors {
        throw Failure.scenario(e)
      }
      if presentation.pdf { _ = try ReportPDF.requireBrowser() }
      let out = try OutputDirectory(path: output)
      do {
        let writer = try StudyWriter(
          study: merge.study, destination: out, flavour: presentation.flavour, language: presentation.lang,
          version: TZSimVersion.current, arguments: presentation.reproducing(merge.study))
        let uncertainty = try merge.fold(into: writer)
        try finish(writer, out, presentation, uncertainty: uncertainty)
      } catch {
        out.discard()
        throw error
      }
    }
  }
}
