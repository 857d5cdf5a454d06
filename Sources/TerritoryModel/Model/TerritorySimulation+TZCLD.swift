import SimulationCore
import Stochastic

/// TZCLD: the PPDE stock and its flows, mobilisation, the waiting list, the
/// employment company's hiring rounds and exits.
extension TerritorySimulation {
  var tz: TZCLDParameters { parameters.tzcld! }

  mutating func startTZCLD(_ sim: inout Simulation<Event>) {
    let ebe = tz.ebe
    let openedBefore = calendar.dayIndex(of: ebe.opening) < 0
    let start = ebe.atStart ?? EBEAtStart(headcount: 0, fte: 0, waitingList: 0)
    let weights = plan.tzcldCommunes.map { Double($0.parameters.initialStock) }
    let employees = Self.apportion(openedBefore ? start.headcount : 0, weights)
    let waiting = Self.apportion(openedBefore ? start.waitingList : 0, weights)
    // Ranks in each commune: the stock, then the employees and volunteers of an
    // EBE open before the start, then the new arrivals.
    for (k, c) in plan.tzcldCommunes.enumerated() {
      for _ in 0..<c.parameters.initialStock { addPPDE(tzIndex: k, at: 0, &sim) }
      for _ in 0..<employees[k] {
        let i = newPPDE(tzIndex: k)
        employ(i, fte: start.fte / Double(start.headcount), &sim)
      }
      for _ in 0..<waiting[k] {
        let i = newPPDE(tzIndex: k)
        tzcldState.ppdeRemaining += 1
        volunteer(i, &sim)
      }
      scheduleInflow(k, from: 0, &sim)
    }
    tzcldState.maxHeadcount = tzcldState.headcount
    if openedBefore {
      tzcldState.ebeOpen = true
      scheduleNextRound(after: -1, &sim)
    } else {
      // At 00:00 on the opening day, after every other event of that instant
      // (volunteers met at 00:00 count): contracts start, and are paid, from
      // that day; a volunteer met later that day waits for the first round.
      let opening = calendar.time(of: ebe.opening)
      if opening < calendar.horizon { sim.schedule(.ebeOpening, at: opening, priority: EventPriority.hiring) }
    }
  }

  /// Splits `total` over `weights` by largest remainders (equal shares when
  /// every weight is 0).
  static func apportion(_ total: Int, _ weights: [Double]) -> [Int] {
    guard total > 0, !weights.isEmpty else { return weights.map { _ in 0 } }
    let sum = weights.reduce(0, +)
    let shares = sum > 0 ? weights.map { $0 / sum } : weights.map { _ in 1 / Double(weights.count) }
    var counts = shares.map { Int((Double(total) * $0).rounded(.down)) }
    let order = shares.indices.sorted {
      let a = Double(total) * shares[$0] - Double(counts[$0])
      let b = Double(total) * shares[$1] - Double(counts[$1])
      return a != b ? a > b : $0 < $1
    }
    for k in order.prefix(total - counts.reduce(0, +)) { counts[k] += 1 }
    return counts
  }

  func yearsToDays(_ perYear: Double) -> Double { perYear / 365.25 }

  /// The next arrival of a new PPDE in commune `k` after `time` (Poisson, on the commune's stream).
  mutating func scheduleInflow(_ k: Int, from time: Double, _ sim: inout Simulation<Event>) {
    let rate = yearsToDays(plan.tzcldCommunes[k].parameters.inflowPerYear)
    guard rate > 0 else { return }
    let t = time + streams.drawer.draw(&streams.inflow[k]) { $0.exponential(mean: 1 / rate) }
    if t < calendar.horizon { sim.schedule(.ppdeInflow(commune: Int32(k)), at: t) }
  }

  mutating func ppdeInflow(_ k: Int, _ sim: inout Simulation<Event>) {
    addPPDE(tzIndex: k, at: sim.now, &sim)
    scheduleInflow(k, from: sim.now, &sim)
  }

  /// A new PPDE record of commune `k`, with its own stream (keyed by commune and rank).
  mutating func newPPDE(tzIndex k: Int) -> Int {
    let rank = UInt32(truncatingIfNeeded: tzcldState.ppdeCount[k])
    tzcldState.ppdeCount[k] += 1
    let stream = streams.drawer.start(seed: streams.ppdeFamilies[k].seed(member: rank))
    tzcldState.ppde.append(PPDE(commune: Int32(k), stream: stream))
    return tzcldState.ppde.count - 1
  }

  /// A PPDE joins the pool at `time`: their other-exit time and, once the CLE
  /// has started, the date they are met are drawn now.
  mutating func addPPDE(tzIndex k: Int, at time: Double, _ sim: inout Simulation<Event>) {
    let i = newPPDE(tzIndex: k)
    tzcldState.ppdeRemaining += 1
    let exitRate = yearsToDays(plan.tzcldCommunes[k].parameters.exitPerYear)
    let meeting = tz.meetingDelayDays
    let (exitAfter, delay) = streams.drawer.draw(&tzcldState.ppde[i].stream) { r in
      (exitRate > 0 ? r.exponential(mean: 1 / exitRate) : Double.infinity, meeting.sample(r))
    }
    if time + exitAfter < calendar.horizon { sim.schedule(.ppdeExit(ppde: Int32(i), version: 0), at: time + exitAfter) }
    let met = Swift.max(time, calendar.time(of: tz.mobilisationStart)) + delay
    if met < calendar.horizon { sim.schedule(.ppdeMet(ppde: Int32(i), version: 0), at: met) }
  }

  mutating func ppdeExit(_ i: Int, version: UInt32) {
    guard tzcldState.ppde[i].version == version else { return }
    switch tzcldState.ppde[i].state {
    case .pool, .declined: break
    case .waiting: tzcldState.waitingCount -= 1
    default: return
    }
    tzcldState.ppde[i].state = .left
    tzcldState.ppde[i].version &+= 1
    tzcldState.ppdeRemaining -= 1
    recorder.add(ids.ppdeOtherExits, year: yearOfToday, month: monthOfToday)
  }

  mutating func ppdeMet(_ i: Int, version: UInt32, _ sim: inout Simulation<Event>) {
    guard tzcldState.ppde[i].version == version, tzcldState.ppde[i].state == .pool else { return }
    let p = tz.volunteerProbability
    guard streams.drawer.draw(&tzcldState.ppde[i].stream, { $0.uniform() < p }) else {
      tzcldState.ppde[i].state = .declined
      return
    }
    volunteer(i, &sim)
    recorder.add(ids.volunteers, year: yearOfToday, month: monthOfToday)
    recorder.add(ids.volunteersByCommune[Int(tzcldState.ppde[i].commune)], year: yearOfToday, month: monthOfToday)
    trackedToday[TrackedKPI.tzcldVolunteers.index] += 1
  }

  /// PPDE `i` joins the waiting list now. Their chosen working time is drawn
  /// now and kept while they wait; another employer may hire them meanwhile.
  mutating func volunteer(_ i: Int, _ sim: inout Simulation<Event>) {
    tzcldState.ppde[i].state = .waiting
    tzcldState.ppde[i].waitingSince = sim.now
    tzcldState.waitingList.append(Int32(i))
    tzcldState.waitingCount += 1
    let rate = yearsToDays(tz.otherEmployerPerYear)
    let choice = plan.workingTime!
    let fractions = tz.ebe.workingTime
    let (fte, elsewhere) = streams.drawer.draw(&tzcldState.ppde[i].stream) { r in
      (fractions[choice.sample(r)].fte, rate > 0 ? r.exponential(mean: 1 / rate) : Double.infinity)
    }
    tzcldState.ppde[i].fte = fte
    if sim.now + elsewhere < calendar.horizon {
      sim.schedule(.otherEmployer(ppde: Int32(i), version: tzcldState.ppde[i].version), at: sim.now + elsewhere)
    }
  }

  mutating func otherEmployer(_ i: Int, version: UInt32) {
    guard tzcldState.ppde[i].version == version, tzcldState.ppde[i].state == .waiting else { return }
    tzcldState.ppde[i].state = .placedElsewhere
    tzcldState.ppde[i].version &+= 1
    tzcldState.waitingCount -= 1
    tzcldState.ppdeRemaining -= 1
    recorder.add(ids.otherEmployerPlacements, year: yearOfToday, month: monthOfToday)
    trackedToday[TrackedKPI.tzcldOtherEmployerPlacements.index] += 1
  }

  /// The EBE opens and hires its opening cohort, scaled like a round by an
  /// `ebe_hiring` closure of that day (those not hired wait for the rounds).
  mutating func ebeOpening(_ sim: inout Simulation<Event>) {
    tzcldState.ebeOpen = true
    let factor = DayTable.factor(plan.days.ebeHiringFactor, today)
    hire(upTo: Int((Double(tz.ebe.openingCohort) * factor + 1e-9).rounded(.down)), &sim)
    scheduleNextRound(after: today, &sim)
  }

  mutating func scheduleNextRound(after day: Int, _ sim: inout Simulation<Event>) {
    if let d = plan.days.nextListDay(after: day), Double(d) < calendar.horizon {
      sim.schedule(.hiringRound, at: Double(d), priority: EventPriority.hiring)
    }
  }

  /// A monthly round: the month's capacity, scaled by an `ebe_hiring` closure
  /// factor, plus the fraction carried from earlier rounds; whole hires are
  /// made (within the headcount ceiling and the year's FTE budget) and the
  /// fraction is carried, so 0.5 a month hires one every two months.
  mutating func hiringRound(_ sim: inout Simulation<Event>) {
    let capacity = tz.ebe.hiringCapacity.value(on: calendar.date(ofDay: today))
    let factor = DayTable.factor(plan.days.ebeHiringFactor, today)
    let allowance = capacity * factor + tzcldState.hiringCarry
    let whole = (allowance + 1e-9).rounded(.down)
    tzcldState.hiringCarry = Swift.max(0, allowance - whole)
    hire(upTo: Int(whole), &sim)
    scheduleNextRound(after: today, &sim)
  }

  mutating func hire(upTo n: Int, _ sim: inout Simulation<Event>) {
    let ebe = tz.ebe
    let budget = ebe.fteBudget[calendar.date(ofDay: min(today, calendar.dayCount - 1)).year]
    var hired = 0
    while hired < n, tzcldState.headcount < ebe.headcountCeiling, tzcldState.waitingCount > 0 {
      guard let next = tzcldState.waitingList.popFirst() else { break }
      let i = Int(next)
      guard tzcldState.ppde[i].state == .waiting else { continue }  // left the list meanwhile
      if let budget, tzcldState.fte.current + tzcldState.ppde[i].fte > budget + 1e-9 {
        // The year's FTE budget is spent: this volunteer keeps their place.
        var rest = FIFOQueue<Int32>()
        rest.append(next)
        while let other = tzcldState.waitingList.popFirst() { rest.append(other) }
        tzcldState.waitingList = rest
        break
      }
      tzcldState.waitingCount -= 1
      tzcldState.ppdeRemaining -= 1
      hired += 1
      if trace != nil {
        log("volunteer hired at \(tzcldState.ppde[i].fte) FTE after \(Int(sim.now - tzcldState.ppde[i].waitingSince)) days", at: sim.now)
      }
      recorder.add(ids.hires, year: yearOfToday, month: monthOfToday)
      recorder.observe(ids.waitToHire, sim.now - tzcldState.ppde[i].waitingSince, year: yearOfToday, month: monthOfToday)
      trackedToday[TrackedKPI.tzcldHires.index] += 1
      employ(i, fte: tzcldState.ppde[i].fte, &sim)
      if tzcldState.headcount > tzcldState.maxHeadcount {
        tzcldState.maxHeadcount = tzcldState.headcount
        tzcldState.newPostsThisMonth += 1
        recorder.add(ids.newPosts, year: yearOfToday, month: monthOfToday)
      }
    }
  }

  /// PPDE `i` is an employee of the EBE from now on, at `share` FTE; their
  /// exit time and reason are drawn now from their stream.
  mutating func employ(_ i: Int, fte share: Double, _ sim: inout Simulation<Event>) {
    tzcldState.ppde[i].state = .employed
    tzcldState.ppde[i].version &+= 1
    tzcldState.ppde[i].fte = share
    tzcldState.headcount += 1
    tzcldState.fte.record(tzcldState.fte.current + share, at: sim.now)
    let rate = yearsToDays(tz.ebe.exitPerYear)
    let reasons = tz.ebe.exitReasons
    let (after, reason) = streams.drawer.draw(&tzcldState.ppde[i].stream) { r in
      (rate > 0 ? r.exponential(mean: 1 / rate) : Double.infinity, reasons.sample(r))
    }
    tzcldState.ppde[i].exitReason = UInt8(reason)
    if sim.now + after < calendar.horizon {
      sim.schedule(.employeeExit(ppde: Int32(i), version: tzcldState.ppde[i].version), at: sim.now + after)
    }
  }

  mutating func employeeExit(_ i: Int, version: UInt32, _ sim: inout Simulation<Event>) {
    guard tzcldState.ppde[i].version == version, tzcldState.ppde[i].state == .employed else { return }
    tzcldState.ppde[i].state = .left
    tzcldState.ppde[i].version &+= 1
    tzcldState.headcount -= 1
    tzcldState.fte.record(max(0, tzcldState.fte.current - tzcldState.ppde[i].fte), at: sim.now)
    let reason = Int(tzcldState.ppde[i].exitReason)
    recorder.add(ids.ebeExits, year: yearOfToday, month: monthOfToday)
    recorder.add(ids.ebeExitsByReason[reason], year: yearOfToday, month: monthOfToday)
  }
}
