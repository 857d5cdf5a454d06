import SimulationCore

/// The PCE network: advisors on and off duty, walk-ins and referrals, desks,
/// first appointments and follow-ups.
extension TerritorySimulation {
  static let minutesPerDay = 1440.0
  static let daysPerMonth = 365.25 / 12

  // MARK: Advisors at the desks

  /// Advisors come on or go off duty (the `k`-th change time of the plan).
  mutating func advisorShift(_ k: Int, _ sim: inout Simulation<Event>) {
    for e in plan.shiftEditStart[k]..<plan.shiftEditStart[k + 1] {
      let edit = plan.shiftEdits[e]
      network.advisors[Int(edit.advisor)].onDuty = edit.onDuty
      if edit.dispatchesSite { dispatch(desk: Int(edit.site), &sim) }
    }
    if k + 1 < plan.shiftTimes.count {
      sim.schedule(.advisorShift(index: Int32(k + 1)), at: plan.shiftTimes[k + 1], priority: EventPriority.shift)
    }
  }

  /// Whether advisor `a` of site `s` is posted at desk `d` now: at their site
  /// when on duty, not facilitating and not at a permanence; at a permanence's
  /// desk while they hold it and it is open. (Inlined: called on the model
  /// from a mutating handler, an outlined call copied the whole model first.)
  @inline(__always) func isPosted(site s: Int, advisor a: Int, at d: Int) -> Bool {
    let advisor = network.advisors[network.firstAdvisor[s] + a]
    if let i = advisor.permanence { return network.desks[d].permanence == i && network.permanenceOpen[i] }
    return d == s && advisor.onDuty && advisor.away == 0
  }

  /// Starts every appointment desk `d` can start now, and records how many
  /// advisors are present and busy there. An idle advisor posted at the desk
  /// takes the first request still wanted (the lowest-numbered advisor first);
  /// on a day with a closure factor f < 1, at most round(f × posted advisors)
  /// serve at a site at once. An advisor in an appointment finishes it wherever
  /// they are due next: they leave when it ends.
  mutating func dispatch(desk d: Int, _ sim: inout Simulation<Event>) {
    let s = network.desks[d].site
    let permanence = network.desks[d].permanence
    var posted = 0
    var servingPosted = 0
    var idlePosted = 0
    var firstIdle = Int.max
    for a in 0..<network.advisorCount[s] where isPosted(site: s, advisor: a, at: d) {
      posted += 1
      if let at = network.advisors[network.firstAdvisor[s] + a].servingDesk {
        if at == d { servingPosted += 1 }
      } else {
        idlePosted += 1
        firstIdle = Swift.min(firstIdle, a)
      }
    }
    let cap = permanence == nil && network.pceFactor < 1 ? Int((Double(posted) * network.pceFactor).rounded()) : posted
    var a = firstIdle
    while network.desks[d].waiting > 0 && servingPosted < cap && idlePosted > 0 && a < network.advisorCount[s] {
      if network.advisors[network.firstAdvisor[s] + a].isIdle && isPosted(site: s, advisor: a, at: d) {
        guard let request = nextRequest(desk: d) else { break }
        startAppointment(desk: d, advisor: a, request: request, &sim)
        servingPosted += 1
        idlePosted -= 1
      }
      a += 1
    }
    // Present: advisors in an appointment here, and the idle ones allowed to serve.
    let present = network.desks[d].serving + Swift.min(idlePosted, Swift.max(0, cap - servingPosted))
    if Double(present) != network.desks[d].present.current { network.desks[d].present.record(Double(present), at: sim.now) }
  }

  /// The first request in the queue that is still wanted.
  mutating func nextRequest(desk d: Int) -> DeskRequest? {
    while let r = network.desks[d].queue.popFirst() {
      if isWanted(r) {
        network.desks[d].waiting -= 1
        return r
      }
    }
    return nil
  }

  /// Whether a queued request still stands: its person is the one who made it
  /// (the slot's version) and still waits for that appointment.
  @inline(__always) func isWanted(_ r: DeskRequest) -> Bool {
    let person = persons[Int(r.person)]
    guard person.version == r.version else { return false }
    return r.followUp ? person.waitingForFollowUp && person.state == .accompanied : person.state == .waitingFirst
  }

  /// Drops void requests once they outnumber the live ones (amortised O(1)):
  /// a queue that never drains holds the people waiting, not everyone who left it.
  mutating func compactDeskQueue(_ d: Int) {
    guard network.desks[d].queue.count > 2 * network.desks[d].waiting + 32 else { return }
    var kept = FIFOQueue<DeskRequest>()
    while let r = network.desks[d].queue.popFirst() {
      if isWanted(r) { kept.append(r) }
    }
    network.desks[d].queue = kept
  }

  /// Dispatches every site desk (the day's closure factor changed).
  mutating func dispatchAllSites(_ sim: inout Simulation<Event>) {
    for s in parameters.sites.indices { dispatch(desk: s, &sim) }
  }

  // MARK: Arrivals

  /// Walk-ins and referrals are Poisson processes on each site's opening
  /// time: the next arrival is drawn in opening time and mapped to the
  /// calendar, so closed hours cost no event. On days with a closure factor
  /// f < 1, an arrival is kept with probability f (thinning).
  mutating func scheduleWalkIn(site s: Int, referral: Bool, _ sim: inout Simulation<Event>) {
    let rate = referral ? plan.referralRate[s] : plan.walkInRate[s]
    guard rate > 0 else { return }
    let k = 2 * s + (referral ? 1 : 0)
    let drawer = streams.drawer
    network.openTimeDrawn[k] +=
      referral
      ? drawer.draw(&streams.referrals[s]) { $0.exponential(mean: 1 / rate) }
      : drawer.draw(&streams.walkIns[s]) { $0.exponential(mean: 1 / rate) }
    if let t = plan.calendarTime(site: s, openTime: network.openTimeDrawn[k], cursor: &network.openCursor[k]), t < calendar.horizon {
      sim.schedule(.walkIn(site: Int32(s), referral: referral), at: Swift.max(t, sim.now))
    }
  }

  mutating func walkIn(site s: Int, referral: Bool, _ sim: inout Simulation<Event>) {
    let drawer = streams.drawer
    let kept =
      network.pceFactor >= 1
      || (referral ? drawer.draw(&streams.referrals[s]) { $0.uniform() } : drawer.draw(&streams.walkIns[s]) { $0.uniform() })
        < network.pceFactor
    if kept {
      let origin = referral ? plan.origins.referral(site: s) : plan.origins.walkIn(site: s)
      newPerson(desk: s, source: referral ? .referral : .walkIn, origin: origin, &sim)
    }
    scheduleWalkIn(site: s, referral: referral, &sim)
  }

  /// A job seeker appears and asks for a first appointment at `desk`. Their
  /// stream is keyed by their origin and rank there; every draw made at
  /// arrival is made now, in a fixed order.
  mutating func newPerson(desk d: Int, source: ArrivalSource, origin: Int, _ sim: inout Simulation<Event>) {
    let rank = originCount[origin]
    originCount[origin] += 1
    personsSeen += 1
    let drawer = streams.drawer
    var own = drawer.start(seed: streams.personFamilies[origin].seed(member: rank))
    // Straight code, not a closure: the laws are read in place (a closure made
    // a copy of each continuous law and retained each categorical table).
    let r = drawer.begin(own)
    let pathway = Pathway.allCases[arrivalLaws.pathway.sample(r)]
    let duration = Swift.max(1, arrivalLaws.firstDurationMinutes.sample(r)) / Self.minutesPerDay
    let exitAfter = arrivalLaws.exitRatePerDay > 0 ? r.exponential(mean: 1 / arrivalLaws.exitRatePerDay) : .infinity
    let u = r.uniform()
    let reason: ExitReason =
      u < arrivalLaws.employmentShare ? .employment : (u < arrivalLaws.employmentShare + arrivalLaws.trainingShare ? .training : .dropout)
    let outcome = UInt8(arrivalLaws.positioningOutcome.sample(r))
    let delay = Swift.max(0, arrivalLaws.positioningDelayDays.sample(r))
    var mask: UInt32 = 0
    for (t, p) in arrivalLaws.enrolProbabilities.enumerated() where r.uniform() < p { mask |= 1 << UInt32(t) }
    let patience = arrivalLaws.patienceDays.map { Swift.max(0, $0.sample(r)) }
    own = drawer.end()
    var person = Person(
      desk: Int32(d), site: Int32(network.desks[d].site), source: source, requestTime: sim.now,
      serial: Int32(truncatingIfNeeded: personsSeen - 1),
      stream: own, pathway: pathway,
      firstDurationDays: duration, exitAfterDays: exitAfter, exitReason: reason, outcome: outcome,
      outcomeDelayDays: delay, workshopsToDo: mask)
    // A slot left by someone who has gone is reused (memory follows the people
    // in the system); its version moves on, so that whatever still names the
    // slot for its former occupant is void.
    let p: Int
    if let free = freeSlots.popLast() {
      p = Int(free)
      person.version = persons[p].version &+ 1
      persons[p] = person
    } else {
      p = persons.count
      persons.append(person)
    }
    if trace != nil { log("person \(persons[p].serial) asks at \(network.desks[d].id) (\(source.id))", at: sim.now) }
    if let patience, sim.now + patience < calendar.horizon {
      sim.schedule(.giveUp(person: Int32(p), version: persons[p].version), at: sim.now + patience)
    }
    requestAppointment(desk: d, person: p, followUp: false, &sim)
  }

  /// A person still waiting for a first appointment leaves the queue (their
  /// entry becomes void and is skipped when it reaches the front).
  mutating func giveUp(_ p: Int, version: UInt32, _ sim: inout Simulation<Event>) {
    guard persons[p].version == version, persons[p].state == .waitingFirst else { return }
    let d = Int(persons[p].desk)
    network.desks[d].waiting -= 1
    persons[p].state = .exited
    persons[p].version &+= 1
    if trace != nil { log("person \(persons[p].serial) gives up waiting", at: sim.now) }
    recorder.add(ids.gaveUp, year: yearOfToday, month: monthOfToday)
    compactDeskQueue(d)
    checkPersonInvariants(p)
    freeSlots.append(Int32(p))
  }

  // MARK: Appointments

  mutating func requestAppointment(desk d: Int, person p: Int, followUp: Bool, _ sim: inout Simulation<Event>) {
    if followUp { persons[p].waitingForFollowUp = true }
    network.desks[d].queue.append(DeskRequest(person: Int32(p), version: persons[p].version, followUp: followUp, since: sim.now))
    network.desks[d].waiting += 1
    // With others already waiting, no advisor here is free to serve (every change of
    // availability dispatches the queue): nothing to start, nothing to record.
    if network.desks[d].waiting == 1 { dispatch(desk: d, &sim) }
  }

  mutating func startAppointment(desk d: Int, advisor a: Int, request: DeskRequest, _ sim: inout Simulation<Event>) {
    let p = Int(request.person)
    let wait = sim.now - request.since
    let duration: Double
    if request.followUp {
      persons[p].waitingForFollowUp = false
      if trace != nil { log("person \(persons[p].serial) follow-up at \(network.desks[d].id)", at: sim.now) }
      let minutes = followUpDistribution
      duration = Swift.max(1, streams.drawer.draw(&persons[p].stream) { minutes.sample($0) }) / Self.minutesPerDay
    } else {
      persons[p].state = .inFirstAppointment
      duration = persons[p].firstDurationDays
      if trace != nil {
        log(
          "person \(persons[p].serial) first appointment at \(network.desks[d].id), waited \(Int((wait * 1440).rounded())) min", at: sim.now
        )
      }
      recorder.observe(ids.firstWait, wait, year: yearOfToday, month: monthOfToday)
      recorder.observe(ids.firstWaitBySite[d], wait, year: yearOfToday, month: monthOfToday)
    }
    let s = network.desks[d].site
    network.advisors[network.firstAdvisor[s] + a].servingDesk = d
    network.advisors[network.firstAdvisor[s] + a].serving = request
    network.desks[d].serving += 1
    network.desks[d].busy.record(Double(network.desks[d].serving), at: sim.now)
    // A drawn duration that ends at or after the horizon means "after the end":
    // the advisor stays busy to the end and no event is kept for it.
    if sim.now + duration < calendar.horizon { sim.schedule(.appointmentEnd(site: Int32(s), advisor: Int32(a)), after: duration) }
  }

  /// An appointment ends: the advisor is free and goes where they are posted
  /// now (the same desk, another one, or off duty).
  mutating func appointmentEnd(site s: Int, advisor a: Int, _ sim: inout Simulation<Event>) {
    guard let d = network.advisors[network.firstAdvisor[s] + a].servingDesk else { return }
    let request = network.advisors[network.firstAdvisor[s] + a].serving
    network.advisors[network.firstAdvisor[s] + a].servingDesk = nil
    network.desks[d].serving -= 1
    network.desks[d].busy.record(Double(network.desks[d].serving), at: sim.now)
    dispatch(desk: d, &sim)
    if let i = network.advisors[network.firstAdvisor[s] + a].permanence, parameters.sites.count + i != d {
      dispatch(desk: parameters.sites.count + i, &sim)
    }
    if network.advisors[network.firstAdvisor[s] + a].permanence == nil && d != s { dispatch(desk: s, &sim) }
    if !request.followUp { accompany(Int(request.person), &sim) }
  }

  // MARK: Pathways

  /// The first appointment is held: the person is accompanied from now on.
  mutating func accompany(_ p: Int, _ sim: inout Simulation<Event>) {
    persons[p].state = .accompanied
    accompaniedSoFar += 1
    if trace != nil {
      log("person \(persons[p].serial) accompanied, pathway \(persons[p].pathway.id)", at: sim.now)
    }
    let d = Int(persons[p].desk)
    let y = yearOfToday
    let m = monthOfToday
    recorder.add(ids.accompanied, year: y, month: m)
    recorder.add(ids.accompaniedBySite[d], year: y, month: m)
    recorder.add(ids.accompaniedBySource[persons[p].source.rawValue], year: y, month: m)
    trackedToday[TrackedKPI.pceAccompanied.index] += 1
    let v = persons[p].version
    let exitAt = sim.now + persons[p].exitAfterDays
    let autonomousDays = plan.parameters.pathways.autonomousMonths * Self.daysPerMonth
    // The competing-hazard exit is scheduled only if it can come first: an
    // autonomous or positioning pathway's end is known now. (A later stale
    // event would be ignored anyway; not scheduling it keeps the calendar small.)
    let knownEnd: Double
    switch persons[p].pathway {
    case .autonomous: knownEnd = sim.now + autonomousDays
    case .positioning: knownEnd = sim.now + persons[p].outcomeDelayDays
    case .workshops, .reinforced: knownEnd = .infinity
    }
    if exitAt < calendar.horizon && exitAt < knownEnd { sim.schedule(.hazardExit(person: Int32(p), version: v), at: exitAt) }
    switch persons[p].pathway {
    case .autonomous:
      endPathway(p, after: autonomousDays, &sim)
    case .workshops:
      enrolInNextWorkshop(p, &sim)
    case .reinforced:
      let s = Int(persons[p].site)
      if caseload[s].held < caseload[s].capacity {
        takeCaseloadSlot(site: s, &sim)
        startReinforced(p, &sim)
      } else {
        persons[p].waitingForCaseload = true
        caseload[s].queue.append(PersonRef(person: Int32(p), version: persons[p].version))
        caseload[s].waiting += 1
      }
    case .positioning:
      // A drawn delay that ends at or after the horizon means "after the end".
      if sim.now + persons[p].outcomeDelayDays < calendar.horizon {
        sim.schedule(.positioningOutcome(person: Int32(p), version: v), after: persons[p].outcomeDelayDays)
      }
    }
    checkPersonInvariants(p)
  }

  mutating func endPathway(_ p: Int, after days: Double, _ sim: inout Simulation<Event>) {
    persons[p].pathwayEnds = sim.now + days
    if persons[p].pathwayEnds < calendar.horizon {
      sim.schedule(.pathwayEnd(person: Int32(p), version: persons[p].version), at: persons[p].pathwayEnds)
    }
  }

  mutating func takeCaseloadSlot(site s: Int, _ sim: inout Simulation<Event>) {
    caseload[s].held += 1
    caseload[s].busy.record(Double(caseload[s].held), at: sim.now)
  }

  mutating func startReinforced(_ p: Int, _ sim: inout Simulation<Event>) {
    persons[p].waitingForCaseload = false
    persons[p].holdsCaseloadSlot = true
    endPathway(p, after: plan.parameters.pathways.reinforcedMaxMonths * Self.daysPerMonth, &sim)
    scheduleFollowUp(p, due: sim.now + plan.parameters.pathways.followUpIntervalDays, &sim)
    checkPersonInvariants(p)
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
    scheduleFollowUp(p, due: sim.now + plan.parameters.pathways.followUpIntervalDays, &sim)
  }

  mutating func hazardExit(_ p: Int, version: UInt32, _ sim: inout Simulation<Event>) {
    guard persons[p].version == version, persons[p].state == .accompanied else { return }
    exit(p, reason: persons[p].exitReason, &sim)
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
      caseload[s].held -= 1
      // The slot passes to the first person still waiting for one.
      while let next = caseload[s].queue.popFirst() {
        let q = Int(next.person)
        guard persons[q].version == next.version, persons[q].waitingForCaseload else { continue }
        caseload[s].waiting -= 1
        caseload[s].held += 1
        startReinforced(q, &sim)
        break
      }
      caseload[s].busy.record(Double(caseload[s].held), at: sim.now)
    } else if persons[p].waitingForCaseload {
      // Their entry becomes void and is skipped at the front of the queue.
      persons[p].waitingForCaseload = false
      caseload[s].waiting -= 1
      if caseload[s].queue.count > 2 * caseload[s].waiting + 32 {
        var kept = FIFOQueue<PersonRef>()
        while let r = caseload[s].queue.popFirst() {
          if persons[Int(r.person)].version == r.version && persons[Int(r.person)].waitingForCaseload { kept.append(r) }
        }
        caseload[s].queue = kept
      }
    }
    if persons[p].waitingForFollowUp {
      // The follow-up's entry becomes void and is skipped at the front of the queue.
      persons[p].waitingForFollowUp = false
      network.desks[Int(persons[p].desk)].waiting -= 1
    }
    persons[p].workshopEnrolment = nil
    if trace != nil { log("person \(persons[p].serial) leaves: \(reason.id)", at: sim.now) }
    recorder.add(ids.exitsByReason[Int(reason.rawValue)], year: yearOfToday, month: monthOfToday)
    if reason == .employment {
      recorder.add(ids.exitsToEmployment, year: yearOfToday, month: monthOfToday)
      trackedToday[TrackedKPI.pceExitsToEmployment.index] += 1
    }
    compactDeskQueue(Int(persons[p].desk))
    checkPersonInvariants(p)
    freeSlots.append(Int32(p))
  }

  // MARK: Permanences

  mutating func schedulePermanence(_ i: Int, _ sim: inout Simulation<Event>) {
    let days = plan.permanenceDays[i]
    guard network.permanenceNext[i] < days.count else { return }
    let slot = parameters.permanences[i].slot
    let start = Double(days[network.permanenceNext[i]]) + Double(slot.window.start) / Self.minutesPerDay
    sim.schedule(.permanence(index: Int32(i), starts: true), at: start, priority: EventPriority.awayStarts)
  }

  /// A permanence slot starts or ends. Its advisor leaves the site when the
  /// slot starts (finishing an appointment in progress first: the permanence
  /// opens when they arrive) and comes back when it ends (finishing there first).
  mutating func permanence(_ i: Int, starts: Bool, _ sim: inout Simulation<Event>) {
    // The permanence's two numbers are read in place: a copy of its parameters
    // would retain and release each of their strings at every opening and closing.
    let d = parameters.sites.count + i
    let s = network.desks[d].site
    let a = min(parameters.permanences[i].advisorIndex, network.advisorCount[s] - 1)
    if starts {
      network.advisors[network.firstAdvisor[s] + a].permanence = i
      network.permanenceOpen[i] = network.pceFactor > 0
      dispatch(desk: s, &sim)
      dispatch(desk: d, &sim)
      let end =
        Double(plan.permanenceDays[i][network.permanenceNext[i]]) + Double(parameters.permanences[i].slot.window.end) / Self.minutesPerDay
      sim.schedule(.permanence(index: Int32(i), starts: false), at: end, priority: EventPriority.awayEnds)
    } else {
      network.advisors[network.firstAdvisor[s] + a].permanence = nil
      network.permanenceOpen[i] = false
      dispatch(desk: d, &sim)
      dispatch(desk: s, &sim)
      network.permanenceNext[i] += 1
      schedulePermanence(i, &sim)
    }
  }
}
