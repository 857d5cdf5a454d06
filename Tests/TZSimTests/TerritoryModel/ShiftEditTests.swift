import SimulationCore
import Testing

@testable import TerritoryModel

/// The plan's shift table: replayed edit by edit, it gives every advisor the
/// duty their own availability schedule gives, at each shift time and until
/// the next one; it holds no edit that changes nothing, and dispatches each
/// site once per shift, after its last edit.
@Suite("Territory: the shift table")
struct ShiftEditTests {
  static func parameters() throws -> TerritoryParameters {
    var p = TerritoryFixtures.troyesLike(end: "2020-06-30")
    let days = TerritoryFixtures.weekdays
    // Staggered and partial hours at the first site, so that advisors of one
    // site change at different times, and a share below 1 at another.
    p.sites[0].advisors[0].schedule = try WeeklySchedule(days: days, windows: [TerritoryFixtures.window("09:00-12:00")])
    p.sites[0].advisors[1].schedule = try WeeklySchedule(days: days, windows: [TerritoryFixtures.window("11:00-14:00")])
    p.sites[1].advisors[0].availabilityShare = 0.6
    return p
  }

  @Test("replaying the edits gives each advisor's schedule, with no empty edit and one dispatch per site and shift")
  func replayMatchesSchedules() throws {
    let p = try Self.parameters()
    let plan = try TerritoryPlan(parameters: p)
    var schedules: [AvailabilitySchedule] = []
    var siteOf: [Int] = []
    for (s, site) in p.sites.enumerated() {
      for a in site.advisors {
        schedules.append(plan.calendar.availability((a.schedule ?? site.opening).cut(toShare: a.availabilityShare), scope: .pce))
        siteOf.append(s)
      }
    }
    var onDuty = schedules.map { _ in false }
    #expect(plan.shiftEditStart.count == plan.shiftTimes.count + 1)
    var editsSeen = 0
    for k in plan.shiftTimes.indices {
      let edits = plan.shiftEdits[plan.shiftEditStart[k]..<plan.shiftEditStart[k + 1]]
      var sitesDispatched: [Int] = []
      for (i, edit) in zip(edits.indices, edits) {
        let a = Int(edit.advisor)
        #expect(siteOf[a] == Int(edit.site))
        #expect(onDuty[a] != edit.onDuty, "an edit changes the advisor's duty")
        onDuty[a] = edit.onDuty
        // The site's last edit at this time, and only it, dispatches the site.
        let nextSameSite = i + 1 < edits.endIndex && edits[i + 1].site == edit.site
        #expect(edit.dispatchesSite == !nextSameSite)
        if edit.dispatchesSite { sitesDispatched.append(Int(edit.site)) }
        editsSeen += 1
      }
      #expect(sitesDispatched == sitesDispatched.sorted() && Set(sitesDispatched).count == sitesDispatched.count)
      let t = plan.shiftTimes[k]
      let next = k + 1 < plan.shiftTimes.count ? plan.shiftTimes[k + 1] : plan.calendar.horizon
      for a in schedules.indices {
        #expect(onDuty[a] == schedules[a].isAvailable(at: t), "advisor \(a) at shift \(k)")
        #expect(onDuty[a] == schedules[a].isAvailable(at: (t + next) / 2), "advisor \(a) after shift \(k)")
      }
    }
    #expect(editsSeen == plan.shiftEdits.count)
    // The staggered advisors make shifts that change one advisor of a site, not all.
    #expect(
      plan.shiftTimes.indices.contains { k in
        plan.shiftEdits[plan.shiftEditStart[k]..<plan.shiftEditStart[k + 1]].filter { $0.site == 0 }.count == 1
      })
  }
}
