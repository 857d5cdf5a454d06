import TerritoryModel

/// The staffing options side by side: each option's objectives and cost, and
/// its paired differences against the baseline with their 95 % intervals.
public struct ComparisonSummary: Sendable {
  public struct Option: Sendable {
    public let id: String
    public let name: String
    public let yearlyCostEUR: Double
    /// Extra cost over the horizon: yearly cost × years simulated.
    public let horizonCostEUR: Double
    public let summary: RunSummary
    /// Paired differences (option − baseline), by figure key, sorted.
    public let differences: [(key: String, statistics: KPIStatistics)]
    /// Paired difference of the probability of meeting each objective.
    public let probabilityDifferences: [KPIStatistics]

    public func difference(_ key: String) -> KPIStatistics? { differences.first { $0.key == key }?.statistics }
  }

  public let baseline: RunSummary
  public let options: [Option]
  /// Figures shown in the report's comparison table, in order.
  public let headline: [String]

  public init(
    baseline: RunSummary, options: [(id: String, name: String, yearlyCostEUR: Double, summary: RunSummary)],
    comparison: ComparisonAggregator, years: Double, headline: [String]
  ) {
    self.baseline = baseline
    self.options = options.map { o in
      Option(
        id: o.id, name: o.name, yearlyCostEUR: o.yearlyCostEUR, horizonCostEUR: o.yearlyCostEUR * years, summary: o.summary,
        differences: comparison.differences(option: o.id),
        probabilityDifferences: baseline.objectives.indices.map {
          comparison.probabilityDifference(option: o.id, objective: $0) ?? KPIStatistics()
        })
    }
    self.headline = headline.filter { baseline.kpi($0) != nil }
  }

  /// `comparison.csv`: one row per option and headline figure.
  public func csv(flavour: CSVFlavour) -> String {
    var out = flavour.header(
      [
        "option", "name", "yearly_cost_eur", "horizon_cost_eur", "figure", "option_mean", "baseline_mean",
        "difference_mean", "difference_ci95_low", "difference_ci95_high", "difference_sd", "pairs", "note",
      ],
      french: [
        "option", "nom", "coût_annuel_eur", "coût_période_eur", "chiffre", "moyenne_option", "moyenne_référence", "écart_moyen",
        "écart_ic95_bas", "écart_ic95_haut", "écart_type", "paires", "remarque",
      ])
    for o in options {
      let keys = headline + baseline.objectives.map { "objective:\($0.objective.id)" }
      for key in keys {
        let (optionMean, baseMean, diff): (Double, Double, KPIStatistics?)
        if key.hasPrefix("objective:") {
          let j = baseline.objectives.firstIndex { "objective:\($0.objective.id)" == key }!
          (optionMean, baseMean, diff) = (
            o.summary.objectives[j].probability, baseline.objectives[j].probability, o.probabilityDifferences[j]
          )
        } else {
          (optionMean, baseMean, diff) = (
            o.summary.kpi(key)?.statistics.mean ?? .nan, baseline.kpi(key)?.statistics.mean ?? .nan, o.difference(key)
          )
        }
        out += flavour.row([
          o.id, flavour.field(o.name), flavour.number(o.yearlyCostEUR), flavour.number(o.horizonCostEUR), flavour.field(key),
          flavour.number(optionMean), flavour.number(baseMean), flavour.number(diff?.mean ?? .nan),
          flavour.number(diff?.ci95.low ?? .nan), flavour.number(diff?.ci95.high ?? .nan), flavour.number(diff?.sd ?? .nan),
          String(diff?.count ?? 0),
          flavour.field(
            flavour == .standard
              ? pairingNote(pairs: diff?.count ?? 0)
              : Self.pairingNoteFR(pairs: diff?.count ?? 0, replications: baseline.replications)),
        ])
      }
    }
    return out
  }

  /// Why a paired difference has fewer pairs than replications, or "" when it has them all.
  public func pairingNote(pairs: Int) -> String { Self.pairingNote(pairs: pairs, replications: baseline.replications) }

  /// Why `pairs` paired differences out of `r` replications, or "" when none is missing.
  public static func pairingNote(pairs: Int, replications r: Int) -> String {
    guard pairs < r else { return "" }
    return
      "\(pairs) pairs of \(r) replications: the figure has no value (nothing observed) in \(r - pairs) replications of the option or the baseline"
  }

  /// The same in French, for the French spreadsheet files.
  static func pairingNoteFR(pairs: Int, replications r: Int) -> String {
    guard pairs < r else { return "" }
    return
      "\(pairs) paires sur \(r) réplications : le chiffre n'a pas de valeur (rien d'observé) dans \(r - pairs) réplications de l'option ou de la référence"
  }

  /// `comparison.json`: every figure's paired difference for every option.
  public func json() -> String {
    let n = SummaryFiles.n
    var out = "{\n  \"schema\": \"tzsim-comparison/1\",\n  \"options\": [\n"
    out += options.map { o in
      var s =
        "    {\"id\": \(SummaryFiles.q(o.id)), \"name\": \(SummaryFiles.q(o.name)), \"yearly_cost_eur\": \(n(o.yearlyCostEUR)), \"horizon_cost_eur\": \(n(o.horizonCostEUR)),\n"
      s +=
        "     \"objectives\": ["
        + baseline.objectives.indices.map { j in
          let p = o.summary.objectives[j]
          let d = o.probabilityDifferences[j]
          return
            "{\"id\": \(SummaryFiles.q(p.objective.id)), \"probability\": \(n(p.probability)), \"difference\": \(n(d.mean)), \"difference_ci95_low\": \(n(d.ci95.low)), \"difference_ci95_high\": \(n(d.ci95.high))}"
        }.joined(separator: ", ") + "],\n"
      s +=
        "     \"differences\": {\n"
        + o.differences.map { k, st in
          "       \(SummaryFiles.q(k)): {\"mean\": \(n(st.mean)), \"sd\": \(n(st.sd)), \"ci95_low\": \(n(st.ci95.low)), \"ci95_high\": \(n(st.ci95.high)), \"n\": \(st.count)"
            + (st.count < baseline.replications ? ", \"note\": \(SummaryFiles.q(pairingNote(pairs: st.count)))" : "") + "}"
        }.joined(separator: ",\n") + "\n     }}"
      return s
    }.joined(separator: ",\n")
    return out + "\n  ]\n}\n"
  }
}
