import ReferenceModels
import SimulationCore
import Stochastic
import TerritoryModel
import Testing

/// The territory model reduced to cases with known answers.
@Suite("Territory: reductions to known answers")
struct TerritoryReductionTests {
  static let autonomousOnly = try! CategoricalDistribution(labels: PathwayParameters.pathwayLabels, probabilities: [1, 0, 0, 0])

  /// One site open around the clock, Poisson walk-ins, exponential first
  /// appointments, every pathway autonomous: an M/M/2 queue. The period
  /// (16 Aug – 31 Oct 2021) has no public holiday.
  @Test("a site open around the clock is an M/M/c queue (Erlang C)", .proof, .tags(.statisticalProof))
  func mmc() async throws {
    let (c, lambdaPerDay, meanMinutes) = (2, 33.6, 60.0)  // rho = 33.6 / (2 × 24) = 0.7
    let site = SiteParameters(
      id: "s", name: "s", commune: "10387", opening: .always,
      advisors: (0..<c).map { AdvisorParameters(id: "a\($0)", availabilityShare: 1) },
      walkInsPerWeek: lambdaPerDay * 7, referralsPerWeek: 0)
    let p = TerritoryParameters(
      name: "mmc", start: CivilDate(iso: "2021-08-16")!, end: CivilDate(iso: "2021-10-31")!, sites: [site],
      appointments: AppointmentParameters(firstDurationMinutes: try .exponential(mean: meanMinutes)),
      pathways: PathwayParameters(choice: Self.autonomousOnly))
    let plan = try TerritoryPlan(parameters: p)
    let waits = await Replications.run(count: 120, jobs: 2) { r in
      var m = TerritorySimulation(plan: plan, seeder: StreamSeeder(masterSeed: 5), replication: r)
      return m.run().value("pce.first_appointment_wait_days")!
    }
    var t = Tally()
    for w in waits { t.record(w) }
    let theory = QueueingFormulas.mmcMeanWait(arrivalRate: lambdaPerDay, serviceRate: 1440 / meanMinutes, servers: c)
    expectWithin(t.mean, theory, se: t.standardError, "M/M/2 mean wait (days)")
    #expect(4.5 * t.standardError < 0.1 * theory, "too weak: SE \(t.standardError)")
  }

  /// A PPDE stock with no EBE and nobody met is an M/M/∞ population.
  @Test("the PPDE stock with no EBE follows the M/M/infinity transient mean", .proof, .tags(.statisticalProof))
  func ppdeStock() async throws {
    let (n0, inflow, exit) = (300, 40.0, 0.3)  // per year
    let tz = TZCLDParameters(
      communes: ["10387": PPDEParameters(initialStock: n0, inflowPerYear: inflow, exitPerYear: exit)],
      mobilisationStart: CivilDate(iso: "2030-01-01")!, meetingDelayDays: try .constant(0),
      ebe: EBEParameters(
        opening: CivilDate(iso: "2030-01-01")!, openingCohort: 0,
        hiringCapacity: [DatedValue(from: CivilDate(iso: "2030-01-01")!, value: 0, source: "test")]))
    let p = TerritoryParameters(
      name: "stock", start: CivilDate(iso: "2021-01-01")!, end: CivilDate(iso: "2022-12-31")!,
      sites: [
        SiteParameters(
          id: "s", name: "s", commune: "10387", opening: .never,
          advisors: [AdvisorParameters(id: "a")], walkInsPerWeek: 0, referralsPerWeek: 0)
      ],
      tzcld: tz)
    let plan = try TerritoryPlan(parameters: p)
    let years = Double(plan.calendar.dayCount) / 365.25
    let finals = await Replications.run(count: 1_000, jobs: 2) { r in
      var m = TerritorySimulation(plan: plan, seeder: StreamSeeder(masterSeed: 6), replication: r)
      return m.run().value("tzcld.ppde_remaining")!
    }
    var s = SampleMoments()
    for f in finals { s.add(f) }
    let mean = QueueingFormulas.infiniteServerMean(initial: n0, entryRate: inflow, exitRate: exit, time: years)
    let variance = QueueingFormulas.infiniteServerVariance(initial: n0, entryRate: inflow, exitRate: exit, time: years)
    expectWithin(s.mean, mean, se: s.meanSE, "E[PPDE at end]")
    expectWithin(s.variance, variance, se: s.varianceSE, "Var[PPDE at end]")
  }

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
