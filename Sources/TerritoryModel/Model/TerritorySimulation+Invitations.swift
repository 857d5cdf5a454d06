public import SimulationCore

/// Invitations from the monthly list of new registrants, with the two-month
/// retention rule: no response, reminder or contact after day 60.
extension TerritorySimulation {
  /// The first working day of the month after day `day` (or of day `day`'s
  /// month when `day` is -1): the day the list arrives.
  func nextListDay(after day: Int) -> Int? {
    let months = calendar.months
    let startMonth = day < 0 ? 0 : calendar.monthIndex(ofDay: day) + 1
    for m in startMonth..<months.count {
      if let d = calendar.firstWorkingDay(of: months[m]), d > day { return d }
    }
    return nil
  }

  mutating func registrantsList(_ sim: inout Simulation<Event>) {
    guard let inv = parameters.invitations, let split = plan.communeSplit else { return }
    let listTime = sim.now
    let deadline = listTime + inv.retentionDays
    let letters = listTime + inv.letterDelayDays
    let r = streams.lists
    let count = r.poisson(mean: inv.newRegistrantsPerMonth)
    let perCommune = split.sample(trials: count, r)
    if letters <= deadline && count > 0 {
      sim.schedule(.lettersSent(count: Int32(count)), at: letters)
    }
    let reminder = inv.reminderDay.map { listTime + $0 }
    let q = streams.responses
    for (c, n) in perCommune.enumerated() where n > 0 {
      for _ in 0..<n {
        guard letters <= deadline else { break }
        var answer = Double.infinity
        if q.uniform() < inv.responseProbability { answer = letters + inv.responseDelayDays.sample(q) }
        if let reminder, reminder <= deadline, answer > reminder, q.uniform() < inv.reminderResponseProbability {
          answer = min(answer, reminder + inv.responseDelayDays.sample(q))
        }
        // The list may only be used for 60 days: a later answer is never followed up.
        if answer <= deadline && answer < calendar.horizon {
          sim.schedule(.invitationResponse(commune: Int32(c)), at: answer)
        }
      }
    }
    if let next = nextListDay(after: today) { sim.schedule(.registrantsList, at: Double(next)) }
  }

  mutating func invitationResponse(commune c: Int, _ sim: inout Simulation<Event>) {
    recorder.add(ids.invitationsResponded, year: yearOfToday, month: monthOfToday)
    recorder.add(ids.invitationsRespondedByCommune[c], year: yearOfToday, month: monthOfToday)
    trackedToday[TrackedKPI.invitationsResponded.index] += 1
    newPerson(desk: plan.communeDesk[c], source: .invitation, &sim)
  }
}
