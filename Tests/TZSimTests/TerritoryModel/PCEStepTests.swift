import SimulationCore
import Stochastic
import TerritoryModel
import Testing

/// The PCE rules, step by step, on a deterministic network: one site open
/// Monday to Friday 9–12 and 14–17, fixed 45-minute appointments, requests
/// added at known times, and no random arrivals.
@Suite("Territory: PCE rules step by step")
struct PCEStepTests {
  static func hours(_ day: Int, _ h: Double) -> Double { Double(day) + h / 24 }

  static func parameters(advisors: Int = 1, permanence: Bool = false, workshop: Bool = false, pathway: String = "autonomous")
    -> TerritoryParameters
  {
    let site = SiteParameters(
      id: "troyes", name: "Troyes", commune: "10387", opening: TerritoryFixtures.officeHours,
      advisors: (0..<advisors).map { AdvisorParameters(id: "a\($0)", availabilityShare: 1) }, walkInsPerWeek: 0, referralsPerWeek: 0)
    let labels = PathwayParameters.pathwayLabels
    let choice = try! CategoricalDistribution(labels: labels, probabilities: labels.map { $0 == pathway ? 1 : 0 })
    return TerritoryParameters(
      name: "steps", start: CivilDate(iso: "2021-01-04")!, end: CivilDate(iso: "2021-03-31")!,  // starts on a Monday
      // A permanence serves the communes sent to it by invitations (none arrive here: the list is empty).
      servedBy: permanence
        ? Dictionary(
          uniqueKeysWithValues: CommuneDirectory.troyesChampagneMetropole.communes.map {
            ($0.inseeCode, $0.inseeCode == "10051" ? "bouilly" : "troyes")
          })
        : [:],
      sites: [site],
      permanences: permanence
        ? [
          PermanenceParameters(
            id: "bouilly", name: "Bouilly", commune: "10051", parentSite: "troyes",
            slot: RecurringSlot(weekday: .tuesday, window: TerritoryFixtures.window("09:00-12:00")))
        ]
        : [],
      appointments: AppointmentParameters(firstDurationMinutes: try! .constant(45), followUpDurationMinutes: try! .constant(30)),
      pathways: PathwayParameters(
        choice: choice, followUpIntervalDays: 7, reinforcedMaxMonths: 1, caseloadCapPerAdvisor: 1,
        employmentPerMonth: 0, trainingPerMonth: 0, dropoutPerMonth: 0),
      workshops: workshop
        ? [
          WorkshopParameters(
            id: "job-search", name: "Recherche d'emploi",
            sessions: [
              WorkshopSession(site: "troyes", slot: RecurringSlot(weekday: .monday, window: TerritoryFixtures.window("14:00-16:00")))
            ],
            seats: 2, facilitators: 1, noShowProbability: 0, enrolProbability: 1)
        ]
        : [],
      invitations: permanence ? InvitationParameters(newRegistrantsPerMonth: 0) : nil)
  }

  static func model(_ p: TerritoryParameters) throws -> TerritorySimulation {
    var m = try TerritorySimulation(parameters: p, seeder: StreamSeeder(masterSeed: 1), replication: 0)
    m.enableTrace()
    return m
  }

  @Test("appointments start only on duty, run FIFO, and may overrun closing time")
  func firstAppointments() throws {
    var m = try Self.model(Self.parameters())
    for h in [8.5, 11.5, 11 + 40.0 / 60, 13] { m.addRequest(at: "troyes", time: Self.hours(0, h)) }

    m.run(until: Self.hours(0, 8.75))
    #expect(m.advisorsAvailable(at: "troyes") == 0 && m.waiting(at: "troyes") == 1)
    m.run(until: Self.hours(0, 9))
    #expect(m.advisorsAvailable(at: "troyes") == 1 && m.inAppointment(at: "troyes") == 1 && m.waiting(at: "troyes") == 0)
    m.run(until: Self.hours(0, 12.1))
    #expect(m.inAppointment(at: "troyes") == 1, "the 11:30 appointment overruns 12:00")
    #expect(m.waiting(at: "troyes") == 1 && m.advisorsAvailable(at: "troyes") == 1)
    m.run(until: Self.hours(0, 12.5))
    #expect(m.inAppointment(at: "troyes") == 0 && m.advisorsAvailable(at: "troyes") == 0)
    #expect(m.waiting(at: "troyes") == 1, "nobody is served at lunch time")
    m.run(until: Self.hours(0, 18))
    #expect(m.accompaniedCount == 4)
    #expect(
      m.trace == [
        "d0 08:30 person 0 asks at troyes (walk_in)",
        "d0 09:00 person 0 first appointment at troyes, waited 30 min",
        "d0 09:45 person 0 accompanied, pathway autonomous",
        "d0 11:30 person 1 asks at troyes (walk_in)",
        "d0 11:30 person 1 first appointment at troyes, waited 0 min",
        "d0 11:40 person 2 asks at troyes (walk_in)",
        "d0 12:15 person 1 accompanied, pathway autonomous",
        "d0 13:00 person 3 asks at troyes (walk_in)",
        "d0 14:00 person 2 first appointment at troyes, waited 140 min",
        "d0 14:45 person 3 first appointment at troyes, waited 105 min",
        "d0 14:45 person 2 accompanied, pathway autonomous",
        "d0 15:30 person 3 accompanied, pathway autonomous",
      ])
  }

  @Test("a permanence takes the advisor away from the parent site during its slot")
  func permanence() throws {
    var m = try Self.model(Self.parameters(permanence: true))
    m.addRequest(at: "troyes", time: Self.hours(1, 9.5))  // Tuesday 9:30: the advisor is at Bouilly
    m.addRequest(at: "bouilly", time: Self.hours(0, 10))  // Monday: waits for Tuesday's slot
    m.run(until: Self.hours(1, 10))
    #expect(m.advisorsAvailable(at: "troyes") == 0 && m.advisorsAvailable(at: "bouilly") == 1)
    #expect(m.waiting(at: "troyes") == 1)
    m.run(until: Self.hours(1, 12.5))
    #expect(m.advisorsAvailable(at: "bouilly") == 0 && m.advisorsAvailable(at: "troyes") == 0)
    m.run(until: Self.hours(1, 15))
    #expect(
      m.trace == [
        "d0 10:00 person 0 asks at bouilly (walk_in)",
        "d1 09:00 person 0 first appointment at bouilly, waited 1380 min",
        "d1 09:30 person 1 asks at troyes (walk_in)",
        "d1 09:45 person 0 accompanied, pathway autonomous",
        "d1 14:00 person 1 first appointment at troyes, waited 270 min",
        "d1 14:45 person 1 accompanied, pathway autonomous",
      ])
  }

  @Test("reinforced accompaniment: caseload cap, follow-ups in the same queue, a slot passed on")
  func reinforced() throws {
    var m = try Self.model(Self.parameters(pathway: "reinforced"))
    m.addRequest(at: "troyes", time: Self.hours(0, 9))
    m.addRequest(at: "troyes", time: Self.hours(0, 10))
    m.run(until: Self.hours(0, 12))
    #expect(m.caseload(at: "troyes") == (held: 1, waiting: 1), "cap of 1 per advisor")
    m.run(until: Self.hours(7, 9.5))
    #expect(m.inAppointment(at: "troyes") == 0, "the first follow-up falls due on day 7 at 9:45")
    m.run(until: Self.hours(7, 10))
    #expect(m.inAppointment(at: "troyes") == 1)
    m.run(until: Self.hours(40, 0))
    // After one month the first person's pathway ends and the second gets the slot.
    #expect(m.caseload(at: "troyes") == (held: 1, waiting: 0))
    let lines = m.trace!.filter { $0.contains("person 0") }
    #expect(
      lines == [
        "d0 09:00 person 0 asks at troyes (walk_in)",
        "d0 09:00 person 0 first appointment at troyes, waited 0 min",
        "d0 09:45 person 0 accompanied, pathway reinforced",
        "d7 09:45 person 0 follow-up at troyes",
        "d14 09:45 person 0 follow-up at troyes",
        "d21 09:45 person 0 follow-up at troyes",
        "d28 09:45 person 0 follow-up at troyes",
        "d30 20:15 person 0 leaves: end_of_pathway",
      ])
  }

  @Test("workshops: seats, facilitators away, pathway ends after the last type")
  func workshops() throws {
    var m = try Self.model(Self.parameters(workshop: true, pathway: "workshops"))
    for h in [9.0, 9.75, 10.5] { m.addRequest(at: "troyes", time: Self.hours(0, h)) }
    m.run(until: Self.hours(7, 15))
    #expect(m.advisorsAvailable(at: "troyes") == 0, "the only advisor facilitates the session")
    m.run(until: Self.hours(7, 16.5))
    #expect(m.advisorsAvailable(at: "troyes") == 1)
    m.run(until: Self.hours(15, 0))
    let leaves = m.trace!.filter { $0.contains("leaves") }
    // Two seats: persons 0 and 1 attend Monday's session on day 0, person 2 on day 7.
    #expect(
      leaves == [
        "d0 16:00 person 0 leaves: end_of_pathway",
        "d0 16:00 person 1 leaves: end_of_pathway",
        "d7 16:00 person 2 leaves: end_of_pathway",
      ])
  }

  @Test("staggered hours: an advisor still on duty keeps serving while a colleague overruns after their shift")
  func staggeredAdvisors() throws {
    var p = Self.parameters(advisors: 2)
    let days = TerritoryFixtures.weekdays
    p.sites[0].advisors = [
      AdvisorParameters(
        id: "morning", schedule: try WeeklySchedule(days: days, windows: [TerritoryFixtures.window("09:00-12:00")]), availabilityShare: 1),
      AdvisorParameters(
        id: "midday", schedule: try WeeklySchedule(days: days, windows: [TerritoryFixtures.window("11:00-14:00")]), availabilityShare: 1),
    ]
    var m = try Self.model(p)
    for h in [11.0, 11.5, 11 + 50.0 / 60, 11 + 55.0 / 60, 12 + 5.0 / 60] { m.addRequest(at: "troyes", time: Self.hours(0, h)) }
    m.run(until: Self.hours(0, 12.1))
    #expect(m.inAppointment(at: "troyes") == 2, "the morning advisor overruns 12:00 with person 2")
    m.run(until: Self.hours(0, 12.3))
    #expect(m.inAppointment(at: "troyes") == 2, "the midday advisor, on duty, took person 3 at 12:15")
    m.run(until: Self.hours(0, 14))
    #expect(
      m.trace!.filter { $0.contains("first appointment") } == [
        "d0 11:00 person 0 first appointment at troyes, waited 0 min",
        "d0 11:30 person 1 first appointment at troyes, waited 0 min",
        "d0 11:50 person 2 first appointment at troyes, waited 0 min",
        "d0 12:15 person 3 first appointment at troyes, waited 20 min",
        "d0 13:00 person 4 first appointment at troyes, waited 55 min",
      ])
  }

  @Test("a person who gives up frees their slot for a newcomer, whose request is not mistaken for theirs")
  func slotReuse() throws {
    var p = Self.parameters()
    p.appointments.patienceDays = try .constant(0.02)  // 28.8 minutes
    var m = try Self.model(p)
    m.addRequest(at: "troyes", time: Self.hours(0, 8))  // gives up at 8:28.8
    m.addRequest(at: "troyes", time: Self.hours(0, 8 + 40.0 / 60))
    m.run(until: Self.hours(0, 10))
    #expect(m.personSlots == 1 && m.personsSeenCount == 2, "the second person took the first one's slot")
    #expect(
      m.trace == [
        "d0 08:00 person 0 asks at troyes (walk_in)",
        "d0 08:29 person 0 gives up waiting",
        "d0 08:40 person 1 asks at troyes (walk_in)",
        "d0 09:00 person 1 first appointment at troyes, waited 20 min",
        "d0 09:45 person 1 accompanied, pathway autonomous",
      ])
  }
}
