import Foundation
package import TerritoryModel

/// A shard's partial results: a header line, then one line per (option,
/// replication) in work order, with every number written so that it reads
/// back to the same `Double`. `tzsim merge` folds partials in work order
/// into files byte-identical to those of the unsharded run.
package enum PartialFile {
  package struct Header: Sendable, Equatable {
    package var command: String
    package var scenarioSHA: String
    package var seed: UInt64
    package var replications: Int
    package var options: [String]
    package var shard: Int
    package var shards: Int
    package var program: String
    package var scenarioBase64: String
    /// The outer design's size (base points, inner replications) when the run draws its uncertain assumptions, else nil.
    package var outer: Outer?

    package struct Outer: Sendable, Equatable {
      package var points: Int
      package var replications: Int
      package init(points: Int, replications: Int) {
        self.points = points
        self.replications = replications
      }
    }

    package init(
      command: String, scenarioSHA: String, seed: UInt64, replications: Int, options: [String], shard: Int, shards: Int, program: String,
      scenarioBase64: String, outer: Outer? = nil
    ) {
      self.outer = outer
      self.command = command
      self.scenarioSHA = scenarioSHA
      self.seed = seed
      self.replications = replications
      self.options = options
      self.shard = shard
      self.shards = shards
      self.program = program
      self.scenarioBase64 = scenarioBase64
    }

    /// What is wrong with a header read from a file, or nil: every field is
    /// range-checked before it is used (a shard is hostile input).
    package func problem(maxReplications: Int) -> String? {
      if !(1...maxReplications).contains(replications) { return "`replications` is \(replications), expected 1 to \(maxReplications)" }
      if options.count > 1_000 { return "\(options.count) options, expected at most 1000" }
      if let o = outer {
        if !(2...4096).contains(o.points) { return "`outer_points` is \(o.points), expected 2 to 4096" }
        if !(2...1000).contains(o.replications) { return "`inner_replications` is \(o.replications), expected 2 to 1000" }
        // The draws and the tornado add units: the study checks the count once rebuilt.
        if !(1...10_000).contains(shards) { return "`shards` is \(shards), expected 1 to 10000" }
      } else {
        let units = replications * (options.count + 1)
        if !(1...units).contains(shards) { return "`shards` is \(shards), expected 1 to \(units) (one unit per shard at most)" }
      }
      if !(1...shards).contains(shard) { return "`shard` is \(shard), expected 1 to \(shards)" }
      if command != "run" && command != "compare" { return "`command` is `\(command)`, expected run or compare" }
      return nil
    }

    /// Whether two partials are slices of the same study.
    package func sameStudy(as other: Header) -> Bool {
      command == other.command && scenarioSHA == other.scenarioSHA && seed == other.seed && replications == other.replications
        && options == other.options && shards == other.shards && program == other.program && outer == other.outer
    }
  }

  package static func encode(_ h: Header) -> String {
    var object: [String: Any] = [
      "tzsim_partial": 1, "command": h.command, "scenario_sha256": h.scenarioSHA, "seed": String(h.seed),
      "replications": h.replications, "options": h.options, "shard": h.shard, "shards": h.shards, "program": h.program,
      "scenario": h.scenarioBase64,
    ]
    if let o = h.outer {
      object["outer_points"] = o.points
      object["inner_replications"] = o.replications
    }
    return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
  }

  package static func decodeHeader(_ line: String) -> Header? {
    guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], o["tzsim_partial"] as? Int == 1,
      let command = o["command"] as? String, let sha = o["scenario_sha256"] as? String,
      let seed = (o["seed"] as? String).flatMap(UInt64.init),
      let n = o["replications"] as? Int, let options = o["options"] as? [String], let shard = o["shard"] as? Int,
      let shards = o["shards"] as? Int, let program = o["program"] as? String, let scenario = o["scenario"] as? String
    else { return nil }
    var outer: Header.Outer?
    if o["outer_points"] != nil || o["inner_replications"] != nil {
      guard let points = o["outer_points"] as? Int, let inner = o["inner_replications"] as? Int else { return nil }
      outer = Header.Outer(points: points, replications: inner)
    }
    return Header(
      command: command, scenarioSHA: sha, seed: seed, replications: n, options: options, shard: shard, shards: shards, program: program,
      scenarioBase64: scenario, outer: outer)
  }

  /// One draw of the outer design: `D<TAB>draw<TAB>events<TAB>met<TAB>means`, variants separated by `;`, values by `,`.
  package static func encodeDraw(_ d: Int, met: [[Int]], means: [[Double]], events: UInt64) -> String {
    "D\t\(d)\t\(events)\t" + met.map { $0.map(String.init).joined(separator: ",") }.joined(separator: ";") + "\t"
      + means.map { $0.map { "\($0)" }.joined(separator: ",") }.joined(separator: ";") + "\n"
  }

  /// A draw line read back, or nil when it is not one (or a figure is out of range).
  package static func decodeDraw(_ line: Substring) -> (draw: Int, met: [[Int]], means: [[Double]], events: UInt64)? {
    let f = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard f.count == 5, f[0] == "D", let d = Int(f[1]), d >= 0, let events = UInt64(f[2]) else { return nil }
    let metTexts = f[3].split(separator: ";", omittingEmptySubsequences: false).map { $0.split(separator: ",") }
    let met = metTexts.map { $0.compactMap { Int($0) } }
    let meanTexts = f[4].split(separator: ";", omittingEmptySubsequences: false).map { $0.split(separator: ",") }
    let means = meanTexts.map { $0.compactMap { Double($0) } }
    guard zip(meanTexts, means).allSatisfy({ $0.count == $1.count }), means.joined().allSatisfy({ abs($0) <= largestFigure || $0.isNaN }),
      zip(metTexts, met).allSatisfy({ $0.count == $1.count }), met.joined().allSatisfy({ $0 >= 0 }), met.count == means.count
    else { return nil }
    return (d, met, means, events)
  }

  /// One run of the tornado: `T<TAB>unit<TAB>outputs`.
  package static func encodeTornado(_ u: Int, outputs: [Double]) -> String {
    "T\t\(u)\t" + outputs.map { "\($0)" }.joined(separator: ",") + "\n"
  }

  /// A tornado line read back, or nil.
  package static func decodeTornado(_ line: Substring) -> (unit: Int, outputs: [Double])? {
    let f = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard f.count == 3, f[0] == "T", let u = Int(f[1]), u >= 0 else { return nil }
    let texts = f[2].split(separator: ",")
    let outputs = texts.compactMap { Double($0) }
    guard outputs.count == texts.count, outputs.allSatisfy({ abs($0) <= largestFigure || $0.isNaN }) else { return nil }
    return (u, outputs)
  }

  /// One result line: `option<TAB>replication<TAB>events<TAB>rows<TAB>months<TAB>monthly<TAB>objectives`.
  package static func encode(option: Int, _ r: ReplicationResult) -> String {
    var line = "\(option)\t\(r.replication)\t\(r.events)\t"
    line += r.rows.map { "\($0.kpi)|\($0.period)|\($0.dimension)|\($0.value)" }.joined(separator: ";")
    line += "\t" + r.months.joined(separator: ",")
    line += "\t" + r.monthly.map { "\($0.kpi)=" + $0.values.map { "\($0)" }.joined(separator: ",") }.joined(separator: ";")
    line += "\t" + r.objectives.map { "\($0.id)|\($0.value)|\($0.met ? 1 : 0)|\($0.dayMet.map(String.init) ?? "")" }.joined(separator: ";")
    return line + "\n"
  }

  /// The largest magnitude a figure read back may have: far above any real one (money over
  /// 30 years stays below 10¹²), far below where sums across replications overflow.
  package static let largestFigure = 1e15

  package static func decodeResult(_ line: Substring) -> (option: Int, result: ReplicationResult)? {
    let f = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard f.count == 7, let option = Int(f[0]), let r = Int(f[1]), let events = UInt64(f[2]) else { return nil }
    var rows: [ResultRow] = []
    for item in f[3].split(separator: ";") {
      let p = item.split(separator: "|", omittingEmptySubsequences: false)
      guard p.count == 4, let v = Double(p[3]), abs(v) <= largestFigure else { return nil }
      rows.append(ResultRow(kpi: String(p[0]), period: String(p[1]), dimension: String(p[2]), value: v))
    }
    let months = f[4].split(separator: ",").map(String.init)
    var monthly: [MonthlySeries] = []
    for item in f[5].split(separator: ";") {
      // The series name may hold `=` (`pce.accompanied[site=troyes]`); the values never do.
      guard let eq = item.lastIndex(of: "=") else { return nil }
      // A month without observation is NaN; nothing else that is not finite.
      let texts = item[item.index(after: eq)...].split(separator: ",")
      let values = texts.compactMap { Double($0) }
      guard values.count == texts.count, values.allSatisfy({ abs($0) <= largestFigure || $0.isNaN }) else { return nil }
      monthly.append(MonthlySeries(kpi: String(item[..<eq]), values: values))
    }
    var objectives: [ObjectiveOutcome] = []
    for item in f[6].split(separator: ";") {
      let p = item.split(separator: "|", omittingEmptySubsequences: false)
      guard p.count == 4, let v = Double(p[1]), abs(v) <= largestFigure, p[3].isEmpty || (Int(p[3]).map { $0 >= 0 } ?? false) else {
        return nil
      }
      objectives.append(ObjectiveOutcome(id: String(p[0]), value: v, met: p[2] == "1", dayMet: Int(p[3])))
    }
    return (option, ReplicationResult(replication: r, rows: rows, months: months, monthly: monthly, objectives: objectives, events: events))
  }
}
