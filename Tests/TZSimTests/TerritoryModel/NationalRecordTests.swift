import Foundation
import SimulationCore
import TerritoryModel
import Testing

/// The national record: dated observations per territory, each with its source.
@Suite("National record: the territories' dated observations")
struct NationalRecordTests {
  static let header = NationalRecord.header.joined(separator: ",")

  @Test("The landing example; the shipped record reads, is the file in Sources, and keeps each territory's figures in date order")
  func shipped() throws {
    let record = NationalRecord.shipped
    #expect(record.territories.count == 17 && record.observations.count == 54)
    let csv = try TestPaths.bytes("Sources/TerritoryModel/Data/tzcld-territories.csv")
    #expect(try NationalRecord(csv: String(decoding: csv, as: UTF8.self)).observations == record.observations)
    let troyes = try #require(record.territories.first { $0.id == "troyes-champagne" })
    #expect(troyes.departement == "10" && troyes.habilitation.description == "2023-06-12" && troyes.ebe == "Séquoia")
    // One territory, its EBE named differently by date: both lines kept, each with its name.
    #expect(Set(record.observations.filter { $0.territory == "lille-tourcoing" }.map(\.ebe)).count == 2)
    #expect(record.observations(of: "troyes-champagne", .headcount).map(\.value) == [17])
    let mauleon = record.observations(of: "mauleon", .headcount)
    #expect(mauleon.map(\.value) == [15, 65, 70, 79, 75] && mauleon.allSatisfy { !$0.source.isEmpty })
    #expect(zip(mauleon, mauleon.dropFirst()).allSatisfy { $0.date <= $1.date })
  }

  @Test("A partial date means a span: its first and last day")
  func partialDates() throws {
    #expect(PartialDate("2024-02")?.first.description == "2024-02-01" && PartialDate("2024-02")?.last.description == "2024-02-29")
    #expect(PartialDate("2022")?.last.description == "2022-12-31" && PartialDate("2016-11-24")?.last.description == "2016-11-24")
    for bad in ["2023-13", "2023-02-30", "23-02", "2023-2", "1899", "2023-02-01-01", ""] { #expect(PartialDate(bad) == nil, "\(bad)") }
    // Ordered by first day, then last: a year comes before its months, a month before its later days.
    let (year, june, day) = (
      try #require(PartialDate("2023")), try #require(PartialDate("2023-06")), try #require(PartialDate("2023-06-12"))
    )
    #expect(year < june && june < day && !(day < june))
  }

  @Test(
    "Each broken rule is refused at its line and column",
    arguments: [
      ("t,1,2016,E,2017-01,headcount,8,src", 2, 3, "is not a département number"),
      ("t,35,2016-13,E,2017-01,headcount,8,src", 2, 6, "the habilitation must be written"),
      ("t,35,2016,E,2017-1,headcount,8,src", 2, 13, "the date observed must be written"),
      ("t,35,2016,E,2017-01,staff,8,src", 2, 21, "is not a kind of observation"),
      ("t,35,2016,E,2017-01,headcount,-1,src", 2, 31, "the value must be a number ≥ 0"),
      ("t,35,2016,E,2017-01,headcount,8, ", 2, 33, "every observation names its source"),
      ("t,35,2016,E,2017-01,headcount,8", 2, 1, "expected 8 fields, found 7"),
      ("T 1,35,2016,E,2017-01,headcount,8,src", 2, 1, "is not a territory id"),
      ("t,35,2016,E,2017-01,headcount,8,src\nt,35,2017,E,2018-01,headcount,9,src", 3, 1, "reads differently here"),
      ("t,35,2016,E,2017-01,headcount,8,src\nt,36,2016,E,2018-01,headcount,9,src", 3, 1, "reads differently here"),
    ])
  func refusals(_ c: (String, Int, Int, String)) {
    do {
      _ = try NationalRecord(csv: Self.header + "\n" + c.0 + "\n")
      Issue.record("accepted: \(c.0)")
    } catch {
      #expect(error.line == c.1 && error.column == c.2 && error.message.contains(c.3), "\(error)")
    }
  }

  @Test("A wrong header is refused at line 1")
  func header() {
    #expect(throws: NationalRecordProblem(line: 1, column: 1, "the header must be \(Self.header)")) {
      try NationalRecord(csv: "territory,dept\n")
    }
  }
}
