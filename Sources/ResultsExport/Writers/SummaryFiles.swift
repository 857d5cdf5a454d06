import Foundation
import TerritoryModel

/// The run's files other than the report: `summary.json`, `summary.csv`,
/// `monthly.csv`. Output is byte-stable: keys sorted, numbers in a fixed form.
public enum SummaryFiles {
  /// `summary.json`, schema `tzsim-summary/1` (documented in `docs/results.md`).
  public static func json(_ s: RunSummary, scenarioYAML: String, version: String, provenance: Provenance? = nil) -> String {
    var out = "{\n"
    out += "  \"schema\": \"tzsim-summary/1\",\n"
    out += "  \"program\": \(q("tzsim " + version)),\n"
    if let p = provenance {
      out += "  \"scenario_sha256\": \(q(p.scenarioSHA256)),\n"
      out += "  \"command\": [\(p.arguments.map(q).joined(separator: ", "))],\n"
    }
    out += "  \"scenario\": \(q(s.scenarioName)),\n"
    out += "  \"seed\": \(s.seed),\n"
    out += "  \"replications\": \(s.replications),\n"
    out += "  \"events\": \(s.events),\n"
    out += "  \"kpis\": {\n"
    out += s.kpis.map { k in
      let st = k.statistics
      let (lo, hi) = st.ci95
      let (p10, p50, p90) = st.quantiles
      return "    \(q(k.key)): {\"kpi\": \(q(k.kpi)), \"period\": \(q(k.period)), \"dimension\": \(q(k.dimension)), "
        + "\"n\": \(st.count), \"mean\": \(n(st.mean)), \"sd\": \(n(st.sd)), \"ci95_low\": \(n(lo)), \"ci95_high\": \(n(hi)), "
        + "\"p10\": \(n(p10)), \"p50\": \(n(p50)), \"p90\": \(n(p90))}"
    }.joined(separator: ",\n")
    out += "\n  },\n"
    out += "  \"objectives\": [\n"
    out += s.objectives.map { o in
      let (lo, hi) = o.probabilityCI95
      let d = o.dayMet
      return
        "    {\"id\": \(q(o.objective.id)), \"kpi\": \(q(o.objective.kpi.id)), \"period\": \(q(o.objective.period.description)), "
        + "\"comparison\": \(q(o.objective.comparison.rawValue)), \"target\": \(n(o.objective.target)), "
        + "\"value_mean\": \(n(o.value.mean)), \"value_ci95_low\": \(n(o.value.ci95.low)), \"value_ci95_high\": \(n(o.value.ci95.high)), "
        + "\"probability\": \(n(o.probability)), \"probability_ci95_low\": \(n(lo)), \"probability_ci95_high\": \(n(hi)), "
        + "\"met\": \(o.met), \"share_never_met\": \(n(o.shareNeverMet)), "
        + "\"day_met_p10\": \(n(d.count > 0 ? d.quantiles.p10 : .nan)), \"day_met_p50\": \(n(d.count > 0 ? d.quantiles.p50 : .nan)), "
        + "\"day_met_p90\": \(n(d.count > 0 ? d.quantiles.p90 : .nan))}"
    }.joined(separator: ",\n")
    out += "\n  ],\n"
    out += "  \"effective_scenario\": \(q(scenarioYAML))\n"
    out += "}\n"
    return out
  }

  /// `summary.csv`: one row per figure.
  public static func csv(_ s: RunSummary, flavour: CSVFlavour) -> String {
    let standard = ["kpi", "period", "dimension", "n", "mean", "sd", "ci95_low", "ci95_high", "p10", "p50", "p90"]
    let french = [
      "indicateur_id", "indicateur", "période", "dimension", "n", "moyenne", "écart_type", "ic95_bas", "ic95_haut", "p10", "p50", "p90",
    ]
    var out = flavour.header(standard, french: french)
    for k in s.kpis {
      let st = k.statistics
      let (p10, p50, p90) = st.quantiles
      out += flavour.row(
        [flavour.field(k.kpi)] + flavour.kpiName(k.kpi) + [flavour.field(k.period), flavour.field(k.dimension), String(st.count)]
          + [st.mean, st.sd, st.ci95.low, st.ci95.high, p10, p50, p90].map(flavour.number))
    }
    return out
  }

  /// `monthly.csv`: mean and 10–90 % band of each monthly series.
  public static func monthlyCSV(_ s: RunSummary, flavour: CSVFlavour) -> String {
    var out = flavour.header(
      ["month", "kpi", "mean", "p10", "p90"],
      french: ["mois", "indicateur_id", "indicateur", "moyenne", "p10", "p90"])
    for m in s.months.indices {
      for series in s.monthly where m < series.months.count {
        let st = series.months[m]
        // A month with no value in any replication is written empty, not 0.
        let mean = st.count > 0 ? st.mean : .nan
        out += flavour.row(
          [
            s.months[m], flavour.field(series.kpi),
          ] + flavour.kpiName(series.kpi) + [
            flavour.number(mean),
            flavour.number(st.quantiles.p10), flavour.number(st.quantiles.p90),
          ])
      }
    }
    return out
  }

  static func n(_ x: Double) -> String { x.isFinite ? NumberText.plain(x) : "null" }

  static func q(_ s: String) -> String {
    var out = "\""
    for ch in s.unicodeScalars {
      switch ch {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if ch.value < 0x20 { out += String(format: "\\u%04x", ch.value) } else { out.unicodeScalars.append(ch) }
      }
    }
    return out + "\""
  }
}
