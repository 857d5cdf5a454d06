import SimulationCore
public import TerritoryModel

/// The council report: a verdict per objective, charts with bands, tables per
/// site and per commune, key figures with what each counts, the scenario's
/// assumptions. HTML is self-contained (inline CSS and SVG, no script).
public struct Report {
  public let summary: RunSummary
  public let parameters: TerritoryParameters
  public let assumptions: [String]
  public let language: ReportLanguage
  public let version: String
  /// The staffing options, when the report comes from `tzsim compare`.
  public let comparison: ComparisonSummary?
  let text: ReportText

  public init(
    summary: RunSummary, parameters: TerritoryParameters, assumptions: [String], language: ReportLanguage, version: String,
    comparison: ComparisonSummary? = nil
  ) {
    self.summary = summary
    self.parameters = parameters
    self.assumptions = assumptions
    self.language = language
    self.version = version
    self.comparison = comparison
    text = ReportText(language: language, parameters: parameters)
  }

  // MARK: Content shared by both formats

  var title: String { text.t("Simulation TZSim — \(summary.scenarioName)", "TZSim simulation — \(summary.scenarioName)") }

  var method: String {
    text.t(
      "\(summary.replications) réplications indépendantes du scénario « \(summary.scenarioName) », du \(date(parameters.start)) au \(date(parameters.end)), graine \(summary.seed) (tzsim \(version)). Chaque chiffre est une moyenne sur les réplications, avec son intervalle de confiance à 95 % ; les fourchettes « 10–90 % » disent où tombent 8 réplications sur 10.",
      "\(summary.replications) independent replications of scenario “\(summary.scenarioName)”, from \(date(parameters.start)) to \(date(parameters.end)), seed \(summary.seed) (tzsim \(version)). Each figure is a mean over replications with its 95 % confidence interval; “10–90 %” ranges say where 8 replications in 10 fall."
    )
  }

  func date(_ d: CivilDate) -> String { text.date((d.year, d.month, d.day)) }
  func date(day: Double) -> String { date(parameters.start.adding(days: Int(day.rounded(.down)))) }

  /// One paragraph per objective.
  var verdicts: [String] {
    summary.objectives.map { o in
      let obj = o.objective
      let (name, counts) = text.kpi(obj.kpi.kpi)
      let cmp = obj.comparison == .atLeast ? text.t("au moins", "at least") : text.t("au plus", "at most")
      let period: String
      switch obj.period {
      case .year(let y): period = text.t("en \(y)", "in \(y)")
      case .date(let d): period = text.t("au \(date(d))", "on \(date(d))")
      case .horizon: period = text.t("sur toute la période", "over the whole horizon")
      }
      let (lo, hi) = o.probabilityCI95
      var s = text.t(
        "**\(name) \(period) : \(cmp) \(text.number(obj.target))** (\(counts)). Objectif atteint avec une probabilité de **\(text.number(o.probability, digits: 2))** (IC 95 % : \(text.number(lo, digits: 2))–\(text.number(hi, digits: 2))), dans \(o.met) réplications sur \(o.replications).",
        "**\(name) \(period): \(cmp) \(text.number(obj.target))** (\(counts)). Met with probability **\(text.number(o.probability, digits: 2))** (95 % CI: \(text.number(lo, digits: 2))–\(text.number(hi, digits: 2))), in \(o.met) of \(o.replications) replications."
      )
      if o.dayMet.count > 0 {
        let q = o.dayMet.quantiles
        s += text.t(
          " Date à laquelle il est atteint, parmi les \(o.dayMet.count) réplications où il l'est : médiane le \(date(day: q.p50)) (10 % d'entre elles avant le \(date(day: q.p10)), 90 % avant le \(date(day: q.p90))).",
          " Date met, over the \(o.dayMet.count) replications that met it: median \(date(day: q.p50)) (10 % of them by \(date(day: q.p10)), 90 % by \(date(day: q.p90)))."
        )
      }
      s += text.t(
        " Jamais atteint dans \(text.percent(o.shareNeverMet)) des réplications. Valeur moyenne : \(text.number(o.value.mean, digits: 1)) (IC 95 % \(o.value.hasInterval ? "\(text.number(o.value.ci95.low, digits: 1))–\(text.number(o.value.ci95.high, digits: 1))" : "non défini avec une seule réplication")).",
        " Never met in \(text.percent(o.shareNeverMet)) of replications. Mean value: \(text.number(o.value.mean, digits: 1)) (95 % CI \(o.value.hasInterval ? "\(text.number(o.value.ci95.low, digits: 1))–\(text.number(o.value.ci95.high, digits: 1))" : "undefined with one replication"))."
      )
      return s
    }
  }

  /// The KPIs of the key-figures table, in order.
  static let keyFigureKPIs: [KPI] = [
    .accompanied, .firstAppointmentWait, .advisorUtilization, .reinforcedCaseload, .exitsToEmployment, .workshopSessions,
    .workshopAttended, .workshopFillRate, .workshopWait, .invitationsSent, .invitationsResponded,
  ]
  static let keyFigureTZCLDKPIs: [KPI] = [
    .volunteers, .hires, .headcount, .fte, .waitingList, .otherEmployerPlacements, .ppdeRemaining, .payroll, .stateCDE, .departement,
    .startupGrants, .balance,
  ]

  /// Key figures: (KPI, period label, statistics), each year then the whole horizon.
  var keyFigures: [(KPI, String, RunSummary.Figure)] {
    let years = (parameters.start.year...parameters.end.year).map(String.init)
    let kpis = Self.keyFigureKPIs + (parameters.tzcld != nil ? Self.keyFigureTZCLDKPIs : [])
    var out: [(KPI, String, RunSummary.Figure)] = []
    for kpi in kpis {
      for period in years + [""] {
        if let k = summary.figure(kpi, period: period) {
          out.append((kpi, period.isEmpty ? text.t("total / fin", "total / end") : period, k))
        }
      }
    }
    return out
  }

  /// A figure of the KPI a result key names (`pce.accompanied@2020`).
  func figure(key: String, _ x: Double) -> String {
    KPI.named(ResultRow.kpiOf(key)).map { text.figure($0, x) } ?? text.number(x, digits: 1)
  }

  /// Per site: accompanied (mean per year over the horizon), mean wait, utilisation.
  var siteRows: [(site: String, accompanied: RunSummary.Figure?, wait: RunSummary.Figure?, utilization: RunSummary.Figure?)] {
    (parameters.sites.map { ($0.id, $0.name) } + parameters.permanences.map { ($0.id, $0.name) }).map { id, name in
      (
        name, summary.figure(.accompanied, dimension: "site=\(id)"), summary.figure(.firstAppointmentWait, dimension: "site=\(id)"),
        summary.figure(.advisorUtilization, dimension: "site=\(id)")
      )
    }
  }

  /// Per commune: the place serving it, invitations answered, TZCLD volunteers (for
  /// TZCLD communes). Communes with neither figure are left out.
  var communeRows: [(commune: String, servedBy: String, answers: RunSummary.Figure?, volunteers: RunSummary.Figure?)] {
    // The first site (then permanence) of a commune serves it, as in the model.
    let places = Dictionary(
      parameters.sites.map { ($0.commune, $0.name) } + parameters.permanences.map { ($0.commune, $0.name) }, uniquingKeysWith: { a, _ in a }
    )
    let names = Dictionary(
      parameters.sites.map { ($0.id, $0.name) } + parameters.permanences.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    return parameters.communes.compactMap { c in
      let answers = summary.figure(.invitationsResponded, dimension: "commune=\(c.inseeCode)")
      let volunteers = summary.figure(.volunteers, dimension: "commune=\(c.inseeCode)")
      guard answers != nil || volunteers != nil else { return nil }
      let served = parameters.servedBy[c.inseeCode].flatMap { names[$0] } ?? places[c.nearestServicePoint] ?? "–"
      return ("\(c.name) (\(c.inseeCode))", served, answers, volunteers)
    }
  }

  // MARK: Staffing options

  /// One row per option: cost, probability of the first objective, paired differences.
  var optionRows: [(name: String, cost: String, probability: String, probabilityDifference: String, differences: [String])] {
    guard let c = comparison else { return [] }
    let ci = text.t("IC 95 %", "95 % CI")
    func signed(_ x: Double, _ digits: Int) -> String { (x > 0 ? "+" : "") + text.number(x, digits: digits) }
    var rows: [(String, String, String, String, [String])] = []
    if let first = c.baseline.objectives.first {
      let (lo, hi) = first.probabilityCI95
      rows.append(
        (
          text.t("Référence", "Baseline"), "–",
          "\(text.number(first.probability, digits: 2)) (\(ci) \(text.number(lo, digits: 2))–\(text.number(hi, digits: 2)))", "–",
          c.headline.map { figure(key: $0, c.baseline.kpi($0)?.statistics.mean ?? .nan) }
        ))
    }
    for o in c.options {
      let p = o.summary.objectives.first
      let (lo, hi) = p?.probabilityCI95 ?? (.nan, .nan)
      let d = o.probabilityDifferences.first
      rows.append(
        (
          o.name, "\(text.number(o.yearlyCostEUR)) €/\(text.t("an", "yr"))",
          p.map { "\(text.number($0.probability, digits: 2)) (\(ci) \(text.number(lo, digits: 2))–\(text.number(hi, digits: 2)))" } ?? "–",
          d.map { "\(signed($0.mean, 2)) (\(ci) \(signed($0.ci95.low, 2))–\(signed($0.ci95.high, 2)))" } ?? "–",
          c.headline.map { key in
            guard let st = o.difference(key) else { return "–" }
            // Ratios differ in percentage points.
            let (k, unit) = KPI.named(ResultRow.kpiOf(key))?.unit == .share ? (100.0, text.t("\u{202F}pt", " pt")) : (1.0, "")
            let pairs =
              st.count < c.baseline.replications
              ? text.t(
                " sur \(st.count) paires sur \(c.baseline.replications) : sans valeur ailleurs",
                " over \(st.count) pairs of \(c.baseline.replications): no value elsewhere")
              : ""
            return "\(signed(st.mean * k, 1))\(unit) (\(signed(st.ci95.low * k, 1))–\(signed(st.ci95.high * k, 1)))\(pairs)"
          }
        ))
    }
    return rows
  }

  var optionsIntro: String {
    text.t(
      "Chaque option a été simulée sur les mêmes réplications que la référence (mêmes arrivées, mêmes tirages personnels) : les écarts sont appariés, leur intervalle de confiance est bien plus étroit que celui de deux simulations indépendantes. Pour la référence, la ligne donne les valeurs moyennes ; pour une option, l'écart moyen à la référence et son IC 95 %.",
      "Each option ran on the same replications as the baseline (same arrivals, same personal draws): differences are paired, with much narrower intervals than two independent runs. The baseline row gives mean values; an option's row gives its mean difference from the baseline and its 95 % CI."
    )
  }

  // MARK: Charts

  func series(_ kpi: KPI, _ color: String, scale: Double = 1) -> SVGChart.Series? {
    guard let m = summary.monthly(kpi) else { return nil }
    return SVGChart.Series(
      name: text.t(kpi.name), color: color, mean: m.months.map { $0.count > 0 ? $0.mean * scale : .nan },
      low: m.months.map { $0.quantiles.p10 * scale }, high: m.months.map { $0.quantiles.p90 * scale })
  }

  /// Each chart: an id (checked by the browser test), a caption saying what it counts, and the SVG.
  var charts: [(id: String, caption: String, svg: String)] {
    var out: [(String, String, String)] = []
    let months = summary.months
    if let s = series(.accompaniedYearToDate, "#1f5fa6") {
      let target = parameters.objectives.first { $0.kpi == .pceAccompanied }.map {
        (value: $0.target, label: text.t("objectif \(text.number($0.target))", "objective \(text.number($0.target))"))
      }
      out.append(
        (
          "chart-accompanied",
          text.t(
            "Personnes accompagnées depuis le 1er janvier de chaque année (moyenne et fourchette 10–90 % des réplications), et l'objectif.",
            "Persons accompanied since 1 January of each year (mean and 10–90 % range of replications), and the objective."),
          SVGChart.lines(
            id: "chart-accompanied", title: text.t("Personnes accompagnées (cumul annuel)", "Accompanied persons (year to date)"),
            yLabel: text.t("personnes", "persons"), xLabels: months, series: [s], target: target)
        ))
    }
    if let c = comparison, let first = c.baseline.objectives.first {
      let items = [(text.t("Référence", "Baseline"), first)] + c.options.compactMap { o in o.summary.objectives.first.map { (o.name, $0) } }
      out.append(
        (
          "chart-options",
          text.t(
            "Probabilité d'atteindre l'objectif « \(first.objective.id) » pour chaque option (barre : estimation ; trait : intervalle de Wilson à 95 %).",
            "Probability of meeting objective “\(first.objective.id)” for each option (bar: estimate; line: 95 % Wilson interval)."),
          SVGChart.bars(
            id: "chart-options", title: text.t("Options de dotation", "Staffing options"),
            xLabel: text.t("probabilité d'atteindre l'objectif", "probability of meeting the objective"),
            items: items.map { ($0.0, $0.1.probability, $0.1.probabilityCI95.low, $0.1.probabilityCI95.high) }, color: "#2e7d32",
            percent: true)
        ))
    }
    if let s = series(.firstAppointmentWait, "#c2571a") {
      out.append(
        (
          "chart-waits",
          text.t(
            "Attente moyenne du premier rendez-vous des personnes reçues dans le mois, en jours.",
            "Mean wait for the first appointment of persons received in the month, in days."),
          SVGChart.lines(
            id: "chart-waits", title: text.t("Attente du premier rendez-vous", "First-appointment wait"), yLabel: text.t("jours", "days"),
            xLabels: months, series: [s])
        ))
    }
    let util = parameters.sites.map(\.id) + parameters.permanences.map(\.id)
    let utilItems = util.compactMap { id -> (String, Double, Double, Double)? in
      guard let k = summary.figure(.advisorUtilization, dimension: "site=\(id)") else { return nil }
      return (id, k.statistics.mean, k.statistics.ci95.low, k.statistics.ci95.high)
    }
    if !utilItems.isEmpty {
      out.append(
        (
          "chart-utilization",
          text.t(
            "Occupation des conseillers par lieu : part du temps de présence au guichet passée en rendez-vous, sur toute la période (barre : moyenne ; trait : IC 95 %).",
            "Advisor utilisation per place: share of desk time spent in appointments over the horizon (bar: mean; line: 95 % CI)."),
          SVGChart.bars(
            id: "chart-utilization", title: text.t("Occupation des conseillers", "Advisor utilisation"),
            xLabel: text.t("part du temps au guichet", "share of desk time"), items: utilItems, percent: true)
        ))
    }
    if !parameters.workshops.isEmpty,
      let s = series(.workshopFillRate, "#2e7d32", scale: 100)
    {
      out.append(
        (
          "chart-workshops",
          text.t(
            "Taux de remplissage des ateliers par mois : présents ÷ places offertes, en %.",
            "Workshop fill rate per month: present ÷ seats offered, in %."),
          SVGChart.lines(
            id: "chart-workshops", title: text.t("Remplissage des ateliers", "Workshop fill rate"), yLabel: "%", xLabels: months,
            series: [s])
        ))
    }
    if parameters.tzcld != nil {
      let list = [
        series(.headcount, "#1f5fa6"),
        series(.waitingList, "#c2571a"),
      ].compactMap { $0 }
      out.append(
        (
          "chart-ebe",
          text.t(
            "Effectif de l'EBE et liste d'attente des volontaires en fin de mois (moyenne et fourchette 10–90 %).",
            "EBE headcount and volunteers' waiting list at each month's end (mean and 10–90 % range)."),
          SVGChart.lines(
            id: "chart-ebe", title: text.t("EBE : effectif et liste d'attente", "EBE: headcount and waiting list"),
            yLabel: text.t("personnes", "persons"), xLabels: months, series: list)
        ))
      let money = [
        series(.payroll, "#6a1b9a"),
        series(.stateCDE, "#1f5fa6"),
        series(.balance, "#c2571a"),
      ].compactMap { $0 }
      out.append(
        (
          "chart-money",
          text.t(
            "Flux financiers mensuels de l'EBE, en euros (moyenne et fourchette 10–90 %).",
            "The EBE's monthly money, in euros (mean and 10–90 % range)."),
          SVGChart.lines(
            id: "chart-money", title: text.t("Financement mensuel de l'EBE", "EBE monthly money"), yLabel: "€", xLabels: months,
            series: money)
        ))
    }
    return out
  }
}
