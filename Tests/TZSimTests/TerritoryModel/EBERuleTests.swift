import Foundation
import SimulationCore
import Stochastic
import TerritoryModel
import Testing

/// The employment company's rules step by step, on an endless waiting list of
/// volunteers met on day 0 (so every round can hire its full allowance).
@Suite("Territory: EBE rules step by step")
struct EBERuleTests {
  static func run(_ p: TerritoryParameters, seed: UInt64 = 1) throws -> ReplicationResult {
    var m = try TerritorySimulation(parameters: p, seeder: StreamSeeder(masterSeed: seed), replication: 0)
    return m.run()
  }
  static func monthly(_ r: ReplicationResult, _ kpi: String) -> [Double] { r.monthly.first { $0.kpi == kpi }!.values }
  static func list(capacity: Double = 4, cohort: Int = 0, stock: Int = 5_000) throws -> TerritoryParameters {
    try TerritoryReductionTests.endlessList(capacity: capacity, cohort: cohort, stock: stock)
  }

  @Test("half a hire a month hires one every two months: the fraction is carried, never lost")
  func fractionalCapacity() throws {
    let r = try Self.run(Self.list(capacity: 0.5))
    // Rounds on the first working day of February to December (January is the opening month).
    #expect(Self.monthly(r, "tzcld.hires") == [0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0])
    let third = try Self.run(Self.list(capacity: 1.0 / 3))
    #expect(third.value("tzcld.hires") == 3, "11 rounds at 1/3: 3 hires")
  }

  @Test("the headcount ceiling stops the rounds")
  func ceiling() throws {
    var p = try Self.list(capacity: 4, cohort: 10)
    p.tzcld!.ebe.headcountCeiling = 15
    let r = try Self.run(p)
    #expect(Self.monthly(r, "tzcld.hires") == [10, 4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    #expect(r.value("tzcld.headcount") == 15 && r.value("tzcld.new_posts") == 15)
  }

  @Test("the yearly FTE budget caps FTE in post; a volunteer who does not fit keeps their place")
  func fteBudget() throws {
    var p = try Self.list(capacity: 4, cohort: 0)
    p.tzcld!.ebe.fteBudget = [2020: 6]
    p.tzcld!.ebe.workingTime = [(1.0, 1.0)]
    let r = try Self.run(p)
    #expect(Self.monthly(r, "tzcld.hires") == [0, 4, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    #expect(r.value("tzcld.fte") == 6)
  }

  @Test("an ebe_hiring closure scales rounds and the opening cohort, rounding down")
  func hiringClosure() throws {
    var p = try Self.list(capacity: 4, cohort: 10)
    p.closures = [
      Closure(
        name: "freeze", from: CivilDate(iso: "2020-01-01")!, to: CivilDate(iso: "2020-03-31")!,
        capacityFactor: 0.5, appliesTo: [.ebeHiring])
    ]
    let r = try Self.run(p)
    // Cohort 10 × 0.5 = 5 on 1 January; rounds of 4 × 0.5 = 2 in February and March; 4 after.
    #expect(Self.monthly(r, "tzcld.hires").prefix(5) == [5, 2, 2, 4, 4])
  }

  @Test("other employers hire from the waiting list at their yearly hazard")
  func otherEmployers() throws {
    var p = try Self.list(capacity: 0, cohort: 0, stock: 4_000)
    p.tzcld!.otherEmployerPerYear = 0.5
    let r = try Self.run(p)
    // Each of 4,000 volunteers leaves the list within the year with probability 1 − e^(−0.5 × 366/365.25).
    let q = 1 - exp(-0.5 * 366 / 365.25)
    let expected = 4_000 * q
    let se = (4_000 * q * (1 - q)).squareRoot()
    let placed = r.value("tzcld.other_employer_placements")!
    #expect(abs(placed - expected) < 4.5 * se, "\(placed) vs \(expected) ± \(se)")
    #expect(r.value("tzcld.waiting_list") == 4_000 - placed)
  }

  @Test("EBE exits come at their yearly hazard and split by reason; supervisors and the balance follow the headcount")
  func exitsSupervisorsBalance() throws {
    var p = try Self.list(capacity: 0, cohort: 2_000, stock: 2_000)
    p.tzcld!.ebe.exitPerYear = 0.3
    p.tzcld!.ebe.headcountCeiling = 100_000
    let r = try Self.run(p)
    let q = 1 - exp(-0.3 * 366 / 365.25)
    let exits = r.value("tzcld.exits")!
    #expect(abs(exits - 2_000 * q) < 4.5 * (2_000 * q * (1 - q)).squareRoot())
    let reasons = ["other_job", "retirement", "moving", "other"].map { r.value("tzcld.exits[reason=\($0)]")! }
    #expect(reasons.reduce(0, +) == exits)
    let share = reasons[0] / exits
    #expect(abs(share - 0.4) < 4.5 * (0.4 * 0.6 / exits).squareRoot(), "other_job share \(share)")
    // December: ⌈headcount ÷ 5⌉ supervisors at 40,000 € a year.
    let headcount = r.value("tzcld.headcount")!
    let december = Self.monthly(r, "tzcld.supervisors_eur").last!
    #expect(abs(december - (headcount / 5).rounded(.up) * 40_000 / 12) < 1e-6)
    // The balance to earn is payroll + supervisors − CDE − département − grants, month by month.
    for m in 0..<12 {
      let parts = [
        "tzcld.payroll_eur", "tzcld.supervisors_eur", "tzcld.state_cde_eur", "tzcld.departement_eur", "tzcld.startup_grants_eur",
      ]
      .map { Self.monthly(r, $0)[m] }
      #expect(abs(Self.monthly(r, "tzcld.balance_eur")[m] - (parts[0] + parts[1] - parts[2] - parts[3] - parts[4])) < 1e-6)
    }
  }

  @Test("an EBE open before the start begins with its headcount, FTE and waiting list, and keeps hiring")
  func openBeforeStart() throws {
    var p = try Self.list(capacity: 2, cohort: 0, stock: 0)
    p.tzcld!.ebe.opening = CivilDate(iso: "2019-06-03")!
    p.tzcld!.ebe.atStart = EBEAtStart(headcount: 30, fte: 24, waitingList: 10)
    var m = try TerritorySimulation(parameters: p, seeder: StreamSeeder(masterSeed: 1), replication: 0)
    m.run(until: 0.5)
    #expect(m.ebeState.headcount == 30 && m.ebeState.waiting == 10 && abs(m.ebeState.fte - 24) < 1e-9)
    let r = m.run()
    // 2020-01-02 is January's first working day and the start is 2020-01-01: January has its round.
    #expect(Self.monthly(r, "tzcld.hires").prefix(6) == [2, 2, 2, 2, 2, 0])
    #expect(r.value("tzcld.new_posts") == 10, "the 30 posts existed before the start")
  }
}
