import SimulationCore
import TerritoryModel

/// The report's charts, each with a caption saying what it shows. Closures
/// are shaded; an objective is drawn over its own period only; places are
/// named as in the tables.
extension Report {
  /// A chart and its caption.
  public struct Figure: Sendable {
    public let chart: Chart
    public let caption: String
  }

  /// The month index (fractional) of a date in the horizon's months.
  func monthIndex(_ d: CivilDate) -> Double {
    let months = (d.year - parameters.start.year) * 12 + d.month - parameters.start.month
    let first = CivilDate(year: d.year, month: d.month, day: 1)!
    let next = d.month == 12 ? CivilDate(year: d.year + 1, month: 1, day: 1)! : CivilDate(year: d.year, month: d.month + 1, day: 1)!
    return Double(months) + Double(d.day - 1) / Double(first.days(until: next))
  }

  /// The scenario's closures, for shading.
  var closureSpans: [LineChart.Span] {
    parameters.closures.map { LineChart.Span(from: monthIndex($0.from), to: monthIndex($0.to), label: $0.name) }
  }

  var closureNote: String {
    parameters.closures.isEmpty
      ? ""
      : text.t(
        " Zones grisées : fermetures du scénario (\(parameters.closures.map(\.name).joined(separator: ", "))).",
        " Shaded: the scenario's closures (\(parameters.closures.map(\.name).joined(separator: ", "))).")
  }

  func series(_ kpi: KPI, _ color: String) -> LineChart.Series? { series(key: kpi.id, name: text.t(kpi.name), color) }

  /// The band and mean of the monthly series `key`.
  func series(key: String, name: String, _ color: String) -> LineChart.Series? {
    guard let m = summary.monthly(key: key) else { return nil }
    return LineChart.Series(
      name: name, color: color, mean: m.months.map { $0.count > 0 ? $0.mean : .nan }, low: m.months.map { $0.quantiles.p10 },
      high: m.months.map { $0.quantiles.p90 })
  }

  /// Targets of objectives on `kpi`: a year's count over that year's months, a level at its month.
  func targets(_ tracked: TrackedKPI) -> [LineChart.Target] {
    parameters.objectives.filter { $0.kpi == tracked }.compactMap { o in
      let label = text.t("objectif \(text.number(o.target))", "objective \(text.number(o.target))")
      switch o.period {
      case .year(let y) where tracked.isCount:
        let from = monthIndex(max(parameters.start, CivilDate(year: y, month: 1, day: 1)!)).rounded(.down)
        let to = monthIndex(min(parameters.end, CivilDate(year: y, month: 12, day: 1)!)).rounded(.down)
        return LineChart.Target(from: from, to: to, value: o.target, label: label)
      case .date(let d) where !tracked.isCount:
        let i = monthIndex(d).rounded(.down)
        return LineChart.Target(from: i - 0.5, to: i + 0.5, value: o.target, label: label)
      default: return nil
      }
    }
  }

  /// Every chart of the report, in order: the main charts, one per observed series, then the tornadoes.
  public var figures: [Figure] { mainFigures + observedFigures + uncertaintyFigures }

  /// One chart per observed series: the simulated band and the observed dots.
  var observedFigures: [Figure] {
    observedComparisons.enumerated().compactMap { i, c in
      guard let s = series(key: c.observed.key, name: text.t("simulé", "simulated"), "#1f5fa6") else { return nil }
      let name =
        text.t(c.observed.kpi.name) + (c.observed.dimension.isEmpty ? "" : " — \(placeName(String(c.observed.dimension.dropFirst(5))))")
      return Figure(
        chart: LineChart.make(
          id: "chart-observed-\(i + 1)",
          title: text.t("\(name) : simulé et observé", "\(name): simulated and observed"),
          yLabel: text.t(c.observed.kpi.unit.words).isEmpty ? text.t("valeur", "value") : text.t(c.observed.kpi.unit.words),
          months: summary.months,
          series: [s],
          closures: closureSpans, percent: c.observed.kpi.unit == .share,
          observed: (text.t("observé", "observed"), c.points), language: language),
        caption: text.t(
          "\(name) par mois : simulé (trait et bande, 8 réplications sur 10) et observé (points ; source : \(c.observed.source)). \(text.percent(c.shareInside)) des \(c.months) mois observés tombent dans la bande.",
          "\(name) per month: simulated (line and band, 8 replications in 10) and observed (dots; source: \(c.observed.source)). \(text.percent(c.shareInside)) of the \(c.months) observed months fall inside the band."
        ))
    }
  }

  /// The main charts, in order.
  var mainFigures: [Figure] {
    var out: [Figure] = []
    let months = summary.months
    let lang = language
    if let s = series(.accompaniedYearToDate, "#1f5fa6") {
      let objectives = targets(.pceAccompanied)
      out.append(
        Figure(
          chart: LineChart.make(
            id: "chart-accompanied", title: text.t("Personnes accompagnées depuis le 1er janvier", "Persons accompanied since 1 January"),
            yLabel: text.t("personnes", "persons"), months: months, series: [s], closures: closureSpans,
            targets: objectives, language: lang),
          caption: text.t(
            "Personnes accompagnées depuis le 1er janvier de chaque année : moyenne des réplications (trait) et résultats possibles, 8 réplications sur 10 (bande)",
            "Persons accompanied since 1 January of each year: mean of replications (line) and range of outcomes, 8 replications in 10 (band)"
          )
            + (objectives.isEmpty
              ? "." : text.t(" ; en pointillés, l'objectif sur son année.", "; dashed, the objective over its year.")) + closureNote))
    }
    if let c = comparison, let first = c.baseline.objectives.first {
      let objective = text.kpi(first.objective.kpi.kpi).name
      let items =
        [(text.t("Référence", "Baseline"), first, 0.0)]
        + c.options.compactMap { o in o.summary.objectives.first.map { (o.name, $0, o.yearlyCostEUR) } }
      out.append(
        Figure(
          chart: BarChart.make(
            id: "chart-options", title: text.t("Options de dotation", "Staffing options"),
            axisTitle: text.t("probabilité d'atteindre l'objectif", "probability of meeting the objective"),
            items: items.map {
              BarChart.Item(label: $0.0, value: $0.1.probability, low: $0.1.probabilityCI95.low, high: $0.1.probabilityCI95.high)
            },
            color: "#2e7d32", percent: true, language: lang),
          caption: text.t(
            "Probabilité d'atteindre l'objectif « \(objective) » pour chaque option (barre : estimation ; trait : intervalle de Wilson à 95 %).",
            "Probability of meeting the objective “\(objective)” for each option (bar: estimate; line: 95% Wilson interval).")))
      out.append(
        Figure(
          chart: ScatterChart.make(
            id: "chart-cost-effect", title: text.t("Coût et effet des options", "Cost and effect of the options"),
            xTitle: text.t("coût supplémentaire par an (€)", "extra cost per year (€)"),
            yTitle: text.t("probabilité d'atteindre l'objectif", "probability of meeting the objective"),
            points: items.map {
              ScatterChart.Point(label: $0.0, x: $0.2, y: $0.1.probability, low: $0.1.probabilityCI95.low, high: $0.1.probabilityCI95.high)
            }, yPercent: true, language: lang),
          caption: text.t(
            "Chaque option selon son coût annuel (horizontal) et sa probabilité d'atteindre l'objectif « \(objective) » (vertical, avec son intervalle à 95 %) : les meilleures options sont en haut à gauche.",
            "Each option by its yearly cost (across) and its probability of meeting the objective “\(objective)” (up, with its 95% interval): the best options are top left."
          )))
    }
    if let s = series(.firstAppointmentWait, "#c2571a") {
      out.append(
        Figure(
          chart: LineChart.make(
            id: "chart-waits", title: text.t("Attente du premier rendez-vous", "First-appointment wait"), yLabel: text.t("jours", "days"),
            months: months, series: [s], closures: closureSpans, language: lang),
          caption: text.t(
            "Attente moyenne du premier rendez-vous des personnes reçues dans le mois, en jours (moyenne et résultats possibles, 8 réplications sur 10). Un mois sans personne reçue n'a pas de valeur.",
            "Mean wait for a first appointment of persons received in the month, in days (mean and range of outcomes, 8 replications in 10). A month with nobody received has no value."
          ) + closureNote))
    }
    let places = parameters.sites.map(\.id) + parameters.permanences.map(\.id)
    let utilItems = places.compactMap { id -> BarChart.Item? in
      guard let k = summary.figure(.advisorUtilization, dimension: "site=\(id)") else { return nil }
      return BarChart.Item(
        label: placeName(id), value: k.statistics.mean, low: k.statistics.quantiles.p10, high: k.statistics.quantiles.p90)
    }
    if !utilItems.isEmpty {
      out.append(
        Figure(
          chart: BarChart.make(
            id: "chart-utilization", title: text.t("Occupation des conseillers", "Advisor utilisation"),
            axisTitle: text.t("part du temps au guichet passée en rendez-vous", "share of desk time in appointments"), items: utilItems,
            percent: true, language: lang),
          caption: text.t(
            "Occupation des conseillers par lieu sur toute la période : part du temps de présence au guichet passée en rendez-vous (barre : moyenne ; trait : résultats possibles, 8 réplications sur 10).",
            "Advisor utilisation per place over the horizon: share of desk time spent in appointments (bar: mean; line: range of outcomes, 8 replications in 10)."
          )))
    }
    if !parameters.workshops.isEmpty, let s = series(.workshopFillRate, "#2e7d32") {
      out.append(
        Figure(
          chart: LineChart.make(
            id: "chart-workshops", title: text.t("Remplissage des ateliers", "Workshop fill rate"),
            yLabel: text.t("présents ÷ places", "present ÷ seats"),
            months: months, series: [s], closures: closureSpans, percent: true, language: lang),
          caption: text.t(
            "Taux de remplissage des ateliers par mois : présents ÷ places offertes (moyenne et résultats possibles). Un mois sans séance n'a pas de valeur.",
            "Workshop fill rate per month: present ÷ seats offered (mean and range of outcomes). A month without a session has no value."
          ) + closureNote))
    }
    if parameters.tzcld != nil {
      let list = [series(.headcount, "#1f5fa6"), series(.waitingList, "#c2571a")].compactMap { $0 }
      out.append(
        Figure(
          chart: LineChart.make(
            id: "chart-ebe", title: text.t("EBE : effectif et liste d'attente", "EBE: headcount and waiting list"),
            yLabel: text.t("personnes", "persons"), months: months, series: list,
            targets: targets(.tzcldHeadcount) + targets(.tzcldWaitingList), language: lang),
          caption: text.t(
            "Effectif de l'entreprise à but d'emploi et volontaires en attente d'embauche, en fin de mois (moyenne et résultats possibles, 8 réplications sur 10).",
            "Employment company headcount and volunteers waiting to be hired, at each month's end (mean and range of outcomes, 8 replications in 10)."
          )))
      let money = [series(.payroll, "#6a1b9a"), series(.stateCDE, "#1f5fa6"), series(.balance, "#c2571a")].compactMap { $0 }
      out.append(
        Figure(
          chart: LineChart.make(
            id: "chart-money", title: text.t("Financement mensuel de l'EBE", "EBE monthly money"), yLabel: "€", months: months,
            series: money,
            language: lang),
          caption: text.t(
            "Flux financiers mensuels de l'EBE, en euros : masse salariale, contribution de l'État et reste à financer par l'activité (moyenne et résultats possibles).",
            "The EBE's monthly money, in euros: payroll, State contribution and balance to earn (mean and range of outcomes).")))
    }
    return out
  }
}
