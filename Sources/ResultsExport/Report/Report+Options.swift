import TerritoryModel

/// The staffing options: each option's verdict on the first objective, what
/// it changes against the baseline (paired differences), and what one more
/// person accompanied costs.
extension Report {
  struct OptionRow {
    let name: String
    let cost: String
    let verdict: String
    let probabilityDifference: String
    let extraAccompanied: String
    let costPerExtra: String
    let differences: [String]
  }

  var years: Double { Double(parameters.start.days(until: parameters.end) + 1) / 365.25 }

  /// Persons accompanied over the horizon, paired difference with the baseline.
  func extraAccompanied(_ o: ComparisonSummary.Option) -> KPIStatistics? { o.difference(KPI.accompanied.id) }

  /// Cost of one more person accompanied: the option's cost over the horizon ÷
  /// the extra persons accompanied, with the interval from the difference's
  /// 95 % interval (unbounded when that interval reaches 0 or below).
  func costPerExtra(_ o: ComparisonSummary.Option) -> (value: Double, low: Double, high: Double)? {
    guard let d = extraAccompanied(o), d.count > 0, o.horizonCostEUR > 0 else { return nil }
    let mean = d.mean > 0 ? o.horizonCostEUR / d.mean : .infinity
    let low = d.ci95.high > 0 ? o.horizonCostEUR / d.ci95.high : .infinity
    let high = d.ci95.low > 0 ? o.horizonCostEUR / d.ci95.low : .infinity
    return (mean, low, high)
  }

  func euros(_ x: Double) -> String { x.isFinite ? "\(text.number(x)) €" : text.t("sans borne", "unbounded") }

  func verdictCell(_ o: RunSummary.ObjectiveResult?) -> String {
    guard let o else { return "–" }
    let (lo, hi) = o.probabilityCI95
    return
      "\(text.t(Likelihood(probability: o.probability).words)) (\(text.percent(o.probability)); \(text.range(text.percent(lo), text.percent(hi))))"
  }

  /// One row for the baseline, then one per option.
  var optionRows: [OptionRow] {
    guard let c = comparison else { return [] }
    var rows = [
      OptionRow(
        name: text.t("Référence", "Baseline"), cost: "–", verdict: verdictCell(c.baseline.objectives.first), probabilityDifference: "–",
        extraAccompanied: "–", costPerExtra: "–",
        differences: c.headline.map { key in
          guard let k = KPI.named(ResultRow.kpiOf(key)), let st = c.baseline.kpi(key)?.statistics else { return "–" }
          return text.figure(k, st.mean)
        })
    ]
    for o in c.options {
      let d = o.probabilityDifferences.first
      let extra = extraAccompanied(o)
      rows.append(
        OptionRow(
          name: o.name, cost: "\(text.number(o.yearlyCostEUR)) €\(text.t(" par an", "/yr"))",
          verdict: verdictCell(o.summary.objectives.first),
          probabilityDifference: d.map {
            "\(text.signed($0.mean * 100)) pts (\(text.range(text.signed($0.ci95.low * 100), text.signed($0.ci95.high * 100))))"
          }
            ?? "–",
          extraAccompanied: extra.map {
            "\(text.signed($0.mean)) (\(text.range(text.signed($0.ci95.low), text.signed($0.ci95.high))))"
          } ?? "–",
          costPerExtra: costPerExtra(o).map {
            $0.value.isFinite
              ? "\(euros($0.value)) (\(text.range(euros($0.low), euros($0.high))))" : text.t("aucune personne en plus", "no extra person")
          } ?? "–",
          differences: c.headline.map { key in difference(o, key, baselineReplications: c.baseline.replications) }))
    }
    return rows
  }

  /// A headline figure's paired difference: "+1,2 (de +0,8 à +1,6)"; ratios in percentage points.
  func difference(_ o: ComparisonSummary.Option, _ key: String, baselineReplications: Int) -> String {
    guard let st = o.difference(key), let kpi = KPI.named(ResultRow.kpiOf(key)) else { return "–" }
    let share = kpi.unit == .share
    let k = share ? 100.0 : 1
    let digits = share ? 1 : max(kpi.digits, 1)
    let unit = share ? " pts" : ""
    let pairs =
      st.count < baselineReplications
      ? text.t(" — sur \(st.count) paires sur \(baselineReplications)", " — over \(st.count) pairs of \(baselineReplications)") : ""
    return
      "\(text.signed(st.mean * k, digits: digits))\(unit) (\(text.range(text.signed(st.ci95.low * k, digits: digits), text.signed(st.ci95.high * k, digits: digits))))\(pairs)"
  }

  /// A headline figure's column title: "Attente du premier rendez-vous (écart)".
  func headlineLabel(_ key: String) -> String {
    let parsed = ResultKey(parsing: key)
    let name = KPI.named(parsed.kpi).map { text.t($0.name) } ?? key
    return parsed.period.isEmpty ? name : "\(name) \(parsed.period)"
  }

  var optionsIntro: String {
    text.t(
      "Chaque option a été simulée sur les mêmes réplications que la référence (mêmes arrivées, mêmes tirages personnels) : les écarts sont appariés, et leur intervalle de confiance à 95 % est bien plus étroit que celui de deux simulations indépendantes. Un écart dont l'intervalle contient 0 n'est pas établi.",
      "Each option ran on the same replications as the baseline (same arrivals, same personal draws): differences are paired, with much narrower 95 % intervals than two independent runs. A difference whose interval contains 0 is not established."
    )
  }

  /// What the options say, in one or two sentences for the council.
  var optionsConclusion: String? {
    guard let c = comparison, let first = c.baseline.objectives.first else { return nil }
    let all =
      [(text.t("la référence", "the baseline"), first.probability, 0.0)]
      + c.options.compactMap { o in o.summary.objectives.first.map { (o.name, $0.probability, o.yearlyCostEUR) } }
    let comfortable = all.filter { Likelihood(probability: $0.1) == .veryLikely }
    let objective = text.kpi(first.objective.kpi.kpi).name.lowercased()
    if let cheapest = comfortable.min(by: { $0.2 < $1.2 }) {
      return text.t(
        "L'option la moins coûteuse qui rend l'objectif « \(objective) » très probable (au moins 90 %) est \(cheapest.0) (\(text.percent(cheapest.1))).",
        "The cheapest option making the objective “\(objective)” very likely (at least 90%) is \(cheapest.0) (\(text.percent(cheapest.1)))."
      )
    }
    let best = all.max { $0.1 < $1.1 }!
    return text.t(
      "Aucune option ne rend l'objectif « \(objective) » très probable (au moins 90 % des réplications) : la meilleure est \(best.0), avec \(text.percent(best.1)). Il faut d'autres options, ou un objectif revu.",
      "No option makes the objective “\(objective)” very likely (at least 90% of replications): the best is \(best.0), at \(text.percent(best.1)). Other options, or a revised objective, are needed."
    )
  }
}
