import ResultsExport
import SimulationCore
import Stochastic
public import TerritoryModel

/// Everything a run does, as one list of numbered units that shards slice:
/// the study's replications (``Study/units``), then the outer design's draws
/// (``UncertaintyStudy``), then the tornado's runs (``TornadoStudy``). Each
/// unit is reproducible alone (its streams come from the seed and its
/// number), and the merge folds them in order, so sharded runs give the bytes
/// of the whole run.
///
/// ```swift
/// let work = try StudyWork(study: study)
/// await work.run(units: Shard(index: 2, count: 3).slice(of: work.units), jobs: 2) { u, unit in … }
/// ```
public struct StudyWork: Sendable {
  /// A unit's result.
  public enum Unit: Sendable {
    case replication(ReplicationResult)
    case draw(DrawOutcome)
    case tornado([Double])
  }

  public let study: Study
  /// The outer design, when the study draws uncertain assumptions.
  public let outer: UncertaintyStudy?
  /// The tornado, when the study draws uncertain assumptions and its ends make valid scenarios.
  public let tornado: TornadoStudy?

  public init(study: Study) throws {
    self.study = study
    outer = study.uncertainty == nil ? nil : try UncertaintyStudy(study: study)
    tornado = outer.flatMap { try? TornadoStudy(outer: $0) }
  }

  public var draws: Int { outer?.draws ?? 0 }
  public var units: Int { study.units + draws + (tornado?.units ?? 0) }

  /// Where a unit is: a study unit, a draw of the outer design, or a tornado run, with its number there.
  public enum Place: Equatable, Sendable {
    case replication(Int)
    case draw(Int)
    case tornado(Int)
  }

  /// Where unit `u` is. - Precondition: `0 ≤ u < units`.
  public func locate(_ u: Int) -> Place {
    precondition((0..<units).contains(u), "unit \(u) of \(units)")
    if u < study.units { return .replication(u) }
    if u < study.units + draws { return .draw(u - study.units) }
    return .tornado(u - study.units - draws)
  }

  /// Runs units `range` on `jobs` tasks; `consume` sees them in order.
  public func run(units range: Range<Int>, jobs: Int, consume: (Int, Unit) -> Void) async {
    let seeder = StreamSeeder(masterSeed: study.seed)
    let work = self
    await OrderedReplications.run(
      first: range.lowerBound, count: range.count, jobs: jobs,
      body: { u -> Unit in
        // `locate` gives a draw or a tornado run only when the outer design (and its tornado) exist.
        switch work.locate(u) {
        case .replication(let i): return .replication(work.study.evaluate(unit: i, seeder: seeder))
        case .draw(let d): return .draw(work.outer!.evaluate(draw: d, seeder: seeder))
        case .tornado(let t): return .tornado(work.tornado!.evaluate(unit: t, seeder: seeder))
        }
      }, consume: consume)
  }
}
