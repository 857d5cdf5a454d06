import Foundation
import SimulationCore
import Stochastic
import TerritoryModel
import Testing

/// The national model's rules, one by one: the calendar's territories, the
/// ramp of an EBE, the fund's cap and its sharing, departures.
@Suite("National model: territories month by month and the fund's credits")
struct NationalSimulationTests {
  static func ym(_ y: Int, _ m: Int) -> YearMonth { YearMonth(year: y, month: m) }

  /// A profile with no chance left where a rule is checked: everyone met and
  /// volunteering at once, nobody leaving, full time only.
  static func profile(pace: Double = 0.5, ceiling: Double = 13, exit: Double = 0) throws -> NationalProfile {
    NationalProfile(
      ppdePrior: try .constant(1000), openingDelayMonths: try .constant(2), openingCohort: try .constant(10), hiresPerMonth: pace,
      headcountCeiling: ceiling, spread: 0, volunteerProbability: 1, mobilisationMonths: 1e-3, inflowPerYear: 0,
      otherEmployerPerYear: 0, exitPerYear: try .constant(exit), workingTime: [WorkingTimeShare(fte: 1, probability: 1)])
  }

  static func parameters(
    _ territories: [NationalTerritoryPlan], calendar: [HabilitationStep] = [], credits: [VotedCredit] = [], rule: FundRule = .sharedCap,
    profile: NationalProfile, start: YearMonth = ym(2022, 1), end: YearMonth = ym(2022, 12)
  ) -> NationalParameters {
    NationalParameters(
      name: "test", start: start, end: end, listed: territories, calendar: calendar, profiles: [profile, profile], credits: credits,
      money: .national, rule: rule, mobilisationLeadMonths: 0)
  }

  @Test("The calendar: territories are added to meet each count, spread since the previous date, in their wave")
  func calendar() throws {
    let listed = [
      NationalTerritoryPlan(id: "a", name: "A", departement: "10", habilitation: Self.ym(2016, 11), wave: 1),
      NationalTerritoryPlan(id: "b", name: "B", departement: "10", habilitation: Self.ym(2022, 3), wave: 2),
    ]
    let p = Self.parameters(
      listed,
      calendar: [
        HabilitationStep(date: Self.ym(2016, 11), territories: 3, source: "s"),
        HabilitationStep(date: Self.ym(2022, 6), territories: 6, source: "s"),
        HabilitationStep(date: Self.ym(2023, 1), territories: 5, source: "a count below the listed: nobody added"),
      ], profile: try Self.profile(), start: Self.ym(2016, 11), end: Self.ym(2023, 12))
    let all = p.territories
    #expect(all.count == 6)
    #expect(all.filter { $0.habilitation <= Self.ym(2016, 11) }.count == 3)
    #expect(all.filter { $0.habilitation <= Self.ym(2022, 6) }.count == 6)
    let added = all.filter { !$0.listed }.map(\.habilitation)
    #expect(added == [Self.ym(2016, 11), Self.ym(2016, 11), Self.ym(2019, 9), Self.ym(2022, 6)])
    #expect(all.map(\.wave) == all.map { $0.habilitation < Self.ym(2021, 7) ? 1 : 2 })
  }

  @Test("The fund's share: in proportion to what each wanted, largest remainders, ties to the earlier, never more than wanted")
  func share() {
    #expect(NationalSimulation.share(5, of: [4, 4, 0, 2]) == [2, 2, 0, 1])
    #expect(NationalSimulation.share(1, of: [1, 1]) == [1, 0])
    #expect(NationalSimulation.share(9, of: [3, 2]) == [3, 2])
    #expect(NationalSimulation.share(0, of: [3, 2]) == [0, 0])
    for n in 0...12 {
      let g = NationalSimulation.share(n, of: [5, 0, 3, 4])
      #expect(g.reduce(0, +) == min(n, 12) && zip(g, [5, 0, 3, 4]).allSatisfy { $0 <= $1 })
    }
  }

  @Test("An EBE's ramp: its cohort at opening, half a hire a month carried to one every two months, its ceiling; money by the tables")
  func ramp() throws {
    let t = NationalTerritoryPlan(
      id: "a", name: "A", departement: "10", habilitation: Self.ym(2022, 1), wave: 2, ppde: 1000, opening: Self.ym(2022, 3),
      openingCohort: 10)
    let p = Self.parameters([t], rule: .unlimited, profile: try Self.profile())
    let r = NationalSimulation(parameters: p, seeder: StreamSeeder(masterSeed: 1)).run(replication: 0)
    let head = r.series[NationalSeries.headcount.rawValue]
    // Jan, Feb closed; Mar opens with 10; then +0.5 a month carried: 10, 10, 11, 11, 12, 12, 13 (ceiling), 13…
    #expect(head == [0, 0, 10, 10, 11, 11, 12, 12, 13, 13, 13, 13])
    #expect(r.series[NationalSeries.openEBEs.rawValue] == [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])
    #expect(r.series[NationalSeries.hiresCumulative.rawValue].last == 13)
    // State: FTE × CDE rate × monthly SMIC of the month; départements 15 %; a grant per new post.
    let money = MoneyTables.national
    for m in 0..<12 {
      let day = Self.ym(2022, m + 1).firstDay
      let state = head[m] * money.cdeRate.value(on: day) * money.monthlySMIC.value(on: day)
      #expect(abs(r.series[NationalSeries.stateCDE.rawValue][m] - state) < 1e-6)
      #expect(abs(r.series[NationalSeries.departementCDE.rawValue][m] - 0.15 * state) < 1e-6)
      let newPosts = head[m] - (m > 0 ? head[m - 1] : 0)
      #expect(r.series[NationalSeries.startupGrants.rawValue][m] == newPosts * 6200)
    }
  }

  @Test("The fund's cap: the credits left pay so many hires, shared in proportion; the others wait; nobody is laid off")
  func cap() throws {
    let plans = ["a", "b"].map {
      NationalTerritoryPlan(
        id: $0, name: $0, departement: "10", habilitation: Self.ym(2022, 1), wave: 2, ppde: 1000, opening: Self.ym(2022, 3),
        openingCohort: 10)
    }
    let money = MoneyTables.national
    // One hire from March to December: 10 months of State CDE, plus its start-up grant.
    let unit =
      (3...12).reduce(0.0) { s, m in
        let day = Self.ym(2022, m).firstDay
        return s + money.cdeRate.value(on: day) * money.monthlySMIC.value(on: day)
      } + 6200
    let credits = [VotedCredit(year: 2022, amount: 3.5 * unit, source: "test")]
    let p = Self.parameters(plans, credits: credits, profile: try Self.profile(pace: 0))
    let r = NationalSimulation(parameters: p, seeder: StreamSeeder(masterSeed: 1)).run(replication: 0)
    let n = p.monthCount
    // 3 affordable of 20 wanted: 1.5 each, the remainder to the earlier territory.
    #expect(r.headcount[0 * n + 2] == 2 && r.headcount[1 * n + 2] == 1)
    #expect(r.series[NationalSeries.refusedHires.rawValue][2] == 17)
    #expect(r.refusedByTerritory == [8, 9])
    // Nobody leaves (no departures), nobody more is hired (no pace); the spend stays within the credits.
    #expect(r.series[NationalSeries.headcount.rawValue].dropFirst(2).allSatisfy { $0 == 3 })
    let spend = r.series[NationalSeries.stateCDE.rawValue].reduce(0, +) + r.series[NationalSeries.startupGrants.rawValue].reduce(0, +)
    #expect(spend <= credits[0].amount)
    // Without the cap, all 20 are hired.
    var free = p
    free.rule = .unlimited
    let u = NationalSimulation(parameters: free, seeder: StreamSeeder(masterSeed: 1)).run(replication: 0)
    #expect(u.series[NationalSeries.headcount.rawValue][2] == 20)
  }

  @Test("Departures: survivors of a month are binomial(n, e^(−h/12)); the mean within four standard errors")
  func departures() throws {
    let t = NationalTerritoryPlan(
      id: "a", name: "A", departement: "10", habilitation: Self.ym(2022, 1), wave: 2, ppde: 1000, opening: Self.ym(2022, 1),
      openingCohort: 400)
    var p = Self.parameters([t], rule: .unlimited, profile: try Self.profile(pace: 0, ceiling: 1000, exit: 0.6))
    p.end = Self.ym(2022, 2)
    let simulation = NationalSimulation(parameters: p, seeder: StreamSeeder(masterSeed: 7))
    let reps = 2000
    let survivors = (0..<reps).map { simulation.run(replication: $0).series[NationalSeries.headcount.rawValue][1] }
    let q = exp(-0.6 / 12)
    let mean = survivors.reduce(0, +) / Double(reps)
    let se = (400 * q * (1 - q) / Double(reps)).squareRoot()
    #expect(abs(mean - 400 * q) < 4 * se, "mean \(mean) vs \(400 * q) ± \(4 * se)")
    // The same replication twice: the same numbers.
    #expect(simulation.run(replication: 5).headcount == simulation.run(replication: 5).headcount)
  }
}
