import Foundation
import ResultsExport
import ScenarioFormat
import Studies
import TerritoryModel
import Testing

/// The outer design on the model: reproducible whatever the jobs, common
/// random numbers within a row of the design, independent rows, and the
/// summary read from the draws as documented.
@Suite("Uncertainty: the outer design on the model")
struct UncertaintyStudyTests {
  static let section = """

    uncertainty:
      points: 4
      replications: 3
      laws:
        - key: "sites[centre].walk_ins_per_week"
          law: "uniform(min: 4, max: 14)"
          source: "test"
        - key: money.employer_cost_factor
          law: "uniform(min: 1.2, max: 1.6)"
          source: "test: moves nothing without an employment company"
    """

  static func outer() throws -> UncertaintyStudy {
    let s = try StudyFixtures.scenario(section)
    return try UncertaintyStudy(study: Study(scenario: s, file: "fixture.yaml", withOptions: false, seed: 7, replications: 4))
  }

  static func outcomes(_ outer: UncertaintyStudy, jobs: Int) async -> [DrawOutcome] {
    var out: [DrawOutcome] = []
    await outer.run(draws: 0..<outer.draws, jobs: jobs) { _, o in out.append(o) }
    return out
  }

  @Test("the same seed gives the same draws' outcomes on 1 or 2 jobs; a key that moves nothing leaves its row's outcomes unchanged")
  func reproducibleAndPaired() async throws {
    let outer = try Self.outer()
    #expect(outer.draws == 4 * (2 + 2))
    let one = await Self.outcomes(outer, jobs: 1)
    let two = await Self.outcomes(outer, jobs: 2)
    #expect(one.map(\.met) == two.map(\.met))
    #expect(one.map { $0.means.map { $0.map(\.bitPattern) } } == two.map { $0.means.map { $0.map(\.bitPattern) } })
    let n = outer.uncertainty.points
    for j in 0..<n {
      // AB_2 is A with the employer cost factor taken from B: same row, same streams, nothing else moves.
      #expect(one[3 * n + j].met == one[j].met && one[3 * n + j].means == one[j].means, "row \(j)")
    }
    // Rows draw different walk-ins on different streams: their outcomes differ.
    #expect(Set((0..<n).map { one[$0].means[0][0] }).count == n)
  }

  @Test("the summary: verdicts from the A rows, a key that moves nothing has indices of exactly 0, every draw's values from its law")
  func summary() async throws {
    let outer = try Self.outer()
    let (u, outcomes) = await outer.summary(jobs: 2)
    let n = outer.uncertainty.points
    let r = Double(outer.uncertainty.replications)
    #expect(u.draws == outer.draws && u.drawTable.count == outer.draws)
    let objective = outer.study.scenario.parameters.objectives[0].id
    let verdict = try #require(u.verdicts.first { $0.objectiveID == objective })
    let mean = (0..<n).map { Double(outcomes[$0].met[0][0]) / r }.reduce(0, +) / Double(n)
    #expect(abs(verdict.probability - mean) < 1e-12)
    #expect((0...1).contains(verdict.assumptionsShare))
    for s in u.sensitivities where s.variance > 0 {
      #expect(s.indices[1].first == 0 && s.indices[1].total == 0, "\(s.output)")
    }
    let wait = try #require(u.sensitivities.first { $0.output == KPI.firstAppointmentWait.id })
    #expect(wait.variance > 0 && wait.ranking.first == 0)
    for (d, draw) in u.drawTable.enumerated() {
      #expect(draw.values == zip(outer.uncertainty.inputs, outer.levels[d]).map { $0.value(at: $1) })
    }
    #expect(u.block(of: 0) == "A" && u.block(of: n) == "B" && u.block(of: 2 * n) == "AB1" && u.block(of: 3 * n) == "AB2")
    let csv = UncertaintyFiles.drawsCSV(u, flavour: .standard)
    #expect(csv.split(separator: "\n").count == 1 + outer.draws)
    #expect(csv.hasPrefix("draw,block,sites[centre].walk_ins_per_week,money.employer_cost_factor,objective:\(objective),"))
  }

  @Test(
    "a comparison: every option runs at every draw, the value of information is read from the options' shares, one failure rule per objective"
  )
  func comparison() async throws {
    let s = try StudyFixtures.scenario(Self.section)
    let outer = try UncertaintyStudy(study: Study(scenario: s, file: "fixture.yaml", withOptions: true, seed: 7, replications: 4))
    let (u, outcomes) = await outer.summary(jobs: 2)
    #expect(outcomes.allSatisfy { $0.met.count == 2 && $0.means.count == 2 })
    let v = try #require(u.informationValue)
    #expect(v.options == ["baseline", "third-advisor"] && v.partial.count == 2)
    let r = Double(outer.uncertainty.replications)
    let shares = outcomes.map { o in [Double(o.met[0][0]) / r, Double(o.met[1][0]) / r] }
    let expected = ValueOfInformation(values: u.drawTable.map(\.values), utilities: shares)
    #expect(v.overall == expected.overall && v.partial == expected.partial && v.choice == expected.choice)
    // The employer cost factor moves nothing here: knowing it is worth nothing.
    #expect(v.partial[1] == 0)
    #expect(u.failureRules.map(\.objectiveID) == outer.study.scenario.parameters.objectives.map(\.id))
    let report = Report(
      summary: try #require(await StudyFoldCheck.summary(outer.study)), parameters: s.parameters, assumptions: [], language: .fr,
      version: "t",
      uncertainty: u)
    let md = report.markdown()
    #expect(md.contains("### Quand l'objectif est-il manqué ?") && md.contains("### Ce qu'il vaut la peine de mesurer avant de choisir"))
  }

  @Test("the command line resizes the design only to one whose every draw is valid, and records it in the reproducing command")
  func resizing() throws {
    let s = try StudyFixtures.scenario(Self.section)
    let study = try Study(scenario: s, file: "fixture.yaml", withOptions: false, seed: 7, replications: 4)
    let bigger = try study.resizingUncertainty(points: 8, replications: 2)
    #expect(bigger.uncertainty?.points == 8 && bigger.uncertainty?.replications == 2)
    let args = bigger.reproducingArguments(language: .fr, frenchExcel: false, observed: false)
    #expect(args.joined(separator: " ").contains("--outer-points 8 --inner-replications 2"))
    #expect(throws: StudyProblem.self) { try study.resizingUncertainty(points: 1, replications: nil) }
    var without = study
    without.uncertainty = nil
    #expect(without.reproducingArguments(language: .fr, frenchExcel: false, observed: false).contains("--without-uncertainty"))
    // A scenario without the section keeps the command it always had.
    let plain = try Study(scenario: try StudyFixtures.scenario(), file: "f.yaml", withOptions: false, seed: 7, replications: 4)
    #expect(!plain.reproducingArguments(language: .fr, frenchExcel: false, observed: false).joined().contains("uncertainty"))
  }
}

/// A baseline summary for a report, from a handful of replications.
enum StudyFoldCheck {
  static func summary(_ study: Study) async -> RunSummary? {
    var fold = StudyFold(study: study, flavour: .standard)
    await study.run(units: 0..<study.units, jobs: 2) { u, r in _ = fold.add(unit: u, r) }
    return fold.aggregators[0].summary()
  }
}

/// The chapter's words follow the figures: a key is named only when the assumptions move the outcome.
@Suite("Uncertainty: the chapter's sentences")
struct UncertaintyChapterTests {
  static func summary(assumptionsShare: Double, first: Double, total: Double, objective: String) -> UncertaintySummary {
    UncertaintySummary(
      points: 4, replications: 2,
      inputs: [
        .init(
          path: "sites[centre].walk_ins_per_week", french: "Visites", english: "Walk-ins", place: "centre", law: "l", source: "s", value: 9,
          low: 5, high: 13)
      ],
      verdicts: [
        .init(objectiveID: objective, probability: 0.5, standardError: 0.1, low: 0.2, high: 0.8, assumptionsShare: assumptionsShare)
      ],
      sensitivities: [
        .init(
          output: UncertaintySummary.objectiveOutput(objective), variance: 0.1,
          indices: [.init(first: first, firstLow: 0, firstHigh: 1, total: total, totalLow: 0, totalHigh: 1)])
      ],
      outputs: [UncertaintySummary.objectiveOutput(objective)], drawTable: [])
  }

  @Test("a key is named when the assumptions make the variation; chance alone names none; a first-order index is shown at most its total")
  func words() async throws {
    let s = try StudyFixtures.scenario()
    let study = try Study(scenario: s, file: "f.yaml", withOptions: false, seed: 7, replications: 2)
    let run = try #require(await StudyFoldCheck.summary(study))
    let objective = s.parameters.objectives[0].id
    func md(_ u: UncertaintySummary) -> String {
      Report(summary: run, parameters: s.parameters, assumptions: [], language: .fr, version: "t", uncertainty: u).markdown()
    }
    let moved = md(Self.summary(assumptionsShare: 0.6, first: 0.7, total: 0.4, objective: objective))
    #expect(moved.contains("l'hypothèse qui pèse le plus est **Visites — centre** : à elle seule, elle explique 40"))
    let chance = md(Self.summary(assumptionsShare: 0.01, first: 0.7, total: 0.4, objective: objective))
    #expect(chance.contains("aucune des hypothèses incertaines ne le déplace sensiblement") && !chance.contains("pèse le plus"))
  }
}
