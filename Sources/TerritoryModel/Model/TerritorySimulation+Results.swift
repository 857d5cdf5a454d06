/// Turns the recorder's arrays into flat result rows and monthly series.
extension TerritorySimulation {
  /// The replication's results (call after ``run()``).
  public func results() -> ReplicationResult {
    let r = recorder
    var rows: [ResultRow] = []
    let yearNames = r.years.map(String.init)
    for (id, s) in r.series.enumerated() where !s.hidden {
      switch s.kind {
      case .count:
        for (y, name) in yearNames.enumerated() {
          rows.append(ResultRow(kpi: s.kpi, period: name, dimension: s.dimension, value: r.yearValue(id, year: y)))
        }
        rows.append(ResultRow(kpi: s.kpi, period: "", dimension: s.dimension, value: r.total(id)))
      case .mean:
        for (y, name) in yearNames.enumerated() where r.tally(id, year: y).count > 0 {
          rows.append(ResultRow(kpi: s.kpi, period: name, dimension: s.dimension, value: r.tally(id, year: y).mean))
        }
        let t = r.totalTally(id)
        if t.count > 0 { rows.append(ResultRow(kpi: s.kpi, period: "", dimension: s.dimension, value: t.mean)) }
      case .level:
        for (y, name) in yearNames.enumerated() {
          rows.append(ResultRow(kpi: s.kpi, period: name, dimension: s.dimension, value: r.yearValue(id, year: y)))
        }
        rows.append(ResultRow(kpi: s.kpi, period: "", dimension: s.dimension, value: r.final[id]))
      }
    }
    // Ratios.
    func ratio(_ kpi: String, _ dimension: String, _ num: Int, _ den: Int) {
      for (y, name) in yearNames.enumerated() where r.yearValue(den, year: y) > 0 {
        rows.append(ResultRow(kpi: kpi, period: name, dimension: dimension, value: r.yearValue(num, year: y) / r.yearValue(den, year: y)))
      }
      if r.total(den) > 0 { rows.append(ResultRow(kpi: kpi, period: "", dimension: dimension, value: r.total(num) / r.total(den))) }
    }
    ratio("pce.advisor_utilization", "", ids.networkBusy, ids.networkCapacity)
    for (d, desk) in desks.enumerated() { ratio("pce.advisor_utilization", "site=\(desk.id)", ids.deskBusy[d], ids.deskCapacity[d]) }
    ratio("pce.reinforced_caseload", "", ids.networkCaseloadArea, ids.caseloadDays)
    for (s, site) in parameters.sites.enumerated() {
      ratio("pce.reinforced_caseload", "site=\(site.id)", ids.caseloadArea[s], ids.caseloadDays)
    }
    ratio("workshops.fill_rate", "", ids.workshopAttended, ids.workshopSeats)
    for (t, w) in parameters.workshops.enumerated() {
      ratio("workshops.fill_rate", "type=\(w.id)", ids.workshopAttendedByType[t], ids.workshopSeatsByType[t])
    }
    if parameters.tzcld != nil {
      rows.append(ResultRow(kpi: "tzcld.exhaustivity_reached", period: "", dimension: "", value: exhaustivityDay == nil ? 0 : 1))
      if let day = exhaustivityDay {
        rows.append(ResultRow(kpi: "tzcld.exhaustivity_date", period: "", dimension: "", value: Double(day)))
      }
    }
    rows.sort()

    // Monthly series.
    var monthly: [MonthlySeries] = []
    for (id, s) in r.series.enumerated() where s.monthly && s.dimension.isEmpty && !s.hidden && s.kind != .mean {
      monthly.append(MonthlySeries(kpi: s.kpi, values: r.months.indices.map { r.monthValue(id, month: $0) }))
    }
    func monthlyRatio(_ kpi: String, _ num: Int, _ den: Int) {
      monthly.append(
        MonthlySeries(
          kpi: kpi,
          values: r.months.indices.map {
            // Nothing observed that month (no advisor present, no seat offered): no ratio, not 0.
            let d = r.monthValue(den, month: $0)
            return d > 0 ? r.monthValue(num, month: $0) / d : .nan
          }))
    }
    for (id, s) in r.series.enumerated() where s.monthly && s.kind == .mean && s.dimension.isEmpty {
      // A month with no observation (nobody received) has no mean: NaN, not 0.
      monthly.append(
        MonthlySeries(
          kpi: s.kpi,
          values: r.months.indices.map {
            let t = r.monthTally(id, month: $0)
            return t.count > 0 ? t.mean : .nan
          }))
    }
    // Persons accompanied since 1 January, month by month (the objective's curve).
    var running = 0.0
    monthly.append(
      MonthlySeries(
        kpi: "pce.accompanied.year_to_date",
        values: r.months.indices.map { m in
          if r.months[m].month == 1 { running = 0 }
          running += r.monthValue(ids.accompanied, month: m)
          return running
        }))
    monthlyRatio("pce.advisor_utilization", ids.networkBusy, ids.networkCapacity)
    monthlyRatio("pce.reinforced_caseload", ids.networkCaseloadArea, ids.caseloadDays)
    monthlyRatio("workshops.fill_rate", ids.workshopAttended, ids.workshopSeats)
    monthly.sort { $0.kpi < $1.kpi }

    return ReplicationResult(
      replication: replication, rows: rows, months: r.months.map(\.description), monthly: monthly,
      objectives: objectiveState.map(\.outcome), events: simulation.eventsProcessed)
  }
}
