public import SimulationCore

/// TZCLD: the PPDE stock and its flows, mobilisation, the waiting list, the
/// employment company's hiring rounds and exits.
extension TerritorySimulation {
  var tz: TZCLDParameters { parameters.tzcld! }

  mutating func startTZCLD(_ sim: inout Simulation<Event>) {
    for (k, c) in plan.tzcldCommunes.enumerated() {
      for _ in 0..<c.parameters.initialStock { addPPDE(tzIndex: k, at: 0, &sim) }
      scheduleInflow(k, from: 0, &sim)
    }
    let opening = calendar.time(of: tz.ebe.opening)
    // After everything else due that day at 00:00, so that volunteers met then count.
    if opening < calendar.horizon { sim.schedule(.ebeOpening, at: opening, priority: EventPriority.hiring) }
  }

  func yearsToDays(_ perYear: Double) -> Double { perYear / 365.25 }

  /// The next arrival of a new PPDE in commune `k` after `time` (Poisson).
  mutating func scheduleInflow(_ k: Int, from time: Double, _ sim: inout Simulation<Event>) {
    let rate = yearsToDays(plan.tzcldCommunes[k].parameters.inflowPerYear)
    guard rate > 0 else { return }
    let t = time + streams.inflow.exponential(mean: 1 / rate)
    if t < calendar.horizon { sim.schedule(.ppdeInflow(commune: Int32(k)), at: t) }
  }

  mutating func ppdeInflow(_ k: Int, _ sim: inout Simulation<Event>) {
    addPPDE(tzIndex: k, at: sim.now, &sim)
    scheduleInflow(k, from: sim.now, &sim)
  }

  /// A PPDE joins the pool at `time`: their other-exit time and, once the CLE
  /// has started, the date they are met are drawn now.
  mutating func addPPDE(tzIndex k: Int, at time: Double, _ sim: inout Simulation<Event>) {
    let i = ppde.count
    ppde.append(PPDE(commune: Int32(k)))
    ppdeRemaining += 1
    let exitRate = yearsToDays(plan.tzcldCommunes[k].parameters.exitPerYear)
    if exitRate > 0 {
      let t = time + streams.ppdeExits.exponential(mean: 1 / exitRate)
      if t < calendar.horizon { sim.schedule(.ppdeExit(ppde: Int32(i), version: 0), at: t) }
    }
    let cle = calendar.time(of: tz.mobilisationStart)
    let met = max(time, cle) + max(0, tz.meetingDelayDays.sample(streams.mobilisation))
    if met < calendar.horizon { sim.schedule(.ppdeMet(ppde: Int32(i), version: 0), at: met) }
  }

  mutating func ppdeExit(_ i: Int, version: UInt32) {
    guard ppde[i].version == version else { return }
    switch ppde[i].state {
    case .pool, .declined: break
    case .waiting: waitingCount -= 1
    default: return
    }
    ppde[i].state = .left
    ppde[i].version &+= 1
    ppdeRemaining -= 1
    recorder.add(ids.ppdeOtherExits, year: yearOfToday, month: monthOfToday)
  }

  mutating func ppdeMet(_ i: Int, version: UInt32, _ sim: inout Simulation<Event>) {
    guard ppde[i].version == version, ppde[i].state == .pool else { return }
    guard streams.mobilisation.uniform() < tz.volunteerProbability else {
      ppde[i].state = .declined
      return
    }
    ppde[i].state = .waiting
    ppde[i].waitingSince = sim.now
    waitingList.append(Int32(i))
    waitingCount += 1
    recorder.add(ids.volunteers, year: yearOfToday, month: monthOfToday)
    recorder.add(ids.volunteersByCommune[Int(ppde[i].commune)], year: yearOfToday, month: monthOfToday)
    trackedToday[TrackedKPI.tzcldVolunteers.index] += 1
    let rate = yearsToDays(tz.otherEmployerPerYear)
    if rate > 0 {
      let t = sim.now + streams.otherEmployers.exponential(mean: 1 / rate)
      if t < calendar.horizon { sim.schedule(.otherEmployer(ppde: Int32(i), version: ppde[i].version), at: t) }
    }
  }

  mutating func otherEmployer(_ i: Int, version: UInt32) {
    guard ppde[i].version == version, ppde[i].state == .waiting else { return }
    ppde[i].state = .placedElsewhere
    ppde[i].version &+= 1
    waitingCount -= 1
    ppdeRemaining -= 1
    recorder.add(ids.otherEmployerPlacements, year: yearOfToday, month: monthOfToday)
    trackedToday[TrackedKPI.tzcldOtherEmployerPlacements.index] += 1
  }

  mutating func ebeOpening(_ sim: inout Simulation<Event>) {
    ebeOpen = true
    hire(upTo: tz.ebe.openingCohort, &sim)
    scheduleNextRound(&sim)
  }

  mutating func scheduleNextRound(_ sim: inout Simulation<Event>) {
    if let d = nextListDay(after: today), Double(d) < calendar.horizon {
      sim.schedule(.hiringRound, at: Double(d), priority: EventPriority.hiring)
    }
  }

  /// A monthly round: at most the month's capacity (scaled by an EBE-hiring
  /// closure, rounded down), within the headcount ceiling and the year's FTE budget.
  mutating func hiringRound(_ sim: inout Simulation<Event>) {
    let capacity = tz.ebe.hiringCapacity.value(on: calendar.date(ofDay: today))
    let factor = calendar.capacityFactor(day: today, scope: .ebeHiring)
    hire(upTo: Int((capacity * factor + 1e-9).rounded(.down)), &sim)
    scheduleNextRound(&sim)
  }

  mutating func hire(upTo n: Int, _ sim: inout Simulation<Event>) {
    let ebe = tz.ebe
    let budget = ebe.fteBudget[calendar.date(ofDay: today).year]
    var hired = 0
    while hired < n, headcount < ebe.headcountCeiling, waitingCount > 0 {
      guard let next = waitingList.popFirst() else { break }
      let i = Int(next)
      guard ppde[i].state == .waiting else { continue }  // left the list meanwhile
      let share = ebe.workingTime[plan.workingTime!.sample(streams.hiring)].fte
      if let budget, fte.current + share > budget + 1e-9 {
        // The year's FTE budget is spent: this volunteer keeps their place.
        var rest = FIFOQueue<Int32>()
        rest.append(next)
        while let other = waitingList.popFirst() { rest.append(other) }
        waitingList = rest
        break
      }
      ppde[i].state = .employed
      ppde[i].version &+= 1
      ppde[i].fte = share
      waitingCount -= 1
      ppdeRemaining -= 1
      headcount += 1
      fte.record(fte.current + share, at: sim.now)
      if headcount > maxHeadcount {
        maxHeadcount = headcount
        newPostsThisMonth += 1
        recorder.add(ids.newPosts, year: yearOfToday, month: monthOfToday)
      }
      hired += 1
      if trace != nil { log("volunteer hired at \(share) FTE after \(Int(sim.now - ppde[i].waitingSince)) days", at: sim.now) }
      recorder.add(ids.hires, year: yearOfToday, month: monthOfToday)
      recorder.observe(ids.waitToHire, sim.now - ppde[i].waitingSince, year: yearOfToday, month: monthOfToday)
      trackedToday[TrackedKPI.tzcldHires.index] += 1
      let rate = yearsToDays(ebe.exitPerYear)
      if rate > 0 {
        let t = sim.now + streams.ebeExits.exponential(mean: 1 / rate)
        if t < calendar.horizon { sim.schedule(.employeeExit(ppde: Int32(i), version: ppde[i].version), at: t) }
      }
    }
  }

  mutating func employeeExit(_ i: Int, version: UInt32, _ sim: inout Simulation<Event>) {
    guard ppde[i].version == version, ppde[i].state == .employed else { return }
    ppde[i].state = .left
    ppde[i].version &+= 1
    headcount -= 1
    fte.record(max(0, fte.current - ppde[i].fte), at: sim.now)
    let reason = tz.ebe.exitReasons.sample(streams.ebeExits)
    recorder.add(ids.ebeExits, year: yearOfToday, month: monthOfToday)
    recorder.add(ids.ebeExitsByReason[reason], year: yearOfToday, month: monthOfToday)
  }
}
