import ArgumentParser
import Foundation
import ResultsExport
import ScenarioFormat
import SimulationCore
import Studies

/// `tzsim plan`: the cheapest value of one key that meets an objective with a given probability.
struct PlanCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Find the cheapest value of one scenario key that meets an objective with a given probability.",
    discussion: """
      The candidates from --range are assumed to cost more as they grow and to make
      the objective no less likely. Bisection over them; each candidate runs batches
      of replications until a Wilson interval of its probability is clearly above or
      below the target (its level keeps a wrong answer under 0.5 % a side over all the
      looks), or --max-replications are spent (then the estimate decides and the
      answer is marked uncertain). See docs/staffing.md.

      Example:
        tzsim plan Scenarios/troyes-2020-staffing.yaml --objective accompanied-2020 \\
          --probability 0.9 --vary "sites[troyes].advisors" --range 1...6
      """)

  @Argument(help: "The scenario file.")
  var scenario: String

  @Option(help: "The objective's id.")
  var objective: String

  @Option(help: "Probability to reach, in (0, 1).")
  var probability: Double = 0.9

  @Option(help: "Key path to vary, e.g. sites[troyes].advisors.")
  var vary: String

  @Option(help: "Candidate values A...B.")
  var range: String

  @Option(help: "Step between candidates.")
  var step: Double = 1

  @Option(help: "Cost of one unit of the varied key per year, € (for the answer's cost).")
  var costPerUnit: Double?

  @Option(help: "Replications per batch.")
  var batch: Int = 50

  @Option(help: "Replications per candidate at most.")
  var maxReplications: Int = 2000

  @Option(parsing: .unconditional, help: "Master seed (default: the scenario's).", transform: SeedArgument.parse)
  var seed: UInt64?

  @Option(help: "Parallel jobs: this machine's number of cores unless given.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "Output folder for plan.csv and plan.md (default: out/<scenario name>-plan).")
  var output: String?

  @Flag(help: "Write plan.csv for a French spreadsheet (';', decimal comma, UTF-8 BOM).")
  var excelFr = false

  @Option(help: "Language of plan.md: fr or en.")
  var lang: ReportLanguage = .fr

  @Flag(
    help:
      "Draw the scenario's uncertain assumptions anew at each replication (its `uncertainty` section): the probability is then the chance of meeting the objective when the assumptions are uncertain, not only if they hold."
  )
  var underUncertainty = false

  func parsedRange() throws -> ClosedRange<Double> {
    let p = range.components(separatedBy: "...")
    guard p.count == 2, let a = Double(p[0]), let b = Double(p[1]), a.isFinite, b.isFinite, a <= b else {
      throw ValidationError("--range expects A...B with A <= B, got `\(range)`")
    }
    return a...b
  }

  func validate() throws {
    guard probability > 0 && probability < 1 else { throw ValidationError("--probability must be in (0, 1), got \(probability)") }
    guard step > 0 && step.isFinite else { throw ValidationError("--step must be > 0") }
    let r = try parsedRange()
    guard (r.upperBound - r.lowerBound) / step <= 1000 else { throw ValidationError("--range and --step give more than 1000 candidates") }
    let most = Int(Scenario.replicationsRange.upper)
    guard (1...10_000).contains(batch), (batch...most).contains(maxReplications) else {
      throw ValidationError("--batch must be 1–10000 and --max-replications between --batch and \(most)")
    }
    guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256, got \(jobs)") }
  }

  func run() async throws {
    try await reporting {
      let (s, file) = try ScenarioSource.load(scenario)
      let seek: GoalSeek
      do {
        seek = try GoalSeek(
          scenario: s, file: file, objective: objective, probability: probability, path: vary, range: try parsedRange(),
          step: step, seed: seed ?? s.seed, batch: batch, maxReplications: maxReplications, underUncertainty: underUncertainty)
      } catch let e as ScenarioErrors {
        throw Failure.scenario(e)
      }
      if let u = seek.uncertainty {
        print(
          "under uncertainty: each replication draws the \(u.inputs.count) uncertain key\(u.inputs.count > 1 ? "s" : "") anew; the probability counts the assumptions' uncertainty."
        )
      } else if s.uncertainty != nil {
        print("the scenario's uncertain assumptions are taken as exact (--under-uncertainty draws them).")
      }
      print("candidate  replications  met  probability  99 % interval    decision")
      let (answer, evaluations) = try await seek.run(jobs: jobs) { e in
        let (lo, hi) = e.interval99
        let v = e.value.shortestText
        print(
          String(repeating: " ", count: max(0, 9 - v.count)) + v
            + String(format: "  %12d  %4d  %11.3f  %6.3f–%-6.3f   ", e.replications, e.met, e.probability, lo, hi) + e.decision.rawValue)
      }
      let used = evaluations.reduce(0) { $0 + $1.replications }
      let files = GoalSeekReport(seek: seek, evaluations: evaluations, answer: answer, costPerUnit: costPerUnit)
      let out = try OutputDirectory(path: try output ?? OutputDirectory.defaultPath(scenarioName: s.name, suffix: "-plan"))
      do {
        try files.write(into: out, flavour: excelFr ? .frenchExcel : .standard, language: lang)
        try out.commit()
      } catch {
        out.discard()
        throw error
      }
      if let answer {
        let uncertain = evaluations.first { $0.value == answer }?.decision == .uncertainMeets
        var line =
          "answer: \(vary) = \(answer.shortestText) meets `\(objective)` with probability ≥ \(probability)"
          + (uncertain ? " (uncertain: the replication budget was spent)" : "")
        if let c = costPerUnit { line += String(format: "; cost %.0f € per year", c * answer) }
        print(line + "; \(used) replications in all.")
        print("files: \(out.destination.path)/plan.csv, plan.md, scenario.yaml")
      } else {
        print(
          "answer: none: even \(vary) = \((seek.candidates.last ?? 0).shortestText) does not meet `\(objective)` with probability \(probability); \(used) replications in all."
        )
        print("files: \(out.destination.path)/plan.csv, plan.md, scenario.yaml")
      }
    }
  }

}
