import Foundation
import TerritoryModel

/// The run's files other than the report: `summary.json`, `summary.csv`,
/// `monthly.csv`. Output is byte-stable: keys sorted, numbers in a fixed form.
public enum SummaryFiles {
  /// `summary.json`, schema `tzsim-summary/1` (documented in `docs/results.md`), through ``SummaryDocument``.
  public static func json(_ s: RunSummary, scenarioYAML: String, version: String, provenance: Provenance? = nil) -> String {
    SummaryDocument(s, scenarioYAML: scenarioYAML, version: version, provenance: provenance).json
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
