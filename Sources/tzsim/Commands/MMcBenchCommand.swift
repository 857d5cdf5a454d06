import ArgumentParser
import Foundation
import ReferenceModels
import Stochastic

/// `tzsim bench mmc`: the anchor model (M/M/3, λ = 2.7, μ = 1) through the
/// general engine API, printing the same JSON fields as `shared/bench/anchors.sh`.
struct MMcBenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mmc",
    abstract: "Run the M/M/3 anchor model (rho = 0.9) and print one JSON line.",
    discussion: """
      Same model as the C + GSL and SimPy anchors: first arrival at Exp(lambda),
      exactly N arrivals, FIFO, run until all are served. Quote speed as a ratio
      to the C anchor measured in the same sitting.
      """
  )

  @Option(help: "Number of arrivals (N).")
  var customers: Int = 1_000_000

  @Option(help: "Master seed.")
  var seed: UInt64 = 12345

  @Option(help: "Servers (c).")
  var servers: Int = 3

  @Option(help: "Arrival rate per day (lambda).")
  var arrivalRate: Double = 2.7

  @Option(help: "Service rate per server per day (mu).")
  var serviceRate: Double = 1.0

  @Flag(
    help:
      "Also keep the statistics the C loop does not (the servers' utilisation and queue length, the time-weighted number in the system).")
  var fullStatistics = false

  func validate() throws {
    guard customers >= 20 && customers <= 1_000_000_000 else {
      throw ValidationError("--customers must be between 20 and 1000000000, got \(customers)")
    }
    guard servers >= 1 && servers <= 10_000 else { throw ValidationError("--servers must be between 1 and 10000") }
    guard arrivalRate > 0 && arrivalRate.isFinite && serviceRate > 0 && serviceRate.isFinite else {
      throw ValidationError("--arrival-rate and --service-rate must be finite numbers > 0")
    }
  }

  func run() async throws {
    let start = ContinuousClock.now
    var station = QueueingStation(
      interarrival: try .exponential(mean: 1 / arrivalRate),
      service: try .exponential(mean: 1 / serviceRate),
      servers: servers, customers: customers,
      streams: StreamSeeder(masterSeed: seed), replication: 0, anchorStatisticsOnly: !fullStatistics)
    station.run()
    let elapsed = ContinuousClock.now - start
    let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let hw = station.batches.halfWidth(tQuantile: StudentT.quantile(0.975, degreesOfFreedom: 19))
    let line = String(
      format: "{\"tool\": \"TZSim\", \"version\": \"%@ (gsl %@)\", \"n\": %ld, \"wall_s\": %.6f, "
        + "\"events\": %llu, \"mean_wait\": %.6f, \"hw95\": %.6f}",
      TZSimVersion.current, gslVersion, station.waits.count, wall,
      station.simulation.eventsProcessed, station.waits.mean, hw)
    print(line)
  }
}
