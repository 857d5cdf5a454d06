/// Turns the recorder's arrays into flat result rows and monthly series.
extension TerritorySimulation {
  /// The replication's results (call after ``run()``).
  public func results() -> ReplicationResult {
    let r = recorder
    let layout = plan.resultLayout
    var rows: [ResultRow] = []
    rows.reserveCapacity(layout.rows.count)
    for row in layout.rows {
      let value: Double?
      switch row.value {
      case .year(let id, let y): value = r.yearValue(id, year: y)
      case .total(let id): value = r.total(id)
      case .yearMean(let id, let y):
        let t = r.tally(id, year: y)
        value = t.count > 0 ? t.mean : nil
      case .totalMean(let id):
        let t = r.totalTally(id)
        value = t.count > 0 ? t.mean : nil
      case .final(let id): value = r.final[id]
      case .yearRatio(let num, let den, let y):
        value = r.yearValue(den, year: y) > 0 ? r.yearValue(num, year: y) / r.yearValue(den, year: y) : nil
      case .totalRatio(let num, let den): value = r.total(den) > 0 ? r.total(num) / r.total(den) : nil
      case .exhaustivityReached: value = tzcldState.exhaustivityDay == nil ? 0 : 1
      case .exhaustivityDay: value = tzcldState.exhaustivityDay.map(Double.init)
      }
      if let value { rows.append(ResultRow(kpi: row.kpi, period: row.period, dimension: row.dimension, value: value)) }
    }

    let months = r.months.indices
    let monthly = layout.monthly.map { series in
      switch series.value {
      case .series(let id):
        return MonthlySeries(kpi: series.kpi, values: months.map { r.monthValue(id, month: $0) })
      case .mean(let id):
        // A month with no observation (nobody received) has no mean: NaN, not 0.
        return MonthlySeries(
          kpi: series.kpi,
          values: months.map {
            let t = r.monthTally(id, month: $0)
            return t.count > 0 ? t.mean : .nan
          })
      case .ratio(let num, let den):
        // Nothing observed that month (no advisor present, no seat offered): no ratio, not 0.
        return MonthlySeries(
          kpi: series.kpi,
          values: months.map {
            let d = r.monthValue(den, month: $0)
            return d > 0 ? r.monthValue(num, month: $0) / d : .nan
          })
      case .accompaniedYearToDate:
        var running = 0.0
        return MonthlySeries(
          kpi: series.kpi,
          values: months.map { m in
            if r.months[m].month == 1 { running = 0 }
            running += r.monthValue(ids.accompanied, month: m)
            return running
          })
      }
    }

    return ReplicationResult(
      replication: replication, rows: rows, months: r.months.map(\.description), monthly: monthly,
      objectives: objectiveState.map(\.outcome), events: simulation.eventsProcessed)
  }
}
