public import Foundation
public import ResultsExport
public import ScenarioFormat

/// One shard's part of a national study (`national-partial.json`): the
/// study's bytes (and the detailed scenarios it read), the fit, and the
/// tallies of its slice of replications. Tallies add exactly, so the merge
/// writes the same bytes as the whole run.
public struct NationalPartial: Sendable, Codable, Equatable {
  public static let fileName = "national-partial.json"
  public static let format = "tzsim-national-partial 1"
  public var format: String
  public var program: String
  public var studySHA256: String
  public var seed: UInt64
  public var replications: Int
  public var shard: Int
  public var shards: Int
  public var first: Int
  public var count: Int
  public var studyFile: String
  public var study: Data
  public var detailed: [String: Data]
  public var fit: NationalFitRecord?
  public var capped: NationalTally
  public var unlimited: NationalTally?

  public init(
    program: String, scenario: NationalScenario, file: String, replications: Int, shard: Shard, range: Range<Int>,
    fit: NationalFitRecord?, capped: NationalTally, unlimited: NationalTally?
  ) {
    format = Self.format
    self.program = program
    studySHA256 = SHA256.hex(scenario.source)
    seed = scenario.seed
    self.replications = replications
    self.shard = shard.index
    shards = shard.count
    first = range.lowerBound
    count = range.count
    studyFile = file
    study = Data(scenario.source)
    detailed = Dictionary(scenario.detailedSources.map { ($0.file, Data($0.bytes)) }, uniquingKeysWith: { a, _ in a })
    self.fit = fit
    self.capped = capped
    self.unlimited = unlimited
  }

  public func encoded() throws -> Data {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys]
    return try e.encode(self)
  }

  /// Reads shards' partials and checks that they are the parts of one run:
  /// the same study bytes, seed, replications, program and shard count,
  /// every shard once. Returns them in shard order.
  public static func gather(_ files: [(path: String, data: Data)]) throws -> [NationalPartial] {
    var parts: [NationalPartial] = []
    for f in files {
      do {
        let p = try JSONDecoder().decode(NationalPartial.self, from: f.data)
        guard p.format == format else { throw StudyProblem("\(f.path): error: not a national partial of this format (\(p.format))") }
        parts.append(p)
      } catch let e as StudyProblem {
        throw e
      } catch {
        throw StudyProblem("\(f.path): error: not a national partial file", hint: "give the folders written by `tzsim run … --shard k/n`")
      }
    }
    guard let first = parts.first else { throw StudyProblem("error: no partial given") }
    guard (1...10_000).contains(first.shards), parts.allSatisfy({ (1...first.shards).contains($0.shard) }) else {
      throw StudyProblem(
        "error: the shards' numbers are not k/n with 1 ≤ k ≤ n ≤ 10000", hint: "give the folders written by `tzsim run … --shard k/n`")
    }
    for (p, f) in zip(parts, files) {
      guard p.studySHA256 == first.studySHA256, p.seed == first.seed, p.replications == first.replications,
        p.program == first.program, p.shards == first.shards, p.fit == first.fit
      else {
        throw StudyProblem(
          "\(f.path): error: this shard comes from another run (study, seed, replications, program, shard count or fit differ)",
          hint: "merge the shards of one run only")
      }
    }
    let sorted = parts.sorted { $0.shard < $1.shard }
    guard sorted.map(\.shard) == Array(1...first.shards) else {
      let missing = Set(1...first.shards).subtracting(sorted.map(\.shard)).sorted()
      throw StudyProblem(
        "error: \(missing.isEmpty ? "a shard is given twice" : "shard(s) \(missing.map(String.init).joined(separator: ", ")) of \(first.shards) missing")",
        hint: "give every shard's folder once")
    }
    return sorted
  }

  /// The study these partials are parts of, decoded from their bytes, and the tallies added in shard order.
  public static func merged(_ parts: [NationalPartial]) throws -> (
    study: NationalStudy, prepared: NationalPrepared, capped: NationalTally, unlimited: NationalTally?
  ) {
    guard let first = parts.first else { throw StudyProblem("error: no partial given") }
    let scenario: NationalScenario
    do {
      scenario = try NationalDecoder.decode(bytes: [UInt8](first.study), file: first.studyFile) { name in
        first.detailed[name].map { [UInt8]($0) }
      }
    } catch {
      throw StudyProblem("error: the study inside the partials does not read: \(error)")
    }
    var national = scenario
    national.seed = first.seed
    let study = NationalStudy(scenario: national, file: first.studyFile)
    var capped = first.capped
    var unlimited = first.unlimited
    for p in parts.dropFirst() {
      guard capped.fits(p.capped), (unlimited == nil) == (p.unlimited == nil),
        unlimited.map({ u in p.unlimited.map(u.fits) ?? false }) ?? true
      else { throw StudyProblem("error: shard \(p.shard)'s tallies do not match the study") }
      capped.merge(p.capped)
      if let u = p.unlimited { unlimited?.merge(u) }
    }
    let prepared = study.prepared(from: first.fit)
    let empty = NationalAggregator(parameters: prepared.parameters, watching: study.watched(prepared.parameters)).tally
    guard empty.fits(capped), unlimited.map(empty.fits) ?? true else {
      throw StudyProblem("error: the partials' tallies do not match their study", hint: "merge the shards of one run only")
    }
    return (study, prepared, capped, unlimited)
  }
}
