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
    func ratio(_ kpi: KPI, _ dimension: String, _ num: Int, _ den: Int) {
      for (y, name) in yearNames.enumerated() where r.yearValue(den, year: y) > 0 {
        rows.append(
          ResultRow(kpi: kpi.id, period: name, dimension: dimension, value: r.yearValue(num, year: y) / r.yearValue(den, year: y)))
      }
      if r.total(den) > 0 { rows.append(ResultRow(kpi: kpi.id, period: "", dimension: dimension, value: r.total(num) / r.total(den))) }
    }
    ratio(.advisorUtilization, "", ids.networkBusy, ids.networkCapacity)
    for (d, desk) in network.desks.enumerated() { ratio(.advisorUtilization, "site=\(desk.id)", ids.deskBusy[d], ids.deskCapacity[d]) }
    ratio(.reinforcedCaseload, "", ids.networkCaseloadArea, ids.caseloadDays)
    for (s, site) in parameters.sites.enumerated() {
      ratio(.reinforcedCaseload, "site=\(site.id)", ids.caseloadArea[s], ids.caseloadDays)
    }
    ratio(.workshopFillRate, "", ids.workshopAttended, ids.workshopSeats)
    for (t, w) in parameters.workshops.enumerated() {
      ratio(.workshopFillRate, "type=\(w.id)", ids.workshopAttendedByType[t], ids.workshopSeatsByType[t])
    }
    if parameters.tzcld != nil {
      rows.append(ResultRow(kpi: KPI.exhaustivityReached.id, period: "", dimension: "", value: tzcldState.exhaustivityDay == nil ? 0 : 1))
      if let day = tzcldState.exhaustivityDay {
        rows.append(ResultRow(kpi: KPI.exhaustivityDate.id, period: "", dimension: "", value: Double(day)))
      }
    }
    rows.sort()

    // Monthly series.
    var monthly: [MonthlySeries] = []
    for (id, s) in r.series.enumerated() where s.monthly && !s.hidden && s.kind != .mean {
      // A split series (per place) is named by its figure key: `pce.accompanied[site=troyes]`.
      let key = s.dimension.isEmpty ? s.kpi : "\(s.kpi)[\(s.dimension)]"
      monthly.append(MonthlySeries(kpi: key, values: r.months.indices.map { r.monthValue(id, month: $0) }))
    }
    func monthlyRatio(_ kpi: KPI, _ num: Int, _ den: Int) {
      monthly.append(
        MonthlySeries(
          kpi: kpi.id,
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
        kpi: KPI.accompaniedYearToDate.id,
        values: r.months.indices.map { m in
          if r.months[m].month == 1 { running = 0 }
          running += r.monthValue(ids.accompanied, month: m)
          return running
        }))
    monthlyRatio(.advisorUtilization, ids.networkBusy, ids.networkCapacity)
    monthlyRatio(.reinforcedCaseload, ids.networkCaseloadArea, ids.caseloadDays)
    monthlyRatio(.workshopFillRate, ids.workshopAttended, ids.workshopSeats)
    monthly.sort { $0.kpi < $1.kpi }

    return ReplicationResult(
      replication: replication, rows: rows, months: r.months.map(\.description), monthly: monthly,
      objectives: objectiveState.map(\.outcome), events: simulation.eventsProcessed)
  }
}
