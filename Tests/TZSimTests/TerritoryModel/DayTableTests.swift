import SimulationCore
import Testing

@testable import TerritoryModel

/// The plan's day table says what the calendar says, day by day.
@Suite("Territory: day table")
struct DayTableTests {
  @Test("year, month, month and year ends, factors and list days agree with the calendar over 2019-2021")
  func agreesWithCalendar() throws {
    let start = try #require(CivilDate(year: 2019, month: 11, day: 15))
    let end = try #require(CivilDate(year: 2021, month: 2, day: 3))
    let closures = [
      Closure(
        name: "confinement", from: try #require(CivilDate(year: 2020, month: 3, day: 17)),
        to: try #require(CivilDate(year: 2020, month: 5, day: 10)), capacityFactor: 0.25, appliesTo: [.pce, .workshops]),
      Closure(
        name: "été", from: try #require(CivilDate(year: 2020, month: 8, day: 1)),
        to: try #require(CivilDate(year: 2020, month: 8, day: 15)), capacityFactor: 0, appliesTo: [.ebeHiring]),
    ]
    let calendar = WorkingCalendar(start: start, end: end, closures: closures)
    let table = DayTable(calendar)
    let n = calendar.dayCount
    #expect(table.year.count == n && table.month.count == n)
    var monthEnds = 0
    for day in 0..<n {
      let date = calendar.date(ofDay: day)
      let next = calendar.date(ofDay: day + 1)
      #expect(table.year[day] == date.year - 2019)
      #expect(table.month[day] == calendar.monthIndex(ofDay: day))
      #expect(table.closesMonth[day] == (day == n - 1 || next.month != date.month))
      #expect(table.closesYear[day] == (day == n - 1 || next.year != date.year))
      #expect(table.pceFactor[day] == calendar.capacityFactor(day: day, scope: .pce))
      #expect(DayTable.factor(table.workshopFactor, day) == calendar.capacityFactor(day: day, scope: .workshops))
      #expect(DayTable.factor(table.ebeHiringFactor, day) == calendar.capacityFactor(day: day, scope: .ebeHiring))
      if table.closesMonth[day] { monthEnds += 1 }
    }
    #expect(monthEnds == calendar.months.count)  // Nov 2019 … Feb 2021: 16 months, each closed once
    #expect(table.pceFactor.contains(0.25) && table.ebeHiringFactor.contains(0))
    #expect(DayTable.factor(table.workshopFactor, n) == 1 && DayTable.factor(table.workshopFactor, -1) == 1)
    // The list arrives on each month's first working day after the day asked about.
    for day in -1..<n {
      let startMonth = day < 0 ? 0 : calendar.monthIndex(ofDay: day) + 1
      let expected = (startMonth..<calendar.months.count).lazy.compactMap { calendar.firstWorkingDay(of: calendar.months[$0]) }
        .first { $0 > day }
      #expect(table.nextListDay(after: day) == expected)
    }
    #expect(table.nextListDay(after: -1) == calendar.firstWorkingDay(of: calendar.months[1]))  // 15 Nov is after 1 Nov's first working day
  }
}
