import ArgumentParser
import Foundation
import ScenarioFormat
import SimulationCore
import Stochastic
import TerritoryModel

#if canImport(Glibc)
  import Glibc
#endif

/// `tzsim bench overload`: a scenario with one site's walk-ins multiplied
/// (1, 10, 100× by default), to check that a queue growing without bound
/// costs no more per event: one JSON line per factor.
struct OverloadBenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "overload",
    abstract: "Events per second with one site's walk-ins multiplied (demand above capacity).",
    discussion: "Example:\n  tzsim bench overload --site troyes --factors 1,10,100 --replications 20")

  @Argument(help: "The scenario file (default: the embedded Troyes 2020 scenario).")
  var scenario: String?

  @Option(help: "The site whose walk-ins are multiplied.")
  var site: String = "troyes"

  @Option(help: "Comma-separated factors.")
  var factors: String = "1,10,100"

  @Option(help: "Replications per factor.")
  var replications: Int = 20

  @Option(help: "Master seed.")
  var seed: UInt64 = 2020

  func validate() throws {
    guard (1...100_000).contains(replications) else { throw ValidationError("--replications must be between 1 and 100000") }
    guard !parsedFactors.isEmpty, parsedFactors.allSatisfy({ $0 > 0 && $0 <= 10_000 }) else {
      throw ValidationError("--factors must be numbers in (0, 10000], e.g. 1,10,100")
    }
  }

  var parsedFactors: [Double] { factors.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) } }

  func run() async throws {
    try await reporting {
      let (s, _) = try ScenarioSource.load(scenario)
      guard let i = s.parameters.sites.firstIndex(where: { $0.id == site }) else {
        let ids = s.parameters.sites.map(\.id)
        throw Failure.usage(
          "error: no site `\(site)`",
          hint: Spelling.nearest(to: site, among: ids).map { "did you mean `\($0)`?" } ?? "sites: \(ids.joined(separator: ", "))")
      }
      for factor in parsedFactors {
        var p = s.parameters
        p.sites[i].walkInsPerWeek *= factor
        let plan: TerritoryPlan
        do { plan = try TerritoryPlan(parameters: p) } catch { throw Failure.usage("error: \(error)", hint: nil) }
        let seeder = StreamSeeder(masterSeed: seed)
        var events: UInt64 = 0
        let start = ContinuousClock.now
        for r in 0..<replications {
          var model = TerritorySimulation(plan: plan, seeder: seeder, replication: r)
          events &+= model.run().events
        }
        let d = ContinuousClock.now - start
        let wall = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        print(
          String(
            format:
              "{\"tool\": \"TZSim overload\", \"scenario\": \"%@\", \"site\": \"%@\", \"factor\": %g, \"%@\": %g, \"replications\": %d, "
              + "\"wall_s\": %.3f, \"events\": %llu, \"events_per_s\": %.0f, \"peak_rss_mb\": %.1f}",
            s.name, site, factor, ParameterKey.walkInsPerWeek.name, p.sites[i].walkInsPerWeek, replications, wall, events,
            Double(events) / wall,
            Double(usage.ru_maxrss) / 1024))
      }
    }
  }
}
