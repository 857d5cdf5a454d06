import SimulationCore

/// The day, month and year grid: closures, objectives, monthly money and
/// levels, yearly snapshots.
extension TerritorySimulation {
  mutating func midnight(_ day: Int, _ sim: inout Simulation<Event>) {
    if day > 0 { closeDay(day - 1, &sim) }
    guard day < calendar.dayCount else { return }
    let previousMonth = monthOfToday
    today = day
    yearOfToday = plan.days.year[day]
    monthOfToday = plan.days.month[day]
    if day > 0 && monthOfToday != previousMonth { tzcldState.newPostsThisMonth = 0 }
    let factor = plan.days.pceFactor[day]
    if factor != network.pceFactor {
      network.pceFactor = factor
      dispatchAllSites(&sim)
    }
    sim.schedule(.midnight(day: Int32(day + 1)), at: Double(day + 1), priority: EventPriority.midnight)
  }

  mutating func closeDay(_ day: Int, _ sim: inout Simulation<Event>) {
    for k in objectiveState.indices {
      let kpi = objectiveState[k].objective.kpi
      objectiveState[k].close(day: day, count: trackedToday[kpi.index], level: level(kpi))
    }
    for i in trackedToday.indices { trackedToday[i] = 0 }
    if plan.days.closesMonth[day] { closeMonth(day: day, &sim) }
    if plan.days.closesYear[day] { closeYear() }
    if day == calendar.dayCount - 1 { closeHorizon() }
  }

  func level(_ kpi: TrackedKPI) -> Double {
    switch kpi {
    case .tzcldHeadcount: Double(tzcldState.headcount)
    case .tzcldFTE: tzcldState.fte.current
    case .tzcldWaitingList: Double(tzcldState.waitingCount)
    case .tzcldPPDERemaining: Double(tzcldState.ppdeRemaining)
    default: 0
    }
  }

  /// Month end (`day` is its last simulated day; the clock is at the next midnight).
  mutating func closeMonth(day: Int, _ sim: inout Simulation<Event>) {
    let now = sim.now
    let y = yearOfToday
    let m = monthOfToday
    let month = plan.days.months[m]
    // PCE: advisor time and caseload over the month.
    for d in network.desks.indices {
      let busy = network.desks[d].busy.integral(upTo: now)
      let capacity = network.desks[d].present.integral(upTo: now)
      recorder.add(ids.deskBusy[d], busy - desksAtLastClose[d].busy, year: y, month: m)
      recorder.add(ids.deskCapacity[d], capacity - desksAtLastClose[d].capacity, year: y, month: m)
      recorder.add(ids.networkBusy, busy - desksAtLastClose[d].busy, year: y, month: m)
      recorder.add(ids.networkCapacity, capacity - desksAtLastClose[d].capacity, year: y, month: m)
      desksAtLastClose[d] = (busy, capacity)
    }
    let firstOfMonth = max(0, calendar.dayIndex(of: month.firstDay))
    recorder.add(ids.caseloadDays, Double(day + 1 - firstOfMonth), year: y, month: m)
    for s in caseload.indices {
      let area = caseload[s].busy.integral(upTo: now)
      recorder.add(ids.caseloadArea[s], area - caseloadAtLastClose[s], year: y, month: m)
      recorder.add(ids.networkCaseloadArea, area - caseloadAtLastClose[s], year: y, month: m)
      caseloadAtLastClose[s] = area
    }
    guard let tz = parameters.tzcld else { return }
    // Money, from the month's FTE-days.
    let money = parameters.money
    let first = month.firstDay
    let fteDays = tzcldState.fte.integral(upTo: now) - fteIntegralAtMonthStart
    fteIntegralAtMonthStart = tzcldState.fte.integral(upTo: now)
    let fteMonths = fteDays / Double(month.dayCount)
    let smic = money.monthlySMIC.value(on: first)
    let payroll = fteMonths * smic * money.employerCostFactor
    let cde = fteMonths * smic * money.cdeRate.value(on: first)
    let departement = cde * money.departementShare.value(on: first)
    let grants = Double(tzcldState.newPostsThisMonth) * money.startupGrant.value(on: first)
    tzcldState.newPostsThisMonth = 0
    let covered = Double(day + 1 - firstOfMonth) / Double(month.dayCount)
    let supervisorCount = tzcldState.headcount == 0 ? 0 : (tzcldState.headcount + tz.ebe.supervisionRatio - 1) / tz.ebe.supervisionRatio
    let supervisors = Double(supervisorCount) * tz.ebe.supervisorYearlyCost / 12 * covered
    recorder.add(ids.payroll, payroll, year: y, month: m)
    recorder.add(ids.stateCDE, cde, year: y, month: m)
    recorder.add(ids.departement, departement, year: y, month: m)
    recorder.add(ids.startupGrants, grants, year: y, month: m)
    recorder.add(ids.supervisors, supervisors, year: y, month: m)
    recorder.add(ids.balance, payroll + supervisors - cde - departement - grants, year: y, month: m)
    // Levels at month end.
    recorder.setMonthlyLevel(ids.waitingList, Double(tzcldState.waitingCount), month: m)
    recorder.setMonthlyLevel(ids.headcount, Double(tzcldState.headcount), month: m)
    recorder.setMonthlyLevel(ids.fte, tzcldState.fte.current, month: m)
    recorder.setMonthlyLevel(ids.ppdeRemaining, Double(tzcldState.ppdeRemaining), month: m)
    if tzcldState.ebeOpen && tzcldState.waitingCount == 0 && tzcldState.exhaustivityDay == nil { tzcldState.exhaustivityDay = day }
  }

  mutating func closeYear() {
    guard parameters.tzcld != nil else { return }
    let y = yearOfToday
    recorder.setYearlyLevel(ids.waitingList, Double(tzcldState.waitingCount), year: y)
    recorder.setYearlyLevel(ids.headcount, Double(tzcldState.headcount), year: y)
    recorder.setYearlyLevel(ids.fte, tzcldState.fte.current, year: y)
    recorder.setYearlyLevel(ids.ppdeRemaining, Double(tzcldState.ppdeRemaining), year: y)
  }

  mutating func closeHorizon() {
    guard parameters.tzcld != nil else { return }
    recorder.setFinal(ids.waitingList, Double(tzcldState.waitingCount))
    recorder.setFinal(ids.headcount, Double(tzcldState.headcount))
    recorder.setFinal(ids.fte, tzcldState.fte.current)
    recorder.setFinal(ids.ppdeRemaining, Double(tzcldState.ppdeRemaining))
  }
}
