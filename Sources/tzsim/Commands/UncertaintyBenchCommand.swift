import ArgumentParser
import Foundation
import ResultsExport
import ScenarioFormat
import Studies
import TerritoryModel

/// `tzsim bench uncertainty`: how long the outer design of the Troyes 2020
/// scenario's uncertain assumptions takes (its 10 laws: draws, inner
/// replications, the tornado), and how precise its indices are at that size:
/// the widest 95 % interval of a total index that matters (above 5 %).
struct UncertaintyBenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "uncertainty",
    abstract: "Seconds for the Troyes 2020 scenario's outer design (10 uncertain keys) and the precision of its indices.",
    discussion: "Example:\n  tzsim bench uncertainty --points 32 --jobs 2")

  @Option(help: "Base points of the design (default: the scenario's 32).")
  var points: Int?

  @Option(help: "Inner replications per draw (default: the scenario's 10).")
  var innerReplications: Int?

  @Option(help: "Parallel jobs: this machine's number of cores unless given.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func run() async throws {
    try await reporting {
      let scenario = try ScenarioDecoder.decode(bytes: EmbeddedScenarios.troyes2020, file: "troyes-2020.yaml")
      let study = try Study(scenario: scenario, file: "troyes-2020.yaml", withOptions: false, seed: scenario.seed, replications: 200)
        .resizingUncertainty(points: points, replications: innerReplications)
      let outer = try UncertaintyStudy(study: study)
      let start = DispatchTime.now().uptimeNanoseconds
      let (u, outcomes) = await outer.summary(jobs: jobs)
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      let events = outcomes.reduce(UInt64(0)) { $0 + $1.events }
      let rows = u.sensitivities.map { s -> String in
        let wide = s.indices.filter { $0.total > 0.05 }.map { ($0.totalHigh - $0.totalLow) / 2 }.max() ?? 0
        let top = s.ranking.first.map { u.inputs[$0].path } ?? ""
        return
          "{\"output\": \"\(s.output)\", \"top\": \"\(top)\", \"top_total\": \(String(format: "%.3f", s.ranking.first.map { s.indices[$0].total } ?? 0)), \"widest_total_half_width\": \(String(format: "%.3f", wide))}"
      }
      let verdicts = u.verdicts.map {
        "{\"objective\": \"\($0.objectiveID)\", \"probability\": \(String(format: "%.3f", $0.probability)), \"se\": \(String(format: "%.3f", $0.standardError))}"
      }
      print(
        "{\"bench\": \"uncertainty\", \"scenario\": \"troyes-2020\", \"keys\": \(u.inputs.count), \"points\": \(u.points), \"draws\": \(u.draws), \"inner_replications\": \(u.replications), \"tornado_replications\": \(u.tornado?.replications ?? 0), \"jobs\": \(jobs), \"seconds\": \(String(format: "%.2f", seconds)), \"draw_events\": \(events), \"verdicts\": [\(verdicts.joined(separator: ", "))], \"indices\": [\(rows.joined(separator: ", "))]}"
      )
    }
  }
}
