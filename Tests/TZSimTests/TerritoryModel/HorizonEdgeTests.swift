import SimulationCore
import Stochastic
import TerritoryModel
import Testing

@Suite("Territory: the end of the horizon")
struct HorizonEdgeTests {
  @Test("an appointment ending exactly at the horizon is outside it: counted neither in the totals nor in the objective")
  func eventAtHorizon() throws {
    let site = SiteParameters(
      id: "s", name: "s", commune: "10387", opening: .always,
      advisors: [AdvisorParameters(id: "a", availabilityShare: 1)], walkInsPerWeek: 0, referralsPerWeek: 0)
    let p = TerritoryParameters(
      name: "edge", start: CivilDate(iso: "2021-03-01")!, end: CivilDate(iso: "2021-03-31")!, sites: [site],
      appointments: AppointmentParameters(firstDurationMinutes: try .constant(720), followUpDurationMinutes: try .constant(30)),
      objectives: [Objective(id: "one", kpi: .pceAccompanied, period: .date(CivilDate(iso: "2021-03-31")!), target: 1)])
    for (start, accompanied) in [(29.5, 1.0), (30.5, 0.0)] {  // ends at 12:00 on 31 March, or at 00:00 on 1 April
      var m = try TerritorySimulation(parameters: p, seeder: StreamSeeder(masterSeed: 1), replication: 0)
      m.addRequest(at: "s", time: start)
      let r = m.run()
      #expect(r.value("pce.accompanied") == accompanied)
      #expect(r.objectives[0].met == (accompanied == 1), "the objective and the total agree")
    }
  }
}
