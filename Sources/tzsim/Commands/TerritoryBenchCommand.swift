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

  @Flag(help: "Time every event with a clock and print, by kind, how many fired and the time they took (one job).")
  var profile = false

  func validate() throws {
    guard (1...1_000_000).contains(replications) else { throw ValidationError("--replications must be between 1 and 1000000") }
    guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256") }
  }

  func run() async throws {
    try await reporting {
      let (s, _) = try ScenarioSource.load(scenario)
      if profile {
        try printProfile(s.parameters)
        return
      }
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

  /// Replications one after the other, each event timed; a JSON line per kind, dearest first.
  func printProfile(_ parameters: TerritoryParameters) throws {
    let plan = try TerritoryPlan(parameters: parameters)
    let seeder = StreamSeeder(masterSeed: seed)
    let kinds = TerritoryEvent.kindNames.count
    var counts = [Int](repeating: 0, count: kinds)
    var nanoseconds = [UInt64](repeating: 0, count: kinds)
    // The clock's own cost, read the same way (two reads per event).
    var probe: UInt64 = 0
    for _ in 0..<100_000 {
      let a = DispatchTime.now().uptimeNanoseconds
      probe &+= DispatchTime.now().uptimeNanoseconds &- a
    }
    let clock = Double(probe) / 100_000
    var pendingSum = 0
    var pendingMax = 0
    var pendingByKind = [Int](repeating: 0, count: kinds)
    var pendingSamples = 0
    let start = ContinuousClock.now
    for r in 0..<replications {
      var model = TerritorySimulation(plan: plan, seeder: seeder, replication: r)
      let (_, c, n, sum, most, byKind, samples) = model.runProfiled()
      pendingSum += sum
      pendingSamples += samples
      for k in 0..<kinds { pendingByKind[k] += byKind[k] }
      pendingMax = max(pendingMax, most)
      for k in 0..<kinds {
        counts[k] += c[k]
        nanoseconds[k] &+= n[k]
      }
    }
    let d = ContinuousClock.now - start
    let wall = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    let total = counts.reduce(0, +)
    let spent = nanoseconds.reduce(0) { $0 + Double($1) } - clock * Double(total)
    for k in (0..<kinds).sorted(by: { nanoseconds[$0] > nanoseconds[$1] }) where counts[k] > 0 {
      let own = Double(nanoseconds[k]) - clock * Double(counts[k])
      print(
        String(
          format:
            "{\"kind\": \"%@\", \"events_per_replication\": %.1f, \"ns_per_event\": %.0f, \"us_per_replication\": %.1f, \"share\": %.3f, "
            + "\"pending_mean\": %.1f}",
          TerritoryEvent.kindNames[k], Double(counts[k]) / Double(replications), own / Double(counts[k]),
          own / Double(replications) / 1000, own / spent, Double(pendingByKind[k]) / Double(max(1, pendingSamples))))
    }
    print(
      String(
        format: "{\"kind\": \"all\", \"events_per_replication\": %.1f, \"ns_per_event\": %.0f, \"ms_per_replication\": %.2f, "
          + "\"pending_mean\": %.1f, \"pending_max\": %d, \"clock_ns\": %.1f, \"wall_s\": %.3f, \"replications\": %d}",
        Double(total) / Double(replications), spent / Double(total), spent / Double(replications) / 1e6,
        Double(pendingSum) / Double(max(1, total)), pendingMax, clock, wall, replications))
  }
}
