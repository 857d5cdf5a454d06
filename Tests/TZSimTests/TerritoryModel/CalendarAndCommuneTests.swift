import Foundation
import SimulationCore
import Stochastic
import TerritoryModel
import Testing

@Suite("Territory: calendar")
struct TerritoryCalendarTests {
  @Test("the 11 holidays of 2020, exactly")
  func holidays2020() {
    #expect(
      FrenchHolidays.holidays(2020).map(\.date.description) == [
        "2020-01-01", "2020-04-13", "2020-05-01", "2020-05-08", "2020-05-21", "2020-06-01",
        "2020-07-14", "2020-08-15", "2020-11-01", "2020-11-11", "2020-12-25",
      ])
  }

  @Test("the 11 holidays of 2024, exactly")
  func holidays2024() {
    #expect(
      FrenchHolidays.holidays(2024).map(\.date.description) == [
        "2024-01-01", "2024-04-01", "2024-05-01", "2024-05-08", "2024-05-09", "2024-05-20",
        "2024-07-14", "2024-08-15", "2024-11-01", "2024-11-11", "2024-12-25",
      ])
  }

  @Test(
    "Easter Sunday against published dates",
    arguments: [
      (2019, "2019-04-21"), (2020, "2020-04-12"), (2021, "2021-04-04"), (2022, "2022-04-17"),
      (2023, "2023-04-09"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2038, "2038-04-25"), (2285, "2285-03-22"),
    ])
  func easter(_ year: Int, _ date: String) {
    #expect(FrenchHolidays.easterSunday(year).description == date)
  }

  @Test("working days, first working days of months, closures")
  func workingDays() {
    let c = WorkingCalendar(
      start: CivilDate(iso: "2020-01-01")!, end: CivilDate(iso: "2020-12-31")!,
      closures: [
        Closure(
          name: "lockdown", from: CivilDate(iso: "2020-03-17")!, to: CivilDate(iso: "2020-05-10")!, capacityFactor: 0, appliesTo: [.pce])
      ])
    #expect(c.dayCount == 366)
    #expect((0..<c.dayCount).filter(c.isWorkingDay).count == 262 - 9)  // 262 weekdays, 9 holidays on weekdays
    #expect(c.firstWorkingDay(of: YearMonth(year: 2020, month: 1)).map(c.date(ofDay:))?.description == "2020-01-02")
    #expect(c.firstWorkingDay(of: YearMonth(year: 2020, month: 8)).map(c.date(ofDay:))?.description == "2020-08-03")
    #expect(c.firstWorkingDay(of: YearMonth(year: 2020, month: 11)).map(c.date(ofDay:))?.description == "2020-11-02")
    let lockdown = c.dayIndex(of: CivilDate(iso: "2020-03-17")!)
    #expect(c.capacityFactor(day: lockdown - 1, scope: .pce) == 1)
    #expect(c.capacityFactor(day: lockdown, scope: .pce) == 0)
    #expect(c.capacityFactor(day: lockdown, scope: .workshops) == 1)
    #expect(c.capacityFactor(day: c.dayIndex(of: CivilDate(iso: "2020-05-11")!), scope: .pce) == 1)
    #expect(c.months.count == 12)
  }
}

@Suite("Territory: communes")
struct CommuneTests {
  @Test("the embedded file holds the 81 TCM communes with their 2023 populations")
  func directory() {
    let d = CommuneDirectory.troyesChampagneMetropole
    #expect(d.communes.count == 81)
    #expect(d.population == 175_664)  // population municipale, millésime 2023 (SOURCES.md)
    #expect(d.commune("10387")?.name == "Troyes" && d.commune("10387")?.population == 62_088)
    #expect(d.commune("10349")?.name == "Saint-Lyé")
    #expect(d.commune("10355") == nil, "10355 is Saint-Nicolas-la-Chapelle, not a member")
    #expect(
      Dictionary(grouping: d.communes, by: \.nearestServicePoint).mapValues(\.count) == [
        "10051": 26, "10343": 12, "10297": 10, "10209": 9, "10349": 8, "10142": 5, "10362": 4, "10081": 3, "10333": 3, "10387": 1,
      ])
  }

  @Test("a malformed communes file is refused with its line")
  func malformed() {
    #expect(throws: CommuneDirectory.FormatError(line: 1, message: "missing column `population`")) {
      try CommuneDirectory(csv: "insee_code,name\n10387,Troyes\n")
    }
    let header = "insee_code,name,population,latitude,longitude,nearest_pce,nearest_pce_km"
    #expect(throws: CommuneDirectory.FormatError(line: 2, message: "a number could not be read")) {
      try CommuneDirectory(csv: "\(header)\n10387,Troyes,many,48.3,4.1,10387,0\n")
    }
  }

  @Test("the 81 communes' INSEE codes key distinct streams in every generator")
  func streams() {
    let codes = CommuneDirectory.troyesChampagneMetropole.communes.map(\.inseeCode)
    for bits in [31, 32] { #expect(StreamFamily.memberCollisions(among: codes, seedBits: bits).isEmpty) }
    #expect(Set(TerritorySimulation.streamFamilies).count == TerritorySimulation.streamFamilies.count)
  }

  @Test("two site ids that would share a stream are refused with a hint")
  func streamClash() throws {
    let pair = TerritoryFixtures.clashingSiteIDs()
    var p = TerritoryFixtures.troyesLike(end: "2020-12-31")
    p.sites[1].id = pair.0
    p.sites[2].id = pair.1
    p.permanences = []
    p.workshops = []
    p.invitations = nil
    let error = #expect(throws: ParameterError.self) { try TerritoryPlan(parameters: p) }
    #expect(error?.issues.first?.message == "`\(pair.0)` and `\(pair.1)` would share a random stream")
  }
}
