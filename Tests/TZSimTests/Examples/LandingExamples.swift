import ReferenceModels
import SimulationCore
import Stochastic

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
