import Foundation
import ScenarioFormat
import SimulationCore
import Stochastic
import TerritoryModel
import Testing

/// A budget before the run: the estimate of events per replication follows
/// real runs, and what would exceed the limit is refused by `validate`.
@Suite("Territory: the run's budget")
struct RunBudgetTests {
  @Test(
    "the estimate is within a factor 2 of the events of a real replication, for every shipped scenario",
    arguments: ["troyes-2020.yaml", "troyes-2020-staffing.yaml", "troyes-champagne-2023.yaml", "starter.yaml"])
  func estimate(_ file: String) throws {
    let text = try String(contentsOf: TestPaths.root.appendingPathComponent("Scenarios/\(file)"), encoding: .utf8)
    let p = try ScenarioDecoder.decode(text: text, file: file).parameters
    var m = try TerritorySimulation(parameters: p, seeder: StreamSeeder(masterSeed: 9), replication: 0)
    let actual = Double(m.run().events)
    let ratio = p.estimatedEventsPerReplication / actual
    #expect(ratio > 0.5 && ratio < 2, "\(file): estimate \(p.estimatedEventsPerReplication), actual \(actual)")
  }

  @Test("a scenario that would need more than the limit is refused, with the estimate and a hint")
  func limit() throws {
    var p = TerritoryFixtures.troyesLike(end: "2049-12-31")
    p.objectives = []
    p.sites[0].walkInsPerWeek = 100_000
    let tooMany = #expect(throws: ParameterError.self) { try p.validate() }
    #expect(
      tooMany?.issues.first?.message
        == "about 156,566,537 job seekers per replication are expected, above the limit of 10,000,000 (about 1.2 GB of memory per job)")
    // Daily follow-ups for 30,000 persons in reinforced accompaniment over 30 years:
    // events, not persons, exceed the budget.
    p.sites[0].walkInsPerWeek = 640
    let labels = PathwayParameters.pathwayLabels
    p.pathways.choice = try CategoricalDistribution(labels: labels, probabilities: labels.map { $0 == "reinforced" ? 1 : 0 })
    p.pathways.followUpIntervalDays = 1
    p.pathways.reinforcedMaxMonths = 120
    p.pathways.caseloadCapPerAdvisor = 10_000
    let error = #expect(throws: ParameterError.self) { try p.validate() }
    let issue = try #require(error?.issues.first)
    #expect(
      issue.message.hasPrefix("about ") && issue.message.contains("events per replication are expected, above the limit of 500,000,000"))
    #expect(issue.hint == "shorten the horizon, or lower the arrival rates or the number of sites")
    p.pathways.followUpIntervalDays = 14
    try p.validate()
  }
}
