import ArgumentParser
import Foundation
import ScenarioFormat
import Studies
import TerritoryModel

/// `tzsim bench national`: the national study's replications at scale, timed.
struct NationalBenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "national",
    abstract: "Run a national study's replications (no fit) and print one JSON line (time, territory-months/s, peak memory).",
    discussion: """
      The study's calendar is extended by one step so that --territories are habilitated by
      its last date, and its horizon cut to --years from its start.

      Example:
        tzsim bench national Scenarios/tzcld-national.yaml --territories 100 --replications 1000 --years 10 --jobs 2
      """)

  @Argument(help: "The national study file.")
  var study: String = "Scenarios/tzcld-national.yaml"

  @Option(help: "Territories (at least the study's own).")
  var territories: Int = 100

  @Option(help: "Replications.")
  var replications: Int = 1000

  @Option(help: "Years simulated from the study's start.")
  var years: Int = 10

  @Option(help: "Parallel jobs.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    guard (1...1_000_000).contains(replications) else { throw ValidationError("--replications must be between 1 and 1000000") }
    guard (1...10_000).contains(territories) else { throw ValidationError("--territories must be between 1 and 10000") }
    guard (1...40).contains(years) else { throw ValidationError("--years must be between 1 and 40") }
    guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256") }
  }

  func run() async throws {
    try await reporting {
      guard let data = FileManager.default.contents(atPath: study) else {
        throw Failure.usage("\(study): error: no such file", hint: "give a national study (tzsim_national: 1)")
      }
      var national = try NationalRunner.load(study, bytes: [UInt8](data))
      var p = national.parameters
      p.end = p.start.adding(months: 12 * years - 1)
      let last = p.calendar.map(\.date).max() ?? p.start
      if territories > (p.calendar.map(\.territories).max() ?? 0) {
        p.calendar.append(HabilitationStep(date: min(last, p.end), territories: territories, source: "bench"))
      }
      national.parameters = p
      let count = p.territories.count
      let bench = NationalStudy(scenario: national, file: study)
      let start = ContinuousClock.now
      let aggregator = await bench.run(p, replications: replications, jobs: jobs)
      let d = ContinuousClock.now - start
      let wall = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
      var usage = rusage()
      getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
      let tally = try JSONEncoder().encode(aggregator.tally).count
      let cells = Double(count) * Double(p.monthCount) * Double(replications)
      print(
        String(
          format: "{\"tool\": \"TZSim national\", \"territories\": %d, \"months\": %d, \"replications\": %d, \"jobs\": %d, "
            + "\"wall_s\": %.3f, \"territory_months_per_s\": %.0f, \"peak_rss_mib\": %.1f, \"tally_kib\": %.1f, \"mean_headcount_end\": %.1f}",
          count, p.monthCount, replications, jobs, wall, cells / wall, Double(usage.ru_maxrss) / 1024, Double(tally) / 1024,
          aggregator.summary().series[NationalSeries.headcount.rawValue].last?.mean ?? .nan))
    }
  }
}
