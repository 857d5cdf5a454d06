import SimulationCore
import Stochastic
import TerritoryModel
import Testing

@Suite("Territory: invariants and validation")
struct TerritoryInvariantTests {
  /// Runs the Troyes-like network with tight caps under the engine's
  /// invariant checks (debug builds): caseload slots, seats and desk
  /// capacities are checked after every operation; a breach stops the test.
  @Test("caseload caps and seats are never exceeded (checked invariants)")
  func caps() throws {
    var p = TerritoryFixtures.troyesLike(end: "2021-06-30")
    p.pathways.caseloadCapPerAdvisor = 3
    for i in p.workshops.indices { p.workshops[i].seats = 2 }
    var m = try TerritorySimulation(parameters: p, seeder: StreamSeeder(masterSeed: 3), replication: 0)
    var maxHeld = 0
    var day = 1.0
    while day <= Double(m.calendar.dayCount) {
      m.run(until: day)
      let held = m.caseload(at: "troyes")
      #expect(held.held <= 3 * 3)
      maxHeld = max(maxHeld, held.held)
      day += 1
    }
    #expect(maxHeld == 9, "the cap binds in this run, so the check means something")
    let r = m.results()
    for t in ["job-search", "interview", "digital"] {
      let attended = r.value("workshops.attended[type=\(t)]")!
      let sessions = r.value("workshops.sessions[type=\(t)]")!
      #expect(attended <= 2 * sessions)
    }
  }

  @Test("same seed, same results; different replications differ")
  func reproducible() throws {
    let plan = try TerritoryPlan(parameters: TerritoryFixtures.troyesLike(end: "2020-12-31"))
    func run(_ r: Int) -> [ResultRow] {
      var m = TerritorySimulation(plan: plan, seeder: StreamSeeder(masterSeed: 2020), replication: r)
      return m.run().rows
    }
    #expect(run(0) == run(0))
    #expect(run(0) != run(1))
  }

  @Test("invalid parameters are refused with their key paths")
  func validation() {
    var p = TerritoryFixtures.troyesLike()
    p.sites[0].advisors[0].availabilityShare = 1.5
    p.permanences[0].parentSite = "troye"
    p.invitations!.retentionDays = 90
    p.servedBy["10387"] = "nowhere"
    p.objectives.append(Objective(id: "late", kpi: .pceAccompanied, period: .year(2031), target: 1))
    do {
      _ = try TerritoryPlan(parameters: p)
      Issue.record("accepted invalid parameters")
    } catch {
      #expect(
        error.issues.map(\.description) == [
          // Values against their ranges first, then the rules relating values.
          "`sites[troyes].advisors[0].availability_share`: must be a number in (0, 1] (share of the opening hours), found 1.5",
          "`invitations.retention_days`: must be a number in (0, 60] (days), found 90 (the list of new registrants must be deleted within two months)",
          "`permanences[bouilly].parent_site`: unknown site `troye` (did you mean `troyes`?)",
          "`communes[10387].served_by`: unknown site or permanence `nowhere`",
          "`objectives[late].year`: 2031 is outside the horizon 2020–2024",
        ])
    }
  }
}

@Suite("Territory: months without observations")
struct EmptyMonthTests {
  @Test("during the 2020 lockdown nobody is received: April's mean wait is absent, not 0")
  func lockdownMonth() throws {
    var m = try TerritorySimulation(
      parameters: TerritoryFixtures.troyesLike(end: "2020-06-30"), seeder: StreamSeeder(masterSeed: 2), replication: 0)
    let r = m.run()
    let waits = try #require(r.monthly.first { $0.kpi == "pce.first_appointment_wait_days" }).values
    #expect(waits[3].isNaN, "April 2020: \(waits[3])")
    #expect(waits[0].isFinite && waits[0] >= 0 && waits[5].isFinite)
    let accompanied = try #require(r.monthly.first { $0.kpi == "pce.accompanied" }).values
    #expect(accompanied[3] == 0, "counts stay 0, not absent")
  }
}
