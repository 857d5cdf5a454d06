import SimulationCore
import Stochastic
import TerritoryModel

/// Parameter sets for the territory tests, built in Swift (no scenario file).
enum TerritoryFixtures {
  static func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }
  static func window(_ text: String) -> TimeWindow { TimeWindow(parsing: text)! }
  static let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
  static let officeHours = try! WeeklySchedule(days: weekdays, windows: [window("09:00-12:00"), window("14:00-17:00")])

  /// A Troyes-like network over 2020–2024: six sites, four permanences, three
  /// workshop types, invitations and a TZCLD territory of nine communes.
  /// Two site ids whose streams would share a 32-bit member number (found by
  /// search: about 80,000 names on average).
  static func clashingSiteIDs() -> (String, String) {
    var seen: [UInt32: String] = [:]
    var i = 0
    while true {
      let name = "site-\(i)"
      let m = StreamFamily.member(named: name) % UInt32.max
      if let other = seen[m] { return (other, name) }
      seen[m] = name
      i += 1
    }
  }

  static func troyesLike(end: String = "2024-12-31") -> TerritoryParameters {
    let siteSpecs: [(String, String, Int, Double)] = [
      ("troyes", "10387", 3, 5), ("la-chapelle-saint-luc", "10081", 1, 1), ("pont-sainte-marie", "10297", 1, 1),
      ("saint-andre-les-vergers", "10333", 1, 1), ("sainte-savine", "10362", 1, 1), ("saint-julien-les-villas", "10343", 1, 1),
    ]
    let sites = siteSpecs.map { id, commune, n, walkIns in
      SiteParameters(
        id: id, name: id, commune: commune, opening: officeHours,
        advisors: (0..<n).map { AdvisorParameters(id: "\(id)-\($0 + 1)") }, walkInsPerWeek: walkIns, referralsPerWeek: 0.4)
    }
    let permanences = [
      ("bouilly", "10051", "saint-andre-les-vergers", Weekday.tuesday),
      ("saint-lye", "10349", "sainte-savine", .wednesday),
      ("estissac", "10142", "la-chapelle-saint-luc", .thursday),
      ("lusigny-sur-barse", "10209", "saint-julien-les-villas", .tuesday),
    ].map { id, commune, parent, day in
      PermanenceParameters(
        id: id, name: id, commune: commune, parentSite: parent,
        slot: RecurringSlot(weekday: day, window: window("09:00-12:00"), everyWeeks: 2))
    }
    let workshops = [
      WorkshopParameters(
        id: "job-search", name: "Recherche d'emploi",
        sessions: [
          WorkshopSession(site: "troyes", slot: RecurringSlot(weekday: .tuesday, window: window("14:00-16:30")))
        ], seats: 12, enrolProbability: 0.7),
      WorkshopParameters(
        id: "interview", name: "Simulation d'entretien",
        sessions: [
          WorkshopSession(site: "troyes", slot: RecurringSlot(weekday: .thursday, window: window("14:00-16:00"), everyWeeks: 2))
        ], seats: 8, enrolProbability: 0.4),
      WorkshopParameters(
        id: "digital", name: "Outils numériques",
        sessions: [
          WorkshopSession(site: "la-chapelle-saint-luc", slot: RecurringSlot(weekday: .monday, window: window("14:00-16:00")))
        ], seats: 10, enrolProbability: 0.5),
    ]
    let nine = ["10387", "10333", "10081", "10362", "10343", "10297", "10325", "10321", "10265"]
    let directory = CommuneDirectory.troyesChampagneMetropole
    let population = nine.reduce(0) { $0 + directory.commune($1)!.population }
    var ppde: [String: PPDEParameters] = [:]
    for code in nine {
      let share = Double(directory.commune(code)!.population) / Double(population)
      ppde[code] = PPDEParameters(initialStock: Int((650 * share).rounded()), inflowPerYear: 650 * share * 0.07, exitPerYear: 0.08)
    }
    let tzcld = TZCLDParameters(
      communes: ppde, mobilisationStart: date("2020-01-01"), meetingDelayDays: try! .exponential(mean: 900),
      volunteerProbability: 0.5,
      ebe: EBEParameters(
        opening: date("2022-01-03"), openingCohort: 17,
        hiringCapacity: [
          DatedValue(from: date("2022-01-01"), value: 4, source: "ASSUMPTION"),
          DatedValue(from: date("2024-01-01"), value: 1, source: "ASSUMPTION"),
        ]))
    return TerritoryParameters(
      name: "troyes-like", start: date("2020-01-01"), end: date(end),
      closures: [Closure(name: "lockdown", from: date("2020-03-17"), to: date("2020-05-10"), capacityFactor: 0)],
      sites: sites, permanences: permanences, workshops: workshops,
      invitations: InvitationParameters(newRegistrantsPerMonth: 120), tzcld: tzcld,
      objectives: [
        // A yearly objective needs the whole year in the horizon.
        Objective(
          id: "accompanied-2020", kpi: .pceAccompanied, period: date(end) >= date("2020-12-31") ? .year(2020) : .date(date(end)),
          target: 800),
        Objective(id: "headcount-2024", kpi: .tzcldHeadcount, period: .date(date(end)), target: 80),
      ])
  }
}
