import Foundation
import ResultsExport
import ScenarioFormat
import Studies

/// Runs a national study (`tzsim_national: 1`) into an output folder, whole
/// or one shard of its replications, and merges shards.
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
    if options.observed != nil {
      throw Failure.usage(
        "error: --observed is for territory scenarios", hint: "a national study names its published figures with `points:` in its file")
    }
    if presentation.pdf { _ = try ReportPDF.requireBrowser() }
    var national = try load(path, bytes: bytes)
    if let seed = options.seed { national.seed = seed }
    let n = options.replications ?? national.replications
    guard (1...100_000).contains(n) else {
      throw Failure.usage("error: --replications must be between 1 and 100000, got \(n)", hint: nil)
    }
    let out = try OutputDirectory(path: try options.output ?? OutputDirectory.defaultPath(scenarioName: national.name))
    do {
      let study = NationalStudy(scenario: national, file: path)
      let started = Date()
      let say = { (step: String) in if !presentation.quiet { FileHandle.standardError.write(Data("\(step)…\n".utf8)) } }
      say("ajustement des profils types")
      let prepared = try await study.prepare(jobs: options.jobs)
      if let shard = options.slice {
        let range = shard.slice(of: n)
        say("tirages \(range.lowerBound)..<\(range.upperBound) de \(n), avec la règle du fonds puis sans plafond")
        let (capped, unlimited) = await study.tallies(prepared, replications: range, jobs: options.jobs)
        let partial = NationalPartial(
          program: TZSimVersion.current, scenario: national, file: path, replications: n, shard: shard, range: range,
          fit: prepared.fit, capped: capped, unlimited: unlimited)
        try out.write(NationalPartial.fileName, String(decoding: try partial.encoded(), as: UTF8.self))
        try out.commit()
        if !presentation.quiet {
          print(
            "shard \(shard): tirages \(range.lowerBound)..<\(range.upperBound) de \(n) → \(out.destination.path)/\(NationalPartial.fileName)"
          )
        }
        return
      }
      say("\(n) tirages avec la règle du fonds, puis sans plafond")
      let (capped, unlimited) = await study.tallies(prepared, replications: 0..<n, jobs: options.jobs)
      let report = study.report(prepared, capped: capped, unlimited: unlimited)
      try write(report, study, to: out, presentation)
      if !presentation.quiet {
        print(
          "\(national.name): \(n) tirages, \(report.summary.territories.count) territoires, \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
        )
        for line in report.headline { print("  \(line)") }
        print("→ \(out.destination.path)/report.html")
      }
    } catch {
      out.discard()
      throw error
    }
  }

  /// The files of a national run (the same for a whole run and a merge), then the folder moved into place.
  static func write(_ report: NationalReport, _ study: NationalStudy, to out: OutputDirectory, _ presentation: PresentationOptions)
    throws
  {
    for (name, text) in study.files(report, flavour: presentation.flavour) { try out.write(name, text) }
    if presentation.pdf {
      try ReportPDF.print(
        out.staging.appendingPathComponent("report.html"), to: out.staging.appendingPathComponent("report.pdf"),
        browser: ReportPDF.requireBrowser())
    }
    try out.commit()
  }

  /// Whether a shard's folder holds a national partial.
  static func isNationalPartial(_ folder: String) -> Bool {
    FileManager.default.fileExists(atPath: URL(fileURLWithPath: folder).appendingPathComponent(NationalPartial.fileName).path)
  }

  static func merge(_ folders: [String], output: String, presentation: PresentationOptions) throws {
    var files: [(path: String, data: Data)] = []
    for folder in folders {
      let path = URL(fileURLWithPath: folder).appendingPathComponent(NationalPartial.fileName).path
      guard let data = FileManager.default.contents(atPath: path) else {
        throw Failure.usage("\(path): error: no such file", hint: "give the folders written by `tzsim run … --shard k/n`")
      }
      files.append((path, data))
    }
    let merged = try NationalPartial.merged(try NationalPartial.gather(files))
    if presentation.pdf { _ = try ReportPDF.requireBrowser() }
    let out = try OutputDirectory(path: output)
    do {
      let report = merged.study.report(merged.prepared, capped: merged.capped, unlimited: merged.unlimited)
      try write(report, merged.study, to: out, presentation)
      if !presentation.quiet { print("\(folders.count) shards merged → \(out.destination.path)/report.html") }
    } catch {
      out.discard()
      throw error
    }
  }
}
