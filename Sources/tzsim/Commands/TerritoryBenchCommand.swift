import ArgumentParser
import Foundation
import ScenarioFormat
import SimulationCore
import Stochastic
import TerritoryModel

/// `tzsim bench territory`: replications of a territory scenario, timed.
struct TerritoryBenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "territory",
    abstract: "Run replications of a scenario and print one JSON line (events/s, replications/s).",
    discussion: "Example:\n  tzsim bench territory --replications 1000 --jobs 2")

  @Argument(help: "The scenario file (default: the embedded Troyes 2020 scenario).")
  var scenario: String?

  @Option(help: "Replications.")
  var replications: Int = 1000

  @Option(help: "Parallel jobs.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Master seed.")
  var seed: UInt64 = 2020

  func validate() throws {
    guard (1...1_000_000).contains(replications) else { throw ValidationError("--replications must be between 1 and 1000000") }
    guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256") }
  }

  func run() async throws {
    try await reporting {
      let (s, _) = try ScenarioSource.load(scenario)
      let start = ContinuousClock.now
      let plan = try TerritoryPlan(parameters: s.parameters)
      let seeder = StreamSeeder(masterSeed: seed)
      var events: UInt64 = 0
      var accompanied = 0.0
      await OrderedReplications.run(
        count: replications, jobs: jobs,
        body: { r in
          var model = TerritorySimulation(plan: plan, seeder: seeder, replication: r)
          return model.run()
        }
      ) { _, result in
        events &+= result.events
        accompanied += result.value(KPI.accompanied.id) ?? 0
      }
      let d = ContinuousClock.now - start
      let wall = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
      print(
        String(
          format: "{\"tool\": \"TZSim territory\", \"scenario\": \"%@\", \"replications\": %d, \"jobs\": %d, \"wall_s\": %.3f, "
            + "\"replications_per_s\": %.1f, \"events\": %llu, \"events_per_s\": %.0f, \"mean_accompanied\": %.1f}",
          s.name, replications, jobs, wall, Double(replications) / wall, events, Double(events) / wall, accompanied / Double(replications)))
    }
  }
}
