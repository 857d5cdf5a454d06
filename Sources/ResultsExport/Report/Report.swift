import SimulationCore
public import TerritoryModel

/// The council report: a verdict in words per objective, the staffing
/// options with what an extra person accompanied costs, charts, the key
/// figures with the range of outcomes first, tables per place and per
/// commune, the scenario's assumptions, how to read the figures, and how to
/// reproduce them. HTML is self-contained and prints on A4; Markdown carries
/// the same text and tables.
public struct Report {
  public let summary: RunSummary
  public let parameters: TerritoryParameters
  public let assumptions: [String]
  public let language: ReportLanguage
  public let version: String
  /// The staffing options, when the report comes from `tzsim compare`.
  public let comparison: ComparisonSummary?
  /// How the figures can be made again (absent in reports built by hand).
  public let provenance: Provenance?
  /// Series observed on the ground, to set beside the simulated ones.
  public let observed: [ObservedSeries]
  /// What the uncertain assumptions do to the verdicts, when the run drew them.
  public let uncertainty: UncertaintySummary?
  let text: ReportText

  public init(
    summary: RunSummary, parameters: TerritoryParameters, assumptions: [String], language: ReportLanguage, version: String,
    comparison: ComparisonSummary? = nil, provenance: Provenance? = nil, observed: [ObservedSeries] = [],
    uncertainty: UncertaintySummary? = nil
  ) {
    self.uncertainty = uncertainty
    self.summary = summary
    self.parameters = parameters
    self.assumptions = assumptions
    self.language = language
    self.version = version
    self.comparison = comparison
    self.provenance = provenance
    self.observed = observed
    text = ReportText(language: language, parameters: parameters)
  }

  // MARK: Words shared by both formats

  var title: String { text.t("Simulation TZSim — \(summary.scenarioName)", "TZSim simulation — \(summary.scenarioName)") }

  var subtitle: String {
    text.t(
      "Du \(date(parameters.start)) au \(date(parameters.end)) · \(text.count(summary.replications, "réplication", "réplications")) · graine \(summary.seed)",
      "From \(date(parameters.start)) to \(date(parameters.end)) · \(text.count(summary.replications, "replication", "replications")) · seed \(summary.seed)"
    )
  }

  func date(_ d: CivilDate) -> String { text.date((d.year, d.month, d.day)) }
  func date(day: Double) -> String { date(parameters.start.adding(days: Int(day.rounded(.down)))) }

  /// The likelihood scale, printed once.
  var scale: String {
    let steps = Likelihood.allCases.reversed().map { l -> String in
      let lo = Likelihood.lowerEnds[l.rawValue]
      let hi = l.rawValue + 1 < Likelihood.lowerEnds.count ? Likelihood.lowerEnds[l.rawValue + 1] : 1
      let range: String
      switch l {
      case .veryLikely: range = text.t("au moins \(text.percent(lo))", "at least \(text.percent(lo))")
      case .veryUnlikely: range = text.t("moins de \(text.percent(hi))", "under \(text.percent(hi))")
      default: range = text.range(text.percent(lo), text.percent(hi))
      }
      return text.t("\(text.t(l.words)) : \(range)", "\(text.t(l.words)): \(range)")
    }
    return text.t(
      "Échelle des verdicts (part des réplications où l'objectif est atteint) : ",
      "Verdict scale (share of replications meeting the objective): ")
      + steps.joined(separator: text.t(" ; ", "; ")) + "."
  }

  /// How to read the figures: ranges of outcomes first, the interval of the mean once.
  var reading: [String] {
    [
      text.t(
        "Le simulateur rejoue \(text.count(summary.replications, "fois", "fois")) la même période avec des arrivées, des durées et des décisions tirées au hasard selon les hypothèses du scénario : chaque réplication est un avenir possible.",
        "The simulator replays the period \(text.count(summary.replications, "time", "times")), with arrivals, durations and decisions drawn at random from the scenario's assumptions: each replication is one possible future."
      ),
      text.t(
        "Les **résultats possibles** (de … à …) sont la fourchette où tombent 8 réplications sur 10 (du 10e au 90e centile) : c'est l'incertitude à retenir pour décider.",
        "The **range of outcomes** (… to …) is where 8 replications in 10 fall (10th to 90th percentile): it is the uncertainty to weigh in a decision."
      ),
      text.t(
        "L'**IC 95 % de la moyenne** dit seulement à quel point la moyenne elle-même est précise (il rétrécit quand on ajoute des réplications) ; ce n'est pas la fourchette des résultats possibles.",
        "The **95 % CI of the mean** only says how precise the mean itself is (it narrows with more replications); it is not the range of outcomes."
      ),
      text.t(
        "Un verdict donne la part des réplications où l'objectif est atteint, en mots sur l'échelle ci-dessous, puis en chiffres avec son intervalle de Wilson à 95 %.",
        "A verdict gives the share of replications meeting the objective, in words on the scale below, then in figures with its 95 % Wilson interval."
      ),
    ]
  }

  /// Each observed series against the simulated band (those with a simulated monthly series).
  var observedComparisons: [ObservedComparison] { observed.compactMap { ObservedComparison($0, summary: summary) } }

  /// "mars 2020, avr. 2020": months as on the charts.
  func monthList(_ months: [String]) -> String {
    let shown = MonthAxis.parse(Array(months.prefix(12))).map { text.shortMonth(year: $0.year, month: $0.month) }
    return shown.joined(separator: ", ")
      + (months.count > 12 ? text.t(" et \(months.count - 12) autres", " and \(months.count - 12) more") : "")
  }

  /// The rows of the observed-versus-simulated table.
  var observedRows: [(name: String, source: String, months: String, inside: String, outside: String)] {
    observedComparisons.map { c in
      (
        text.t(c.observed.kpi.name) + (c.observed.dimension.isEmpty ? "" : " — \(placeName(String(c.observed.dimension.dropFirst(5))))"),
        c.observed.source, text.number(Double(c.months)),
        c.months > 0 ? text.percent(c.shareInside) : "–", c.outside.isEmpty ? text.t("aucun", "none") : monthList(c.outside)
      )
    }
  }

  var observedIntro: String {
    text.t(
      "Les valeurs observées (points) sont posées sur les résultats simulés (bande : 8 réplications sur 10). Si le modèle reproduit bien le terrain, environ 8 mois observés sur 10 tombent dans la bande ; beaucoup moins signale une hypothèse à revoir.",
      "Observed values (dots) are set over the simulated outcomes (band: 8 replications in 10). If the model fits the ground, about 8 observed months in 10 fall inside the band; far fewer points to an assumption to revise."
    )
  }

  // MARK: Objectives

  /// One paragraph per objective (with `**` around the emphasised words), and its likelihood.
  var verdicts: [(text: String, likelihood: Likelihood)] {
    summary.objectives.map { o in
      let obj = o.objective
      let kpi = obj.kpi.kpi
      let (name, counts) = text.kpi(kpi)
      let cmp = obj.comparison == .atLeast ? text.t("au moins", "at least") : text.t("au plus", "at most")
      let period: String
      switch obj.period {
      case .year(let y): period = text.t("en \(y)", "in \(y)")
      case .date(let d): period = text.t("au \(date(d))", "on \(date(d))")
      case .horizon: period = text.t("sur toute la période", "over the whole horizon")
      }
      let likelihood = Likelihood(probability: o.probability)
      let (lo, hi) = o.probabilityCI95
      var s = text.t(
        "**\(name) \(period) : \(cmp) \(text.number(obj.target))** (\(counts)). Verdict : **\(text.t(likelihood.words))** — atteint dans \(text.percent(o.probability)) des réplications (IC 95 % \(text.range(text.percent(lo), text.percent(hi)))).",
        "**\(name) \(period): \(cmp) \(text.number(obj.target))** (\(counts)). Verdict: **\(text.t(likelihood.words))** — met in \(text.percent(o.probability)) of replications (95 % CI \(text.range(text.percent(lo), text.percent(hi))))."
      )
      let q = o.value.quantiles
      s += text.t(
        " Résultats possibles : \(text.range(text.figure(kpi, q.p10), text.figure(kpi, q.p90))) (8 réplications sur 10), médiane \(text.figure(kpi, q.p50)).",
        " Range of outcomes: \(text.range(text.figure(kpi, q.p10), text.figure(kpi, q.p90))) (8 replications in 10), median \(text.figure(kpi, q.p50))."
      )
      if o.dayMet.count > 0 {
        let d = o.dayMet.quantiles
        s += text.t(
          " Parmi les \(text.count(o.dayMet.count, "réplication", "réplications")) où il est atteint, il l'est en médiane le \(date(day: d.p50)) (10 % d'entre elles avant le \(date(day: d.p10)), 90 % avant le \(date(day: d.p90))).",
          " Over the \(text.count(o.dayMet.count, "replication", "replications")) that meet it, it is met at the median on \(date(day: d.p50)) (10 % of them by \(date(day: d.p10)), 90 % by \(date(day: d.p90)))."
        )
      }
      return (s, likelihood)
    }
  }

  // MARK: Key figures

  /// The KPIs of the key-figures table, in order.
  static let keyFigureKPIs: [KPI] = [
    .accompanied, .firstAppointmentWait, .advisorUtilization, .reinforcedCaseload, .exitsToEmployment, .workshopSessions,
    .workshopAttended, .workshopFillRate, .workshopWait, .invitationsSent, .invitationsResponded,
  ]
  static let keyFigureTZCLDKPIs: [KPI] = [
    .volunteers, .hires, .headcount, .fte, .waitingList, .otherEmployerPlacements, .ppdeRemaining, .payroll, .stateCDE, .departement,
    .startupGrants, .balance,
  ]

  /// The periods of the key figures: each calendar year, then the whole horizon
  /// (only the whole horizon when it is one calendar year).
  var periods: [(key: String, label: String)] {
    let years = (parameters.start.year...parameters.end.year).map(String.init)
    if years.count == 1 {
      let whole = (parameters.start.month, parameters.start.day) == (1, 1) && (parameters.end.month, parameters.end.day) == (12, 31)
      return [("", whole ? years[0] : text.t("période", "horizon"))]
    }
    return years.map { ($0, $0) } + [("", text.t("\(years[0])–\(years.last!) (total ou fin)", "\(years[0])–\(years.last!) (total or end)"))]
  }

  /// Key figures, grouped by KPI: the KPI, then (period label, statistics) rows.
  var keyFigures: [(kpi: KPI, rows: [(period: String, statistics: KPIStatistics)])] {
    let kpis = Self.keyFigureKPIs + (parameters.tzcld != nil ? Self.keyFigureTZCLDKPIs : [])
    let periods = self.periods
    var out: [(kpi: KPI, rows: [(period: String, statistics: KPIStatistics)])] = []
    for kpi in kpis {
      var rows: [(period: String, statistics: KPIStatistics)] = []
      for p in periods {
        if let f = summary.figure(kpi, period: p.key) { rows.append((p.label, f.statistics)) }
      }
      if !rows.isEmpty { out.append((kpi, rows)) }
    }
    return out
  }

  /// "781 – 852" cells: the range of outcomes, and the interval of the mean.
  func outcomes(_ kpi: KPI, _ st: KPIStatistics) -> String {
    text.range(text.figure(kpi, st.quantiles.p10), text.figure(kpi, st.quantiles.p90))
  }

  func meanInterval(_ kpi: KPI, _ st: KPIStatistics) -> String {
    st.hasInterval
      ? text.range(text.figure(kpi, st.ci95.low), text.figure(kpi, st.ci95.high))
      : text.t("non défini (1 réplication)", "undefined (1 replication)")
  }

  // MARK: Places and communes

  /// The name of a site or permanence.
  func placeName(_ id: String) -> String {
    parameters.sites.first { $0.id == id }?.name ?? parameters.permanences.first { $0.id == id }?.name ?? id
  }

  /// Per place: accompanied (total), mean wait, utilisation.
  var siteRows: [(site: String, accompanied: RunSummary.Figure?, wait: RunSummary.Figure?, utilization: RunSummary.Figure?)] {
    (parameters.sites.map(\.id) + parameters.permanences.map(\.id)).map { id in
      (
        placeName(id), summary.figure(.accompanied, dimension: "site=\(id)"),
        summary.figure(.firstAppointmentWait, dimension: "site=\(id)"),
        summary.figure(.advisorUtilization, dimension: "site=\(id)")
      )
    }
  }

  /// Per commune: the place serving it, invitations answered, TZCLD volunteers
  /// (TZCLD communes). Communes with neither figure are left out.
  var communeRows: [(commune: String, servedBy: String, answers: RunSummary.Figure?, volunteers: RunSummary.Figure?)] {
    let places = Dictionary(
      parameters.sites.map { ($0.commune, $0.name) } + parameters.permanences.map { ($0.commune, $0.name) }, uniquingKeysWith: { a, _ in a }
    )
    return parameters.communes.compactMap { c in
      let answers = summary.figure(.invitationsResponded, dimension: "commune=\(c.inseeCode)")
      let volunteers = summary.figure(.volunteers, dimension: "commune=\(c.inseeCode)")
      guard answers != nil || volunteers != nil else { return nil }
      let served = parameters.servedBy[c.inseeCode].map(placeName) ?? places[c.nearestServicePoint] ?? "–"
      return ("\(c.name) (\(c.inseeCode))", served, answers, volunteers)
    }
  }
}
