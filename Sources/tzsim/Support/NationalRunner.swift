import Foundation
import ResultsExport
import ScenarioFormat
import Studies

/// Runs a national study (`tzsim_national: 1`) into an output folder.
enum NationalRunner {
  /// Reads a national study; files it names are read beside it. Problems exit 64 with their places.
  static func load(_ path: String, bytes: [UInt8]) throws -> NationalScenario {
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    do {
      return try NationalDecoder.decode(bytes: bytes, file: path) { name in
        guard !name.hasPrefix("/"), !name.split(separator: "/").contains("..") else { return nil }
        return FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { [UInt8]($0) }
      }
    } catch {
      throw Failure.scenario(error)
    }
  }

  static func execute(path: String, bytes: [UInt8], options: StudyOptions, presentation: PresentationOptions) async throws {
    var national = try load(path, bytes: bytes)
    if let seed = options.seed { national.seed = seed }
    if options.shard != nil {
      throw Failure.usage(
        "error: a national study is not sharded by `run --shard`", hint: "run it whole: 1,000 replications take well under a minute")
    }
    let out = try OutputDirectory(path: try options.output ?? OutputDirectory.defaultPath(scenarioName: national.name))
    do {
      let study = NationalStudy(scenario: national, file: path)
      let started = Date()
      let report = try await study.execute(replications: options.replications, jobs: options.jobs) { step in
        if !presentation.quiet { FileHandle.standardError.write(Data("\(step)…\n".utf8)) }
      }
      for (name, text) in report.files(flavour: presentation.flavour) { try out.write(name, text) }
      try out.write("scenario.yaml", String(decoding: national.source, as: UTF8.self))
      for d in national.detailedSources {
        try out.write("scenario-\(URL(fileURLWithPath: d.file).lastPathComponent)", String(decoding: d.bytes, as: UTF8.self))
      }
      try out.commit()
      if !presentation.quiet {
        print(
          "\(national.name): \(report.summary.replications) tirages, \(report.summary.territories.count) territoires, \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
        )
        for line in report.headline { print("  \(line)") }
        print("→ \(out.destination.path)/report.html")
      }
    } catch {
      out.discard()
      throw error
    }
  }
}
