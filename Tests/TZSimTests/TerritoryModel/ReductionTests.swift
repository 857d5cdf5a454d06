import ReferenceModels
import SimulationCore
import Stochastic
import TerritoryModel
import Testing

/// The territory model reduced to cases with known answers (the statistical
/// reductions to queueing theory are in `ReleaseTests/`).
@Suite("Territory: reductions to known answers")
struct TerritoryReductionTests {
  /// Builds a TZCLD territory whose waiting list never runs dry.
  static func endlessList(
    capacity: Double, cohort: Int, start: String = "2020-01-01", end: String = "2020-12-31",
    opening: String = "2020-01-01", stock: Int = 5_000
  ) throws -> TerritoryParameters {
    let tz = TZCLDParameters(
      communes: ["10387": PPDEParameters(initialStock: stock, inflowPerYear: 0, exitPerYear: 0)],
      mobilisationStart: CivilDate(iso: start)!, meetingDelayDays: try .constant(0), volunteerProbability: 1,
      otherEmployerPerYear: 0,
      ebe: EBEParameters(
        opening: CivilDate(iso: opening)!, openingCohort: cohort,
        hiringCapacity: [DatedValue(from: CivilDate(iso: start)!, value: capacity, source: "test")],
        headcountCeiling: 100_000, workingTime: [(1.0, 1.0)], exitPerYear: 0))
    return TerritoryParameters(
      name: "ebe", start: CivilDate(iso: start)!, end: CivilDate(iso: end)!,
      sites: [
        SiteParameters(
          id: "s", name: "s", commune: "10387", opening: .never,
          advisors: [AdvisorParameters(id: "a")], walkInsPerWeek: 0, referralsPerWeek: 0)
      ],
      tzcld: tz)
  }

  @Test("an EBE with an endless waiting list hires exactly its monthly capacity")
  func monthlyCapacity() throws {
    var m = try TerritorySimulation(
      parameters: Self.endlessList(capacity: 4, cohort: 17, opening: "2020-03-02"),
      seeder: StreamSeeder(masterSeed: 1), replication: 0)
    let r = m.run()
    let hires = r.monthly.first { $0.kpi == "tzcld.hires" }!.values
    // Nothing before March; the cohort of 17 in March (no round that month); 4 a month after.
    #expect(hires == [0, 0, 17, 4, 4, 4, 4, 4, 4, 4, 4, 4])
    #expect(r.value("tzcld.headcount") == Double(17 + 9 * 4))
    #expect(r.value("tzcld.exhaustivity_reached") == 0)
  }

  @Test("one FTE through 2020 costs 12 x SMIC x the cost factor and earns 17,549 euros of State CDE")
  func oneFTE() throws {
    var m = try TerritorySimulation(
      parameters: Self.endlessList(capacity: 0, cohort: 1, stock: 1),
      seeder: StreamSeeder(masterSeed: 1), replication: 0)
    let r = m.run()
    #expect(r.value("tzcld.hires") == 1)
    let payroll = r.value("tzcld.payroll_eur@2020")!
    let cde = r.value("tzcld.state_cde_eur@2020")!
    #expect(abs(payroll - 12 * 1539.42 * 1.42) < 1e-6)
    #expect(abs(cde - 12 * 1539.42 * 0.95) < 1e-6)
    #expect(Int(cde.rounded()) == 17_549)
    #expect(r.value("tzcld.departement_eur@2020") == 0, "the département share starts with phase 2 (July 2021)")
    #expect(r.value("tzcld.startup_grants_eur@2020") == 0, "the start-up grant is a phase-2 measure")
    #expect(r.value("tzcld.exhaustivity_reached") == 1)
    #expect(r.value("tzcld.exhaustivity_date") == 30, "the first month-end after opening with an empty list: 31 Jan")
  }

  @Test("money follows the dated tables: CDE 102 % then 95 % from October 2023, SMIC rises, département share")
  func datedTables() throws {
    var m = try TerritorySimulation(
      parameters: Self.endlessList(capacity: 0, cohort: 1, start: "2023-01-01", end: "2023-12-31", opening: "2023-01-01", stock: 1),
      seeder: StreamSeeder(masterSeed: 1), replication: 0)
    let r = m.run()
    let cde = r.monthly.first { $0.kpi == "tzcld.state_cde_eur" }!.values
    let dep = r.monthly.first { $0.kpi == "tzcld.departement_eur" }!.values
    #expect(abs(cde[0] - 1709.28 * 1.02) < 1e-9)  // January: SMIC 1 Jan 2023, 102 %
    #expect(abs(cde[4] - 1747.20 * 1.02) < 1e-9)  // May: SMIC 1 May 2023
    #expect(abs(cde[9] - 1747.20 * 0.95) < 1e-9)  // October: 95 %
    #expect(abs(dep[9] - 1747.20 * 0.95 * 0.15) < 1e-9)
    let grants = r.value("tzcld.startup_grants_eur@2023")!
    #expect(grants == 6200, "one new post in 2023")
  }

  static func invitations(delay: String, reminderDay: Double?, response: Double = 1, reminderResponse: Double = 1) throws
    -> TerritoryParameters
  {
    TerritoryParameters(
      name: "inv", start: CivilDate(iso: "2021-01-01")!, end: CivilDate(iso: "2021-12-31")!,
      servedBy: Dictionary(uniqueKeysWithValues: CommuneDirectory.troyesChampagneMetropole.communes.map { ($0.inseeCode, "troyes") }),
      sites: [
        SiteParameters(
          id: "troyes", name: "Troyes", commune: "10387", opening: TerritoryFixtures.officeHours,
          advisors: [AdvisorParameters(id: "a")], walkInsPerWeek: 0, referralsPerWeek: 0)
      ],
      invitations: InvitationParameters(
        newRegistrantsPerMonth: 50, letterDelayDays: 5, responseProbability: response,
        responseDelayDays: try Distribution(parsing: delay), reminderDay: reminderDay, reminderResponseProbability: reminderResponse))
  }

  @Test(
    "no invitation is followed up after day 60 of the list",
    arguments: [
      ("constant(value: 54.9)", nil as Double?, true),  // letters on day 5 + 54.9 = day 59.9: in time
      ("constant(value: 55.1)", nil, false),  // day 60.1: too late, never followed up
      ("constant(value: 100)", 50.0, false),  // the letter's answer (day 105) and the reminder's (day 150) are both too late
    ])
  func sixtyDays(_ delay: String, _ reminder: Double?, _ answered: Bool) throws {
    var m = try TerritorySimulation(
      parameters: Self.invitations(delay: delay, reminderDay: reminder),
      seeder: StreamSeeder(masterSeed: 1), replication: 0)
    let r = m.run()
    let sent = r.value("invitations.sent")!
    let responded = r.value("invitations.responded")!
    #expect(sent > 400)
    #expect(answered ? responded > 0 : responded == 0, "\(delay), reminder \(String(describing: reminder)): \(responded) answers")
  }

  @Test(
    "a reminder gives those who have not answered a second chance, counted only within the 60 days",
    arguments: [
      (8.0, 0.75),  // reminder on day 30, its answers on day 38: 1/2 + 1/2 × 1/2 answer
      (31.0, 0.5),  // its answers on day 61: too late, only the letters' answers count
    ])
  func reminderSecondChance(_ delay: Double, _ share: Double) throws {
    var m = try TerritorySimulation(
      parameters: Self.invitations(delay: "constant(value: \(delay))", reminderDay: 30, response: 0.5, reminderResponse: 0.5),
      seeder: StreamSeeder(masterSeed: 3), replication: 0)
    let r = m.run()
    let sent = r.value("invitations.sent")!
    let found = r.value("invitations.responded")! / sent
    #expect(abs(found - share) < 4.5 * (share * (1 - share) / sent).squareRoot(), "share \(found), expected \(share) of \(sent)")
  }

  @Test("a reminder within the 60 days brings answers within the 60 days only")
  func reminder() throws {
    var m = try TerritorySimulation(
      parameters: Self.invitations(delay: "constant(value: 8)", reminderDay: 50),
      seeder: StreamSeeder(masterSeed: 1), replication: 0)
    m.enableTrace()
    let r = m.run()
    // With p = 1 everyone answers 8 days after the letters (day 13): the reminder changes nothing.
    #expect(r.value("invitations.responded") == r.value("invitations.sent"))
  }
}
