import Foundation
public import ResultsExport
import ScenarioFormat

/// The shards of one study, read back from their partial files: checked to
/// belong together and to cover every shard once, then folded in unit order
/// into a ``StudyWriter``, which writes what the unsharded run writes.
///
/// Partial files are hostile input: every header field is range-checked and
/// every result line is checked against the unit it should hold.
public struct ShardMerge {
  struct Part {
    let header: PartialFile.Header
    let reader: LineReader
    let path: String
  }

  let parts: [Part]
  /// The study the shards slice, rebuilt from the scenario they carry.
  public let study: Study

  /// Reads the headers of `paths` (partial files) and rebuilds their study.
  /// - Throws: ``StudyProblem`` when the files are not one study's shards, each
  ///   once; `ScenarioErrors` if the carried scenario no longer reads.
  public init(partialFiles paths: [String]) throws {
    var parts: [Part] = []
    for path in paths {
      guard let reader = LineReader(path: path) else {
        throw StudyProblem(
          "\(path): error: no partial result here", hint: "give the --output folders of `tzsim run --shard` or `tzsim compare --shard`")
      }
      guard let first = reader.next(), let header = PartialFile.decodeHeader(String(first)) else {
        throw StudyProblem("\(path): error: not a tzsim partial result", hint: "it must start with a tzsim_partial header line")
      }
      if let problem = header.problem(maxReplications: Int(Scenario.replicationsRange.upper)) {
        throw StudyProblem("\(path): error: the header is corrupted: \(problem)", hint: "run that shard again")
      }
      parts.append(Part(header: header, reader: reader, path: path))
    }
    guard let first = parts.first?.header else {
      throw StudyProblem("error: no partial folder given", hint: "tzsim merge part1 part2 … --output DIR")
    }
    for p in parts where !p.header.sameStudy(as: first) {
      throw StudyProblem(
        "\(p.path): error: comes from another study (scenario, seed, replications, options or program differ)",
        hint: "merge only the shards of one run")
    }
    parts.sort { $0.header.shard < $1.header.shard }
    let indices = parts.map(\.header.shard)
    guard indices == Array(1...first.shards) else {
      let missing = Set(1...first.shards).subtracting(indices).sorted()
      let twice = Dictionary(grouping: indices, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
      throw StudyProblem(
        "error: the shards do not cover 1…\(first.shards) once"
          + (missing.isEmpty ? "" : "; missing \(missing.map(String.init).joined(separator: ", "))")
          + (twice.isEmpty ? "" : "; given twice \(twice.map(String.init).joined(separator: ", "))"),
        hint: "run the missing shards, or drop the duplicates")
    }
    guard let bytes = Data(base64Encoded: first.scenarioBase64) else {
      throw StudyProblem("\(parts[0].path): error: the scenario it carries cannot be decoded", hint: "run that shard again")
    }
    let file = "scenario (from the partials)"
    let scenario = try ScenarioDecoder.decode(bytes: [UInt8](bytes), file: file)
    var study = try Study(
      scenario: scenario, file: file, withOptions: first.command == "compare", seed: first.seed, replications: first.replications)
    // The outer design as the shards ran it: its sizes, or left out (`--without-uncertainty`).
    if let o = first.outer {
      guard scenario.uncertainty != nil else {
        throw StudyProblem("\(parts[0].path): error: the header names an outer design the scenario lacks", hint: "run that shard again")
      }
      study = try study.resizingUncertainty(points: o.points, replications: o.replications)
    } else {
      study.uncertainty = nil
    }
    work = try StudyWork(study: study)
    guard first.shards <= work.units else {
      throw StudyProblem("\(parts[0].path): error: \(first.shards) shards for \(work.units) units of work", hint: "run the shards again")
    }
    self.study = study
    self.parts = parts
  }

  /// Every unit of the run: the replications, then the outer design's draws and the tornado's runs.
  let work: StudyWork

  /// Feeds every replication, in order, to `writer`; returns the summary of
  /// the outer design when the run drew its uncertain assumptions (the one the
  /// unsharded run computes, to the bit).
  @discardableResult
  public func fold(into writer: StudyWriter) throws -> UncertaintySummary? {
    var unit = 0
    var outcomes: [DrawOutcome] = []
    var tornado = work.tornado.map { TornadoStudy.Fold($0) }
    let width = study.scenario.parameters.objectives.count + (work.outer?.headline.count ?? 0)
    for p in parts {
      let expected = Shard(index: p.header.shard, count: p.header.shards).slice(of: work.units)
      while let line = p.reader.next(), !line.isEmpty {
        let bad = StudyProblem(
          "\(p.path): error: a result line cannot be read (unit \(unit))", hint: "the file may be truncated: run that shard again")
        guard unit < expected.upperBound else { throw bad }
        switch work.locate(unit) {
        case .replication(let u):
          guard let (option, result) = PartialFile.decodeResult(line), option == u % study.variants.count,
            result.replication == u / study.variants.count
          else { throw bad }
          writer.add(u, result)
        case .draw(let d):
          guard let o = PartialFile.decodeDraw(line), o.draw == d, o.met.count == study.variants.count,
            o.met.allSatisfy({ $0.count == study.scenario.parameters.objectives.count }),
            o.met.joined().allSatisfy({ $0 <= (study.uncertainty?.replications ?? 0) }),
            o.means.allSatisfy({ $0.count == work.outer?.headline.count })
          else { throw bad }
          outcomes.append(DrawOutcome(met: o.met, means: o.means, events: o.events))
        case .tornado(let t):
          guard let o = PartialFile.decodeTornado(line), o.unit == t, o.outputs.count == width else { throw bad }
          tornado?.add(t, o.outputs)
        }
        unit += 1
      }
      guard unit == expected.upperBound else {
        throw StudyProblem(
          "\(p.path): error: holds \(unit - expected.lowerBound) of \(expected.count) results",
          hint: "the shard did not finish: run it again")
      }
    }
    guard let outer = work.outer else { return nil }
    return UncertaintyAnalysis.summary(outer, outcomes: outcomes, tornado: tornado?.tornado)
  }
}
