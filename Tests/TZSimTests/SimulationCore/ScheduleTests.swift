import SimulationCore
import Testing

@Suite("Engine: dates and availability schedules")
struct ScheduleTests {
  @Test("civil dates: round trip, weekdays, leap years")
  func civilDates() {
    let d = CivilDate(year: 2020, month: 1, day: 1)!
    #expect(d.weekday == .wednesday)
    #expect(CivilDate(year: 2024, month: 12, day: 31)!.weekday == .tuesday)
    #expect(CivilDate(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
    #expect(d.adding(days: 366) == CivilDate(year: 2021, month: 1, day: 1))
    #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
    #expect(CivilDate(iso: "2023-06-12")?.description == "2023-06-12")
    #expect(CivilDate(iso: "2023-6-12") == nil)
    for n in stride(from: -800_000, through: 800_000, by: 997) {
      #expect(CivilDate(daysSinceEpoch: n).daysSinceEpoch == n)
    }
  }

  @Test("time windows parse and validate")
  func windows() {
    #expect(TimeWindow(parsing: "09:00-12:00") == TimeWindow(start: 540, end: 720))
    #expect(TimeWindow(parsing: "14:00-24:00")?.end == 1440)
    #expect(TimeWindow(parsing: "12:00-09:00") == nil)
    #expect(TimeWindow(parsing: "25:00-26:00") == nil)
    #expect(TimeWindow(parsing: "9h-12h") == nil)
    #expect(throws: WeeklySchedule.Overlap.self) {
      try WeeklySchedule(days: [.monday], windows: [TimeWindow(start: 540, end: 720)!, TimeWindow(start: 700, end: 800)!])
    }
  }

  static let monday = CivilDate(year: 2020, month: 1, day: 6)!  // a Monday
  static func advisor() throws -> AvailabilitySchedule {
    AvailabilitySchedule(
      start: monday,
      weekly: try WeeklySchedule(
        days: [.monday, .tuesday, .wednesday, .thursday, .friday],
        windows: [TimeWindow(parsing: "09:00-12:00")!, TimeWindow(parsing: "14:00-17:00")!]),
      exceptions: [CivilDate(year: 2020, month: 1, day: 8)!: []])  // Wednesday closed
  }

  @Test("an advisor working 9–12 and 14–17 serves nobody at 13:00")
  func gating() throws {
    let s = try Self.advisor()
    func at(_ day: Int, _ h: Double) -> Double { Double(day) + h / 24 }
    #expect(!s.isAvailable(at: at(0, 8.99)))
    #expect(s.isAvailable(at: at(0, 9)))
    #expect(!s.isAvailable(at: at(0, 13)))
    #expect(s.isAvailable(at: at(0, 16.99)))
    #expect(!s.isAvailable(at: at(0, 17)))
    #expect(!s.isAvailable(at: at(2, 10)), "the Wednesday exception closes the day")
    #expect(!s.isAvailable(at: at(5, 10)), "Saturday")
    #expect(s.nextChange(after: at(0, 10))! == (at(0, 12), false))
    #expect(s.nextChange(after: at(0, 12))! == (at(0, 14), true))
    #expect(s.nextChange(after: at(1, 17))! == (at(3, 9), true), "skips the closed Wednesday")
    #expect(s.availableMinutes(days: 0..<7) == 4 * 360)
    #expect(AvailabilitySchedule(start: Self.monday, weekly: .never).nextChange(after: 0, limit: 30) == nil)
  }

  /// A desk whose capacity follows the advisor's schedule: requests wait while
  /// the advisor is off duty, and an appointment may overrun closing time.
  struct Desk: SimulationModel {
    enum Event { case arrive(Int), shift(Bool), done(Int) }
    let schedule: AvailabilitySchedule
    var desk = Resource<Int>(capacity: 0)
    var log: [String] = []

    mutating func handle(_ event: Event, in sim: inout Simulation<Event>) {
      let now = sim.now
      switch event {
      case .arrive(let id):
        if let g = desk.request(id, at: now) { start(g.request, &sim) }
      case .shift(let on):
        log.append("\(hhmm(now)) \(on ? "on" : "off") duty")
        for g in desk.setCapacity(on ? 1 : 0, at: now) { start(g.request, &sim) }
        if let next = schedule.nextChange(after: now) { sim.schedule(.shift(next.available), at: next.time, priority: 1) }
      case .done(let id):
        log.append("\(hhmm(now)) done \(id)")
        if let g = desk.release(at: now) { start(g.request, &sim) }
      }
    }

    mutating func start(_ id: Int, _ sim: inout Simulation<Event>) {
      log.append("\(hhmm(sim.now)) start \(id)")
      sim.schedule(.done(id), after: 45.0 / 1440)
    }

    func hhmm(_ t: Double) -> String {
      let m = Int((t * 1440).rounded())
      return "d\(m / 1440) \(TimeWindow(start: m % 1440, end: 1440)!.description.prefix(5))"
    }
  }

  @Test("schedule gating through the engine: nobody is served off duty")
  func gatedDesk() throws {
    let schedule = try Self.advisor()
    var model = Desk(schedule: schedule)
    var sim = Simulation<Desk.Event>()
    let first = schedule.nextChange(after: 0)!
    sim.schedule(.shift(first.available), at: first.time, priority: 1)
    for (i, h) in [8.5, 11.5, 11.6, 13.0].enumerated() { sim.schedule(.arrive(i), at: h / 24) }
    sim.run(&model, until: 0.99)
    #expect(
      model.log == [
        "d0 09:00 on duty", "d0 09:00 start 0", "d0 09:45 done 0",
        "d0 11:30 start 1", "d0 12:00 off duty", "d0 12:15 done 1",
        "d0 14:00 on duty", "d0 14:00 start 2", "d0 14:45 done 2",
        "d0 14:45 start 3", "d0 15:30 done 3", "d0 17:00 off duty",
      ])
  }
}

@Suite("Engine: schedule edges in floating point")
struct ScheduleEdgeTests {
  @Test("every edge of a year of office hours is found, and each flips availability")
  func edges() throws {
    let weekly = try WeeklySchedule(
      days: [.monday, .tuesday, .wednesday, .thursday, .friday],
      windows: [TimeWindow(parsing: "09:00-12:00")!, TimeWindow(parsing: "14:00-17:00")!])
    let s = AvailabilitySchedule(start: CivilDate(year: 2021, month: 1, day: 4)!, weekly: weekly)  // a Monday
    var t = 0.0
    var changes: [(Double, Bool)] = []
    while let c = s.nextChange(after: t, limit: 400), c.time < 364 {
      #expect(c.available != s.isAvailable(at: t), "no flip at \(c.time)")
      #expect(s.isAvailable(at: c.time) == c.available, "wrong side of the edge at \(c.time)")
      changes.append((c.time, c.available))
      t = c.time
    }
    #expect(changes.count == 52 * 5 * 4)
  }

  @Test(
    "the changes listed in one pass are those found one search at a time: adjacent windows, a window to midnight, closed days, open at 0")
  func changesInOnePass() throws {
    func searched(_ s: AvailabilitySchedule, before horizon: Double) -> [(Double, Bool)] {
      var list: [(Double, Bool)] = s.isAvailable(at: 0) ? [(0, true)] : []
      var t = 0.0
      while let c = s.nextChange(after: t, limit: horizon - t), c.time < horizon {
        list.append((c.time, c.available))
        t = c.time
      }
      return list
    }
    let monday = CivilDate(year: 2021, month: 1, day: 4)!
    let w = { (text: String) in TimeWindow(parsing: text)! }
    let schedules = [
      AvailabilitySchedule(
        start: monday,
        weekly: try WeeklySchedule(days: [.monday, .tuesday, .thursday], windows: [w("09:00-12:00"), w("12:00-14:00"), w("15:00-17:30")]),
        exceptions: [CivilDate(year: 2021, month: 1, day: 5)!: [], CivilDate(year: 2021, month: 1, day: 9)!: [w("10:00-11:00")]]),
      AvailabilitySchedule(start: monday, weekly: try WeeklySchedule(days: Weekday.allCases, windows: [w("00:00-24:00")])),
      AvailabilitySchedule(
        start: monday, weekly: try WeeklySchedule(days: [.monday, .friday], windows: [w("00:00-08:00"), w("20:00-24:00")])),
      AvailabilitySchedule(start: monday, weekly: .never),
    ]
    for s in schedules {
      for horizon in [0.5, 1, 7, 30.25, 400] {
        let one = s.changes(before: horizon)
        let expected = searched(s, before: horizon)
        #expect(one.times == expected.map(\.0) && one.available == expected.map(\.1), "horizon \(horizon)")
      }
    }
    // Monday 9-14 (adjacent windows, no change at 12:00) and 15-17:30, Tuesday closed, Thursday
    // the same, Saturday 10-11 by exception.
    #expect(schedules[0].changes(before: 7).times.count == 4 + 4 + 2)
  }
}
