public import Foundation

/// `summary.json` (schema `tzsim-summary/1`, `docs/results.md`) as a typed
/// value: made from a run's summary, written in a fixed, diff-friendly layout
/// (one figure per line, keys in order, numbers in their shortest form with
/// at most six decimals, `null` for none), and read back with `JSONDecoder`
/// (`tzsim verify`). A test holds the two together: what is read writes the
/// same bytes again.
///
/// ```swift
/// let doc = try SummaryDocument.read(Data(contentsOf: folder.appending(path: "summary.json")))
/// doc.command   // ["run", "scenario.yaml", "--seed", "2020", …]
/// ```
public struct SummaryDocument: Codable, Equatable, Sendable {
  /// One figure across replications.
  public struct Figure: Codable, Equatable, Sendable {
    public var kpi, period, dimension: String
    public var n: Int
    public var mean, sd, ci95_low, ci95_high, p10, p50, p90: Double?
  }

  /// One objective across replications.
  public struct ObjectiveRecord: Codable, Equatable, Sendable {
    public var id, kpi, period, comparison: String
    public var target, value_mean, value_ci95_low, value_ci95_high: Double?
    public var probability, probability_ci95_low, probability_ci95_high: Double?
    public var met: Int
    public var share_never_met, day_met_p10, day_met_p50, day_met_p90: Double?
  }

  public var schema = "tzsim-summary/1"
  public var program: String
  public var scenario_sha256: String?
  public var command: [String]?
  public var scenario: String
  public var seed: UInt64
  public var replications: Int
  public var events: UInt64
  /// By key (`kpi[dimension]@period`).
  public var kpis: [String: Figure]
  public var objectives: [ObjectiveRecord]
  public var effective_scenario: String

  /// Reads a `summary.json`.
  public static func read(_ data: Data) throws -> SummaryDocument { try JSONDecoder().decode(SummaryDocument.self, from: data) }

  /// The document of a run's summary.
  public init(_ s: RunSummary, scenarioYAML: String, version: String, provenance: Provenance? = nil) {
    func v(_ x: Double) -> Double? { x.isFinite ? Double(NumberText.plain(x)) : nil }
    program = "tzsim " + version
    scenario_sha256 = provenance?.scenarioSHA256
    command = provenance?.arguments
    scenario = s.scenarioName
    seed = s.seed
    replications = s.replications
    events = s.events
    kpis = Dictionary(
      s.kpis.map { k in
        let st = k.statistics
        let q = st.quantiles
        return (
          k.key,
          Figure(
            kpi: k.kpi, period: k.period, dimension: k.dimension, n: st.count, mean: v(st.mean), sd: v(st.sd), ci95_low: v(st.ci95.low),
            ci95_high: v(st.ci95.high), p10: v(q.p10), p50: v(q.p50), p90: v(q.p90))
        )
      }, uniquingKeysWith: { a, _ in a })
    objectives = s.objectives.map { o in
      let d = o.dayMet
      let met = d.count > 0
      return ObjectiveRecord(
        id: o.objective.id, kpi: o.objective.kpi.id, period: o.objective.period.description, comparison: o.objective.comparison.rawValue,
        target: v(o.objective.target), value_mean: v(o.value.mean), value_ci95_low: v(o.value.ci95.low),
        value_ci95_high: v(o.value.ci95.high), probability: v(o.probability), probability_ci95_low: v(o.probabilityCI95.low),
        probability_ci95_high: v(o.probabilityCI95.high), met: o.met, share_never_met: v(o.shareNeverMet),
        day_met_p10: met ? v(d.quantiles.p10) : nil, day_met_p50: met ? v(d.quantiles.p50) : nil,
        day_met_p90: met ? v(d.quantiles.p90) : nil)
    }
    effective_scenario = scenarioYAML
  }

  /// The file's text, in its fixed layout.
  public var json: String {
    typealias F = SummaryFiles
    func n(_ x: Double?) -> String { x.map(F.n) ?? "null" }
    var out = "{\n"
    out += "  \"schema\": \(F.q(schema)),\n"
    out += "  \"program\": \(F.q(program)),\n"
    if let sha = scenario_sha256 { out += "  \"scenario_sha256\": \(F.q(sha)),\n" }
    if let command { out += "  \"command\": [\(command.map(F.q).joined(separator: ", "))],\n" }
    out += "  \"scenario\": \(F.q(scenario)),\n"
    out += "  \"seed\": \(seed),\n"
    out += "  \"replications\": \(replications),\n"
    out += "  \"events\": \(events),\n"
    out += "  \"kpis\": {\n"
    out += kpis.keys.sorted().map { key in
      let f = kpis[key]!
      return "    \(F.q(key)): {\"kpi\": \(F.q(f.kpi)), \"period\": \(F.q(f.period)), \"dimension\": \(F.q(f.dimension)), "
        + "\"n\": \(f.n), \"mean\": \(n(f.mean)), \"sd\": \(n(f.sd)), \"ci95_low\": \(n(f.ci95_low)), \"ci95_high\": \(n(f.ci95_high)), "
        + "\"p10\": \(n(f.p10)), \"p50\": \(n(f.p50)), \"p90\": \(n(f.p90))}"
    }.joined(separator: ",\n")
    out += "\n  },\n"
    out += "  \"objectives\": [\n"
    out += objectives.map { o in
      "    {\"id\": \(F.q(o.id)), \"kpi\": \(F.q(o.kpi)), \"period\": \(F.q(o.period)), "
        + "\"comparison\": \(F.q(o.comparison)), \"target\": \(n(o.target)), "
        + "\"value_mean\": \(n(o.value_mean)), \"value_ci95_low\": \(n(o.value_ci95_low)), \"value_ci95_high\": \(n(o.value_ci95_high)), "
        + "\"probability\": \(n(o.probability)), \"probability_ci95_low\": \(n(o.probability_ci95_low)), \"probability_ci95_high\": \(n(o.probability_ci95_high)), "
        + "\"met\": \(o.met), \"share_never_met\": \(n(o.share_never_met)), "
        + "\"day_met_p10\": \(n(o.day_met_p10)), \"day_met_p50\": \(n(o.day_met_p50)), \"day_met_p90\": \(n(o.day_met_p90))}"
    }.joined(separator: ",\n")
    out += "\n  ],\n"
    out += "  \"effective_scenario\": \(F.q(effective_scenario))\n"
    out += "}\n"
    return out
  }
}
