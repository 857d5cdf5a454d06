import SimulationCore

/// Invitations from the monthly list of new registrants, with the two-month
/// retention rule: no response, reminder or contact after day 60.
extension TerritorySimulation {
  /// The month's list arrives. Each commune's part of it is a Poisson count
  /// (mean: the monthly list size × the commune's share of the population),
  /// drawn from the commune's own stream with its invitees' answers: the same
  /// law as one Poisson list split over communes, with each commune's draws
  /// independent of the others'.
  mutating func registrantsList(_ sim: inout Simulation<Event>) {
    guard let inv = parameters.invitations, let shares = plan.communeShares else { return }
    let listTime = sim.now
    let deadline = listTime + inv.retentionDays
    let letters = listTime + inv.letterDelayDays
    let reminder = inv.reminderDay.map { listTime + $0 }.flatMap { $0 <= deadline ? $0 : nil }
    var count = 0
    let drawer = streams.drawer
    let horizon = calendar.horizon
    // One buffer for every commune's answers (emptied, not reallocated).
    var answers: [Double] = []
    swap(&answers, &answerBuffer)
    defer { swap(&answers, &answerBuffer) }
    for (c, share) in shares.enumerated() where share > 0 {
      answers.removeAll(keepingCapacity: true)
      count += drawer.draw(&streams.communes[c]) { q in
        let n = q.poisson(mean: inv.newRegistrantsPerMonth * share)
        for _ in 0..<n {
          var answer = Double.infinity
          if q.uniform() < inv.responseProbability { answer = letters + inv.responseDelayDays.sample(q) }
          if let reminder, answer > reminder, q.uniform() < inv.reminderResponseProbability {
            answer = min(answer, reminder + inv.responseDelayDays.sample(q))
          }
          // The list may only be used for `retention_days`: a later answer is never followed up.
          if answer <= deadline && answer < horizon { answers.append(answer) }
        }
        return n
      }
      for answer in answers { sim.schedule(.invitationResponse(commune: Int32(c)), at: answer) }
    }
    if count > 0 && letters < calendar.horizon { sim.schedule(.lettersSent(count: Int32(clamping: count)), at: letters) }
    if let next = plan.days.nextListDay(after: today) { sim.schedule(.registrantsList, at: Double(next)) }
  }

  mutating func invitationResponse(commune c: Int, _ sim: inout Simulation<Event>) {
    recorder.add(ids.invitationsResponded, year: yearOfToday, month: monthOfToday)
    recorder.add(ids.invitationsRespondedByCommune[c], year: yearOfToday, month: monthOfToday)
    trackedToday[TrackedKPI.invitationsResponded.index] += 1
    newPerson(desk: plan.communeDesk[c], source: .invitation, origin: plan.origins.invitation(commune: c), &sim)
  }
}
