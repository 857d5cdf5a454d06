public import SimulationCore

/// The PCE network: advisors on and off duty, walk-ins and referrals, desks,
/// first appointments and follow-ups.
extension TerritorySimulation {
  static let minutesPerDay = 1440.0
  static let daysPerMonth = 365.25 / 12

  // MARK: Advisors and desk capacity

  /// Advisors come on or go off duty (the `k`-th change time of the plan).
  mutating func advisorShift(_ k: Int, _ sim: inout Simulation<Event>) {
    for (j, s) in plan.shiftSites[k].enumerated() {
      let states = plan.shiftStates[k][j]
      for a in advisors[s].indices { advisors[s][a].onDuty = states[a] }
      updateCapacity(site: s, &sim)
    }
    if k + 1 < plan.shiftTimes.count {
      sim.schedule(.advisorShift(index: Int32(k + 1)), at: plan.shiftTimes[k + 1], priority: EventPriority.shift)
    }
  }

  /// Sets a site desk's capacity to its available advisors, scaled by today's
  /// closure factor (rounded to the nearest advisor), and starts the
  /// appointments this makes possible.
  mutating func updateCapacity(site s: Int, _ sim: inout Simulation<Event>) {
    let available = advisors[s].reduce(0) { $0 + ($1.onDuty && $1.away == 0 ? 1 : 0) }
    let capacity = pceFactor >= 1 ? available : Int((Double(available) * pceFactor).rounded())
    setDeskCapacity(s, capacity, &sim)
  }

  mutating func setDeskCapacity(_ d: Int, _ capacity: Int, _ sim: inout Simulation<Event>) {
    guard capacity != desks[d].queue.targetCapacity else { return }
    let grants = desks[d].queue.setCapacity(capacity, at: sim.now)
    for g in grants { startAppointment(desk: d, request: g.request, wait: g.wait, &sim) }
  }

  // MARK: Arrivals

  /// Walk-ins and referrals are Poisson processes on each site's opening
  /// time: the next arrival is drawn in opening time and mapped to the
  /// calendar, so closed hours cost no event. On days with a closure factor
  /// f < 1, an arrival is kept with probability f (thinning).
  mutating func scheduleWalkIn(site s: Int, referral: Bool, _ sim: inout Simulation<Event>) {
    let rate = referral ? plan.referralRate[s] : plan.walkInRate[s]
    guard rate > 0 else { return }
    let stream = referral ? streams.referrals : streams.walkIns
    let k = referral ? 1 : 0
    openTimeDrawn[s][k] += stream.exponential(mean: 1 / rate)
    if let t = plan.calendarTime(site: s, openTime: openTimeDrawn[s][k]), t < calendar.horizon {
      sim.schedule(.walkIn(site: Int32(s), referral: referral), at: Swift.max(t, sim.now))
    }
  }

  mutating func walkIn(site s: Int, referral: Bool, _ sim: inout Simulation<Event>) {
    let stream = referral ? streams.referrals : streams.walkIns
    if pceFactor >= 1 || stream.uniform() < pceFactor {
      newPerson(desk: s, source: referral ? .referral : .walkIn, &sim)
    }
    scheduleWalkIn(site: s, referral: referral, &sim)
  }

  /// A job seeker appears and asks for a first appointment at `desk`. Every
  /// personal draw is made now, in arrival order.
  mutating func newPerson(desk d: Int, source: ArrivalSource, _ sim: inout Simulation<Event>) {
    let r = streams.persons
    let pw = parameters.pathways
    let pathway = UInt8(pw.choice.sample(r))
    let duration = max(1, appointmentDistribution.sample(r)) / Self.minutesPerDay
    let exitAfter = plan.exitRatePerDay > 0 ? r.exponential(mean: 1 / plan.exitRatePerDay) : .infinity
    let u = r.uniform()
    let shares = plan.exitReasonShares
    let reason: UInt8 = u < shares[0] ? 0 : (u < shares[0] + shares[1] ? 1 : 2)
    let outcome = UInt8(pw.positioningOutcome.sample(r))
    let delay = max(0, pw.positioningDelayDays.sample(r))
    var mask: UInt32 = 0
    for (t, w) in parameters.workshops.enumerated() where r.uniform() < w.enrolProbability { mask |= 1 << UInt32(t) }
    let person = Person(
      desk: Int32(d), site: Int32(desks[d].site), source: source, requestTime: sim.now, pathway: pathway,
      firstDurationDays: duration, exitAfterDays: exitAfter, exitReason: reason, outcome: outcome,
      outcomeDelayDays: delay, workshopsToDo: mask)
    let p = persons.count
    persons.append(person)
    if trace != nil { log("person \(p) asks at \(desks[d].id) (\(source.id))", at: sim.now) }
    if let patience = parameters.appointments.patienceDays {
      let t = sim.now + Swift.max(0, patience.sample(r))
      if t < calendar.horizon { sim.schedule(.giveUp(person: Int32(p), version: 0), at: t) }
    }
    requestAppointment(desk: d, person: p, followUp: false, &sim)
  }

  /// A person still waiting for a first appointment leaves the queue.
  mutating func giveUp(_ p: Int, version: UInt32, _ sim: inout Simulation<Event>) {
    guard persons[p].version == version, persons[p].state == .waitingFirst else { return }
    let request = p << 1
    guard desks[Int(persons[p].desk)].queue.withdraw(at: sim.now, where: { $0 == request }) != nil else { return }
    persons[p].state = .exited
    persons[p].version &+= 1
    if trace != nil { log("person \(p) gives up waiting", at: sim.now) }
    recorder.add(ids.gaveUp, year: yearOfToday, month: monthOfToday)
  }

  // MARK: Appointments

  mutating func requestAppointment(desk d: Int, person p: Int, followUp: Bool, _ sim: inout Simulation<Event>) {
    let request = p << 1 | (followUp ? 1 : 0)
    if followUp { persons[p].waitingForFollowUp = true }
    if let g = desks[d].queue.request(request, at: sim.now) {
      startAppointment(desk: d, request: g.request, wait: g.wait, &sim)
    }
  }

  mutating func startAppointment(desk d: Int, request: Int, wait: Double, _ sim: inout Simulation<Event>) {
    let p = request >> 1
    let duration: Double
    if request & 1 == 1 {
      persons[p].waitingForFollowUp = false
      if trace != nil { log("person \(p) follow-up at \(desks[d].id)", at: sim.now) }
      duration = max(1, followUpDistribution.sample(streams.followUps)) / Self.minutesPerDay
    } else {
      duration = persons[p].firstDurationDays
      if trace != nil { log("person \(p) first appointment at \(desks[d].id), waited \(Int((wait * 1440).rounded())) min", at: sim.now) }
      recorder.observe(ids.firstWait, wait, year: yearOfToday, month: monthOfToday)
      recorder.observe(ids.firstWaitBySite[d], wait, year: yearOfToday, month: monthOfToday)
    }
    sim.schedule(.appointmentEnd(desk: Int32(d), request: request), after: duration)
  }

  mutating func appointmentEnd(desk d: Int, request: Int, _ sim: inout Simulation<Event>) {
    if let g = desks[d].queue.release(at: sim.now) {
      startAppointment(desk: d, request: g.request, wait: g.wait, &sim)
    }
    if request & 1 == 0 { accompany(request >> 1, &sim) }
  }

  // MARK: Pathways

  /// The first appointment is held: the person is accompanied from now on.
  mutating func accompany(_ p: Int, _ sim: inout Simulation<Event>) {
    persons[p].state = .accompanied
    if trace != nil { log("person \(p) accompanied, pathway \(PathwayParameters.pathwayLabels[Int(persons[p].pathway)])", at: sim.now) }
    let d = Int(persons[p].desk)
    let y = yearOfToday
    let m = monthOfToday
    recorder.add(ids.accompanied, year: y, month: m)
    recorder.add(ids.accompaniedBySite[d], year: y, month: m)
    recorder.add(ids.accompaniedBySource[persons[p].source.rawValue], year: y, month: m)
    trackedToday[TrackedKPI.pceAccompanied.index] += 1
    let v = persons[p].version
    let exitAt = sim.now + persons[p].exitAfterDays
    let pw = parameters.pathways
    // The competing-hazard exit is scheduled only if it can come first: an
    // autonomous or positioning pathway's end is known now. (A later stale
    // event would be ignored anyway; not scheduling it keeps the calendar small.)
    let knownEnd: Double
    switch persons[p].pathway {
    case 0: knownEnd = sim.now + pw.autonomousMonths * Self.daysPerMonth
    case 3: knownEnd = sim.now + persons[p].outcomeDelayDays
    default: knownEnd = .infinity
    }
    if exitAt < calendar.horizon && exitAt < knownEnd { sim.schedule(.hazardExit(person: Int32(p), version: v), at: exitAt) }
    switch persons[p].pathway {
    case 0:  // autonomous
      endPathway(p, after: pw.autonomousMonths * Self.daysPerMonth, &sim)
    case 1:  // workshops
      enrolInNextWorkshop(p, &sim)
    case 2:  // reinforced
      let s = Int(persons[p].site)
      if caseload[s].request(Int32(p), at: sim.now) != nil {
        startReinforced(p, &sim)
      } else {
        persons[p].waitingForCaseload = true
      }
    default:  // positioning
      sim.schedule(.positioningOutcome(person: Int32(p), version: v), after: persons[p].outcomeDelayDays)
    }
  }

  mutating func endPathway(_ p: Int, after days: Double, _ sim: inout Simulation<Event>) {
    persons[p].pathwayEnds = sim.now + days
    if persons[p].pathwayEnds < calendar.horizon {
      sim.schedule(.pathwayEnd(person: Int32(p), version: persons[p].version), at: persons[p].pathwayEnds)
    }
  }

  mutating func startReinforced(_ p: Int, _ sim: inout Simulation<Event>) {
    persons[p].waitingForCaseload = false
    persons[p].holdsCaseloadSlot = true
    endPathway(p, after: parameters.pathways.reinforcedMaxMonths * Self.daysPerMonth, &sim)
    scheduleFollowUp(p, due: sim.now + parameters.pathways.followUpIntervalDays, &sim)
  }

  /// Follow-ups fall due on a fixed rhythm from the start of reinforced
  /// accompaniment, whenever the previous one was held.
  mutating func scheduleFollowUp(_ p: Int, due: Double, _ sim: inout Simulation<Event>) {
    if due < persons[p].pathwayEnds && due < calendar.horizon {
      sim.schedule(.followUpDue(person: Int32(p), version: persons[p].version), at: due)
    }
  }

  mutating func followUpDue(_ p: Int, version: UInt32, _ sim: inout Simulation<Event>) {
    guard persons[p].version == version, persons[p].state == .accompanied else { return }
    // A follow-up still waiting in the queue is not doubled.
    if !persons[p].waitingForFollowUp {
      requestAppointment(desk: Int(persons[p].desk), person: p, followUp: true, &sim)
    }
    scheduleFollowUp(p, due: sim.now + parameters.pathways.followUpIntervalDays, &sim)
  }

  mutating func hazardExit(_ p: Int, version: UInt32, _ sim: inout Simulation<Event>) {
    guard persons[p].version == version, persons[p].state == .accompanied else { return }
    exit(p, reason: ExitReason(rawValue: Int(persons[p].exitReason))!, &sim)
  }

  mutating func pathwayEnd(_ p: Int, version: UInt32, _ sim: inout Simulation<Event>) {
    guard persons[p].version == version, persons[p].state == .accompanied else { return }
    exit(p, reason: .endOfPathway, &sim)
  }

  mutating func positioningOutcome(_ p: Int, version: UInt32, _ sim: inout Simulation<Event>) {
    guard persons[p].version == version, persons[p].state == .accompanied else { return }
    let outcome = Int(persons[p].outcome)
    recorder.add(ids.positioningOutcome[outcome], year: yearOfToday, month: monthOfToday)
    exit(p, reason: outcome == 0 ? .employment : .endOfPathway, &sim)
  }

  /// The person leaves accompaniment: frees a caseload slot, leaves any queue.
  mutating func exit(_ p: Int, reason: ExitReason, _ sim: inout Simulation<Event>) {
    persons[p].state = .exited
    persons[p].version &+= 1
    let s = Int(persons[p].site)
    if persons[p].holdsCaseloadSlot {
      persons[p].holdsCaseloadSlot = false
      if let g = caseload[s].release(at: sim.now) { startReinforced(Int(g.request), &sim) }
    } else if persons[p].waitingForCaseload {
      persons[p].waitingForCaseload = false
      _ = caseload[s].withdraw(at: sim.now) { $0 == Int32(p) }
    }
    if persons[p].waitingForFollowUp {
      persons[p].waitingForFollowUp = false
      let request = p << 1 | 1
      _ = desks[Int(persons[p].desk)].queue.withdraw(at: sim.now) { $0 == request }
    }
    persons[p].workshopEnrolment = -1
    if trace != nil { log("person \(p) leaves: \(reason.id)", at: sim.now) }
    recorder.add(ids.exitsByReason[reason.rawValue], year: yearOfToday, month: monthOfToday)
    if reason == .employment {
      recorder.add(ids.exitsToEmployment, year: yearOfToday, month: monthOfToday)
      trackedToday[TrackedKPI.pceExitsToEmployment.index] += 1
    }
  }

  // MARK: Permanences

  mutating func schedulePermanence(_ i: Int, _ sim: inout Simulation<Event>) {
    let days = plan.permanenceDays[i]
    guard permanenceNext[i] < days.count else { return }
    let slot = parameters.permanences[i].slot
    let start = Double(days[permanenceNext[i]]) + Double(slot.window.start) / Self.minutesPerDay
    sim.schedule(.permanence(index: Int32(i), starts: true), at: start, priority: EventPriority.awayStarts)
  }

  mutating func permanence(_ i: Int, starts: Bool, _ sim: inout Simulation<Event>) {
    let p = parameters.permanences[i]
    let d = parameters.sites.count + i
    let s = desks[d].site
    let a = min(p.advisorIndex, advisors[s].count - 1)
    if starts {
      let factor = pceFactor
      advisors[s][a].away += 1
      updateCapacity(site: s, &sim)
      setDeskCapacity(d, factor > 0 ? 1 : 0, &sim)
      let end = Double(plan.permanenceDays[i][permanenceNext[i]]) + Double(p.slot.window.end) / Self.minutesPerDay
      sim.schedule(.permanence(index: Int32(i), starts: false), at: end, priority: EventPriority.awayEnds)
    } else {
      advisors[s][a].away -= 1
      setDeskCapacity(d, 0, &sim)
      updateCapacity(site: s, &sim)
      permanenceNext[i] += 1
      let days = plan.permanenceDays[i]
      if permanenceNext[i] < days.count {
        let start = Double(days[permanenceNext[i]]) + Double(p.slot.window.start) / Self.minutesPerDay
        sim.schedule(.permanence(index: Int32(i), starts: true), at: start, priority: EventPriority.awayStarts)
      }
    }
  }
}
