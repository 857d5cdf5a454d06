// swift-format-ignore-file
// (each function here is compared line by line with a landing page's example: keep their layout)
import ReferenceModels
import ResultsExport
import ScenarioFormat
import SimulationCore
import Stochastic
import Studies
import TerritoryModel

// The landing pages' examples, verbatim. `DocumentationExampleTests` checks that
// each region below equals the code block of its page, and runs it.

// BEGIN EXAMPLE SimulationCore
/// One desk; a customer arrives every 2 days and each visit lasts 3 days.
struct VisitDesk: SimulationModel {
  enum Event { case arrival(Int), departure }
  var desk = Resource<Int>(capacity: 1)
  var log: [String] = []

  mutating func handle(_ event: Event, in simulation: inout Simulation<Event>) {
    let now = simulation.now
    switch event {
    case .arrival(let id):
      if id < 2 { simulation.schedule(.arrival(id + 1), after: 2) }
      if desk.request(id, at: now) != nil { simulation.schedule(.departure, after: 3) }
    case .departure:
      log.append("day \(now): a visit ends")
      if let next = desk.release(at: now) {
        log.append("day \(now): customer \(next.request) starts after waiting \(next.wait) days")
        simulation.schedule(.departure, after: 3)
      }
    }
  }
}

func visitDeskExample() -> [String] {
  var simulation = Simulation<VisitDesk.Event>()
  var model = VisitDesk()
  simulation.schedule(.arrival(0), at: 0)
  simulation.run(&model)
  return model.log
}
// END EXAMPLE

// BEGIN EXAMPLE Stochastic
func appointmentExample() throws -> (mean: Double, first: Double) {
  let duration = try Distribution(parsing: "lognormal(mean: 45, sd: 20)")  // minutes
  let seeder = StreamSeeder(masterSeed: 2020)
  let stream = seeder.stream(replication: 0, name: "appointments")
  return (duration.mean, duration.sample(stream))
}
// END EXAMPLE

// BEGIN EXAMPLE ReferenceModels
func erlangExample() throws -> (meanWait: Double, halfWidth: Double) {
  var station = QueueingStation(
    interarrival: try .exponential(mean: 1 / 2.7), service: try .exponential(mean: 1),
    servers: 3, customers: 200_000, streams: StreamSeeder(masterSeed: 1), replication: 0)
  station.run()
  let t = StudentT.quantile(0.975, degreesOfFreedom: 19)
  return (station.waits.mean, station.batches.halfWidth(tQuantile: t))
}
// END EXAMPLE

// BEGIN EXAMPLE TerritoryModel
func territoryExample() throws -> Double {
  let office = try WeeklySchedule(days: [.monday, .tuesday, .wednesday, .thursday, .friday],
                                  windows: [TimeWindow(parsing: "09:00-12:00")!, TimeWindow(parsing: "14:00-17:00")!])
  let site = SiteParameters(id: "troyes", name: "PCE Troyes", commune: "10387", opening: office,
                            advisors: [AdvisorParameters(id: "a1"), AdvisorParameters(id: "a2")],
                            walkInsPerWeek: 8, referralsPerWeek: 1)
  let parameters = TerritoryParameters(name: "example", start: CivilDate(iso: "2021-01-01")!,
                                       end: CivilDate(iso: "2021-12-31")!, sites: [site])
  let plan = try TerritoryPlan(parameters: parameters)          // validated and compiled once
  var model = TerritorySimulation(plan: plan, seeder: StreamSeeder(masterSeed: 1), replication: 0)
  let result = model.run()
  return result.value("pce.accompanied@2021") ?? 0              // persons accompanied in 2021
}
// END EXAMPLE

// BEGIN EXAMPLE ScenarioFormat
func scenarioExample() -> String {
  let text = """
    tzsim_scenario: 1
    start: 2021-01-01
    end: 2021-12-31
    sites:
      - id: centre
        commune: "10387"
        opening: {weekdays: ["09:00-12:00"]}
        advisers: 2
    """
  do {
    _ = try ScenarioDecoder.decode(text: text, file: "mine.yaml")
    return "valid"
  } catch {
    return error.description
  }
}
// END EXAMPLE

// BEGIN EXAMPLE ResultsExport
func statisticsExample() -> String {
  var accompanied = KPIStatistics()
  for x in [812.0, 795, 830, 808, 821, 799] { accompanied.add(x) }
  let (low, high) = accompanied.ci95                         // Student t from GSL
  let met = WilsonInterval.interval(successes: 4, trials: 6)  // P(≥ 800): 4 of 6
  return "\(NumberText.plain(accompanied.mean)) [\(NumberText.plain(low)), \(NumberText.plain(high))], "
    + "P = \(NumberText.plain(4.0 / 6)) [\(NumberText.plain(met.low)), \(NumberText.plain(met.high))]"
}
// END EXAMPLE

// BEGIN EXAMPLE Studies
func studyExample() async throws -> Int {
  let scenario = try ScenarioDecoder.decode(bytes: EmbeddedScenarios.starter, file: "starter.yaml")
  let study = try Study(scenario: scenario, file: "starter.yaml", withOptions: false, seed: 1, replications: 4)
  var fold = StudyFold(study: study, flavour: .standard)
  await study.run(units: Shard(index: 1, count: 2).slice(of: study.units), jobs: 2) { unit, result in
    _ = fold.add(unit: unit, result)                       // the first half of the work units
  }
  return fold.nextUnit
}
// END EXAMPLE
