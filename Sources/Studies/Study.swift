import Foundation
public import ResultsExport
public import ScenarioFormat
import SimulationCore
import Stochastic
public import TerritoryModel

/// A set of replications of a scenario's variants — the baseline alone
/// (`tzsim run`) or the baseline and its staffing options (`tzsim compare`) —
/// as numbered work units: unit u is variant u mod V of replication u div V.
///
/// Every variant of replication r uses the same streams (common random
/// numbers): same arrivals, same personal draws.
public struct Study: Sendable {
  public struct Variant: Sendable {
    public let id: String
    public let name: String
    public let plan: TerritoryPlan
    public let yearlyCostEUR: Double
  }

  public let scenario: Scenario
  public let variants: [Variant]
  public let seed: UInt64
  public let replications: Int
  /// The uncertain assumptions the study draws in an outer design: the
  /// scenario's, with the command line's sizes, or nil when there are none or
  /// the run leaves them out (`--without-uncertainty`).
  public var uncertainty: ScenarioUncertainty?
  public var command: String { variants.count > 1 ? "compare" : "run" }

  /// - Parameter withOptions: include the scenario's staffing options (compare).
  public init(scenario: Scenario, file: String, withOptions: Bool, seed: UInt64, replications: Int) throws {
    self.scenario = scenario
    self.seed = seed
    self.replications = replications
    uncertainty = scenario.uncertainty
    var variants = [Variant(id: "baseline", name: "baseline", plan: try TerritoryPlan(parameters: scenario.parameters), yearlyCostEUR: 0)]
    if withOptions {
      for o in scenario.options {
        let p = try ScenarioDecoder.parameters(of: o, in: scenario, file: file)
        variants.append(Variant(id: o.id, name: o.name, plan: try TerritoryPlan(parameters: p), yearlyCostEUR: o.yearlyCostEUR))
      }
    }
    self.variants = variants
  }

  public var units: Int { replications * variants.count }

  /// Runs units `range` on `jobs` tasks; `consume` sees them in unit order.
  public func run(units range: Range<Int>, jobs: Int, consume: (Int, ReplicationResult) -> Void) async {
    let seeder = StreamSeeder(masterSeed: seed)
    let study = self
    await OrderedReplications.run(
      first: range.lowerBound, count: range.count, jobs: jobs, body: { u in study.evaluate(unit: u, seeder: seeder) }, consume: consume)
  }

  /// Unit `u`: variant u mod V on replication u div V.
  func evaluate(unit u: Int, seeder: StreamSeeder) -> ReplicationResult {
    var model = TerritorySimulation(plan: variants[u % variants.count].plan, seeder: seeder, replication: u / variants.count)
    return model.run()
  }

  /// The command (after `tzsim`) that writes this study's files again from
  /// the results folder's copy of the scenario: recorded in `summary.json`
  /// and the report. `--pdf` is left out: a PDF records when it was made, so
  /// it is not reproducible to the byte (`tzsim verify` skips it).
  public func reproducingArguments(language: ReportLanguage, frenchExcel: Bool, observed: Bool) -> [String] {
    [command, StudyWriter.scenarioCopy, "--seed", String(seed), "--replications", String(replications)]
      + uncertaintyArguments + ["--lang", language.rawValue] + (frenchExcel ? ["--excel-fr"] : [])
      + (observed ? ["--observed", StudyWriter.observedCopy] : [])
  }

  /// How the command line sets the outer design: its sizes, or that it is left
  /// out; nothing for a scenario without uncertain assumptions (whose
  /// command stays what it was before they existed).
  var uncertaintyArguments: [String] {
    guard scenario.uncertainty != nil else { return [] }
    guard let u = uncertainty else { return ["--without-uncertainty"] }
    return ["--outer-points", String(u.points), "--inner-replications", String(u.replications)]
  }

  /// The header of this study's partial files.
  package func partialHeader(shard: Shard, program: String) -> PartialFile.Header {
    PartialFile.Header(
      command: command, scenarioSHA: SHA256.hex(scenario.source), seed: seed, replications: replications,
      options: variants.dropFirst().map(\.id), shard: shard.index, shards: shard.count, program: program,
      scenarioBase64: Data(scenario.source).base64EncodedString(),
      outer: uncertainty.map { PartialFile.Header.Outer(points: $0.points, replications: $0.replications) })
  }
}
