import ArgumentParser
import Foundation
import ResultsExport
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
      var shards: [(header: PartialFile.Header, reader: LineReader, path: String)] = []
      for folder in partials {
        let path = URL(fileURLWithPath: folder).appendingPathComponent("partial.tzsim").path
        guard let reader = LineReader(path: path) else {
          throw Failure.usage(
            "\(path): error: no partial result here", hint: "give the --output folders of `tzsim run --shard` or `tzsim compare --shard`")
        }
        guard let first = reader.next(), let header = PartialFile.decodeHeader(String(first)) else {
          throw Failure.usage("\(path): error: not a tzsim partial result", hint: "it must start with a tzsim_partial header line")
        }
        if let problem = header.problem(maxReplications: Limits.maxReplications) {
          throw Failure.usage("\(path): error: the header is corrupted: \(problem)", hint: "run that shard again")
        }
        shards.append((header, reader, path))
      }
      guard let first = shards.first?.header else {
        throw Failure.usage("error: no partial folder given", hint: "tzsim merge part1 part2 … --output DIR")
      }
      for s in shards where !s.header.sameStudy(as: first) {
        throw Failure.usage(
          "\(s.path): error: comes from another study (scenario, seed, replications, options or program differ)",
          hint: "merge only the shards of one run")
      }
      shards.sort { $0.header.shard < $1.header.shard }
      let indices = shards.map(\.header.shard)
      guard indices == Array(1...first.shards) else {
        let missing = Set(1...first.shards).subtracting(indices).sorted()
        let twice = Dictionary(grouping: indices, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        throw Failure.usage(
          "error: the shards do not cover 1…\(first.shards) once"
            + (missing.isEmpty ? "" : "; missing \(missing.map(String.init).joined(separator: ", "))")
            + (twice.isEmpty ? "" : "; given twice \(twice.map(String.init).joined(separator: ", "))"),
          hint: "run the missing shards, or drop the duplicates")
      }
      guard let bytes = Data(base64Encoded: first.scenarioBase64) else {
        throw Failure.internal("the partial's scenario cannot be decoded")
      }
      let scenario: Scenario
      do {
        scenario = try ScenarioDecoder.decode(bytes: [UInt8](bytes), file: "scenario (from the partials)")
      } catch let e as ScenarioErrors {
        throw Failure.scenario(e)
      }
      let study = try Study(
        scenario: scenario, file: "scenario (from the partials)", withOptions: first.command == "compare",
        seed: first.seed, replications: first.replications)
      let out = try OutputDirectory(path: output)
      do {
        let sink = try StudyOutput(study: study, out: out, presentation: presentation)
        var unit = 0
        for s in shards {
          let expected = Shard(index: s.header.shard, count: s.header.shards).slice(of: study.units)
          guard unit == expected.lowerBound else {
            throw Failure.internal("shard \(s.header.shard) starts at unit \(expected.lowerBound), expected \(unit)")
          }
          while let line = s.reader.next(), !line.isEmpty {
            guard let (option, result) = PartialFile.decodeResult(line), option == unit % study.variants.count,
              result.replication == unit / study.variants.count
            else {
              throw Failure.usage(
                "\(s.path): error: a result line cannot be read (unit \(unit))", hint: "the file may be truncated: run that shard again")
            }
            sink.add(unit, result)
            unit += 1
          }
          guard unit == expected.upperBound else {
            throw Failure.usage(
              "\(s.path): error: holds \(unit - expected.lowerBound) of \(expected.count) results",
              hint: "the shard did not finish: run it again")
          }
        }
        try sink.finishAndCommit()
      } catch {
        out.discard()
        throw error
      }
    }
  }
}
