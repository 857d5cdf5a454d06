/// Every row and monthly series a replication of a plan can report, in the
/// order they are reported (by KPI, dimension, then period; the monthly
/// series by KPI), each with where its value comes from. Built once per plan:
/// a replication reads its values in this order and leaves out the rows with
/// nothing to report (a mean with no observation, a ratio over zero), where
/// it built every row's names and sorted them by their text.
struct ResultLayout: Sendable {
  enum Value: Sendable {
    /// A count's or a level's value for a year (always reported).
    case year(series: Int, year: Int)
    /// A count over the whole horizon (always reported).
    case total(series: Int)
    /// A mean over a year, reported when the year has observations.
    case yearMean(series: Int, year: Int)
    /// A mean over the horizon, reported when there are observations.
    case totalMean(series: Int)
    /// A level at the end of the horizon (always reported).
    case final(series: Int)
    /// A ratio of two counts over a year, reported when the denominator is positive.
    case yearRatio(numerator: Int, denominator: Int, year: Int)
    /// A ratio of two counts over the horizon, reported when the denominator is positive.
    case totalRatio(numerator: Int, denominator: Int)
    /// Whether exhaustivity was reached (1 or 0, always reported with a TZCLD part).
    case exhaustivityReached
    /// The day exhaustivity was reached, reported when it was.
    case exhaustivityDay
  }

  enum MonthlyValue: Sendable {
    /// A count's or a level's monthly values.
    case series(Int)
    /// A mean's monthly values (NaN for a month with no observation).
    case mean(Int)
    /// A ratio of two counts month by month (NaN where the denominator is 0).
    case ratio(numerator: Int, denominator: Int)
    /// Persons accompanied since 1 January, month by month.
    case accompaniedYearToDate
  }

  struct Row: Sendable {
    let kpi: String
    let period: String
    let dimension: String
    let value: Value
  }

  struct Monthly: Sendable {
    let kpi: String
    let value: MonthlyValue
  }

  let rows: [Row]
  let monthly: [Monthly]

  init(recorder r: KPIRecorder, ids: KPIIDs, parameters: TerritoryParameters, deskIDs: [String]) {
    var rows: [Row] = []
    let yearNames = r.years.map(String.init)
    for (id, s) in r.series.enumerated() where !s.hidden {
      func row(_ period: String, _ value: Value) { rows.append(Row(kpi: s.kpi, period: period, dimension: s.dimension, value: value)) }
      switch s.kind {
      case .count:
        for (y, name) in yearNames.enumerated() { row(name, .year(series: id, year: y)) }
        row("", .total(series: id))
      case .mean:
        for (y, name) in yearNames.enumerated() { row(name, .yearMean(series: id, year: y)) }
        row("", .totalMean(series: id))
      case .level:
        for (y, name) in yearNames.enumerated() { row(name, .year(series: id, year: y)) }
        row("", .final(series: id))
      }
    }
    func ratio(_ kpi: KPI, _ dimension: String, _ num: Int, _ den: Int) {
      for (y, name) in yearNames.enumerated() {
        rows.append(Row(kpi: kpi.id, period: name, dimension: dimension, value: .yearRatio(numerator: num, denominator: den, year: y)))
      }
      rows.append(Row(kpi: kpi.id, period: "", dimension: dimension, value: .totalRatio(numerator: num, denominator: den)))
    }
    // The network's ratios, reported for the horizon, each year and each month.
    let networkRatios: [(kpi: KPI, numerator: Int, denominator: Int)] = [
      (.advisorUtilization, ids.networkBusy, ids.networkCapacity),
      (.reinforcedCaseload, ids.networkCaseloadArea, ids.caseloadDays),
      (.workshopFillRate, ids.workshopAttended, ids.workshopSeats),
    ]
    for n in networkRatios { ratio(n.kpi, "", n.numerator, n.denominator) }
    for (d, desk) in deskIDs.enumerated() { ratio(.advisorUtilization, "site=\(desk)", ids.deskBusy[d], ids.deskCapacity[d]) }
    for (s, site) in parameters.sites.enumerated() {
      ratio(.reinforcedCaseload, "site=\(site.id)", ids.caseloadArea[s], ids.caseloadDays)
    }
    for (t, w) in parameters.workshops.enumerated() {
      ratio(.workshopFillRate, "type=\(w.id)", ids.workshopAttendedByType[t], ids.workshopSeatsByType[t])
    }
    if parameters.tzcld != nil {
      rows.append(Row(kpi: KPI.exhaustivityReached.id, period: "", dimension: "", value: .exhaustivityReached))
      rows.append(Row(kpi: KPI.exhaustivityDate.id, period: "", dimension: "", value: .exhaustivityDay))
    }
    // The order of ResultRow (each key is generated once, so the order generated above does not matter).
    rows.sort { ($0.kpi, $0.dimension, $0.period) < ($1.kpi, $1.dimension, $1.period) }
    self.rows = rows

    var monthly: [Monthly] = []
    for (id, s) in r.series.enumerated() where s.monthly && !s.hidden && s.kind != .mean {
      // A split series (per place) is named by its figure key: `pce.accompanied[site=troyes]`.
      monthly.append(Monthly(kpi: s.dimension.isEmpty ? s.kpi : "\(s.kpi)[\(s.dimension)]", value: .series(id)))
    }
    for (id, s) in r.series.enumerated() where s.monthly && s.kind == .mean && s.dimension.isEmpty {
      monthly.append(Monthly(kpi: s.kpi, value: .mean(id)))
    }
    monthly.append(Monthly(kpi: KPI.accompaniedYearToDate.id, value: .accompaniedYearToDate))
    for n in networkRatios { monthly.append(Monthly(kpi: n.kpi.id, value: .ratio(numerator: n.numerator, denominator: n.denominator))) }
    monthly.sort { $0.kpi < $1.kpi }
    self.monthly = monthly
  }
}
