import SimulationCore

/// Workshops: enrolment in FIFO queues per type and host site, recurring
/// sessions with seats and facilitators, no-shows and re-enrolment.
extension TerritorySimulation {
  /// Enrols a person on the workshops pathway in their next type, or ends the
  /// pathway when none is left.
  mutating func enrolInNextWorkshop(_ p: Int, _ sim: inout Simulation<Event>) {
    let mask = persons[p].workshopsToDo
    guard mask != 0 else {
      endPathway(p, after: 0, &sim)
      return
    }
    let t = mask.trailingZeroBitCount
    let host = plan.workshopHost[t][Int(persons[p].site)]
    persons[p].workshopEnrolment = Int32(t)
    persons[p].enrolledAt = sim.now
    workshopQueues[t][host].append(PersonRef(person: Int32(p), version: persons[p].version))
  }

  mutating func scheduleWorkshop(type t: Int, session s: Int, occurrence o: Int, _ sim: inout Simulation<Event>) {
    let days = plan.sessionDays[t][s]
    guard o < days.count else { return }
    let start = Double(days[o]) + Double(parameters.workshops[t].sessions[s].slot.window.start) / Self.minutesPerDay
    sim.schedule(.workshopStart(type: Int32(t), session: Int32(s), occurrence: Int32(o)), at: start, priority: EventPriority.awayStarts)
  }

  mutating func workshopStart(type t: Int, session s: Int, occurrence o: Int, _ sim: inout Simulation<Event>) {
    // The next occurrence is scheduled first, whatever happens to this one.
    let days = plan.sessionDays[t][s]
    let w = parameters.workshops[t]
    let slot = w.sessions[s].slot
    if o + 1 < days.count {
      let start = Double(days[o + 1]) + Double(slot.window.start) / Self.minutesPerDay
      sim.schedule(
        .workshopStart(type: Int32(t), session: Int32(s), occurrence: Int32(o + 1)), at: start, priority: EventPriority.awayStarts)
    }
    let factor = DayTable.factor(plan.days.workshopFactor, today)
    let seats = factor >= 1 ? w.seats : Int((Double(w.seats) * factor).rounded())
    guard seats > 0 else { return }
    let host = plan.sessionHost[t][s]
    // Call the first `seats` persons still enrolled in this type (into a
    // buffer kept from one session to the next).
    var called: [Int] = []
    swap(&called, &calledBuffer)
    called.removeAll(keepingCapacity: true)
    defer { swap(&called, &calledBuffer) }
    while called.count < seats, let next = workshopQueues[t][host].popFirst() {
      let p = Int(next.person)
      if persons[p].version == next.version && persons[p].state == .accompanied && persons[p].workshopEnrolment == Int32(t) {
        called.append(p)
      }
    }
    guard !called.isEmpty else { return }  // nobody enrolled: the session is not held
    #if TZSIM_INVARIANTS
      precondition(called.count <= seats, "invariant: \(called.count) called for \(seats) seats")
    #endif
    let y = yearOfToday
    let m = monthOfToday
    recorder.add(ids.workshopSessions, year: y, month: m)
    recorder.add(ids.workshopSessionsByType[t], year: y, month: m)
    recorder.add(ids.workshopSeats, Double(seats), year: y, month: m)
    recorder.add(ids.workshopSeatsByType[t], Double(seats), year: y, month: m)
    let end = Double(days[o]) + Double(slot.window.end) / Self.minutesPerDay
    for p in called {
      // Attendance and re-enrolment are the person's own draws.
      let (u, v) = streams.drawer.draw(&persons[p].stream) { ($0.uniform(), $0.uniform()) }
      if u >= w.noShowProbability {
        recorder.add(ids.workshopAttended, year: y, month: m)
        recorder.add(ids.workshopAttendedByType[t], year: y, month: m)
        recorder.observe(ids.workshopWait, sim.now - persons[p].enrolledAt, year: y, month: monthOfToday)
        trackedToday[TrackedKPI.workshopsAttended.index] += 1
        persons[p].workshopsToDo &= ~(1 << UInt32(t))
        persons[p].workshopEnrolment = nil
        if persons[p].workshopsToDo == 0 {
          endPathway(p, after: end - sim.now, &sim)
        } else {
          enrolInNextWorkshop(p, &sim)
        }
      } else if v < w.reenrolProbability {
        workshopQueues[t][host].append(PersonRef(person: Int32(p), version: persons[p].version))  // keeps its enrolment date
      } else {
        exit(p, reason: .dropout, &sim)
      }
    }
    // Facilitators leave the desk for the session.
    for a in 0..<min(w.facilitators, network.advisorCount[host]) { network.advisors[network.firstAdvisor[host] + a].away += 1 }
    dispatch(desk: host, &sim)
    sim.schedule(.workshopEnd(type: Int32(t), session: Int32(s)), at: end, priority: EventPriority.awayEnds)
  }

  mutating func workshopEnd(type t: Int, session s: Int, _ sim: inout Simulation<Event>) {
    let w = parameters.workshops[t]
    let host = plan.sessionHost[t][s]
    for a in 0..<min(w.facilitators, network.advisorCount[host]) { network.advisors[network.firstAdvisor[host] + a].away -= 1 }
    dispatch(desk: host, &sim)
  }
}
