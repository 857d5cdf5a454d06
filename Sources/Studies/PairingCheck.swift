import ResultsExport
import SimulationCore
import Stochastic
import TerritoryModel

/// Measures what common random numbers buy: for one figure, the 95 %
/// half-width of the paired difference (option − baseline on the same
/// replications) against the half-width of the difference of two independent
/// runs (the option on streams of another master seed), for the same N.
public enum PairingCheck {
  public struct Result: Sendable {
    public let option: String
    public let pairedHalfWidth: Double
    public let independentHalfWidth: Double
    /// How many times narrower the paired interval is.
    public var factor: Double { independentHalfWidth / pairedHalfWidth }
    /// Replications independent runs would need for the paired width: N × factor².
    public var replicationsSaved: Double { factor * factor }
  }

  /// Runs the study on common random numbers, then measures.
  public static func measure(study: Study, key: String, jobs: Int) async -> [Result] {
    var fold = StudyFold(study: study, flavour: .standard)
    await study.run(units: 0..<study.units, jobs: jobs) { u, result in _ = fold.add(unit: u, result) }
    return await measure(study: study, fold: fold, key: key, jobs: jobs)
  }

  /// Measures from a study already run (`fold` holds the baseline and the
  /// paired differences): only the options on independent streams are run.
  public static func measure(study: Study, fold: StudyFold, key: String, jobs: Int) async -> [Result] {
    let n = study.replications
    let independent = StreamSeeder(masterSeed: study.seed ^ 0x9E37_79B9_7F4A_7C15)
    let base = fold.aggregators[0].statistics(key) ?? KPIStatistics()
    let t = StudentT.quantile(0.975, degreesOfFreedom: Double(max(1, n - 1)))
    var results: [Result] = []
    for variant in study.variants.dropFirst() {
      let plan = variant.plan
      var other = KPIStatistics()
      await OrderedReplications.run(
        count: n, jobs: jobs,
        body: { r in
          var model = TerritorySimulation(plan: plan, seeder: independent, replication: r)
          return model.run().value(key) ?? .nan
        }
      ) { _, v in other.add(v) }
      let paired = fold.comparison.difference(option: variant.id, key: key) ?? KPIStatistics()
      let unpaired = t * (base.sd * base.sd / Double(n) + other.sd * other.sd / Double(n)).squareRoot()
      results.append(Result(option: variant.id, pairedHalfWidth: paired.halfWidth95, independentHalfWidth: unpaired))
    }
    return results
  }
}
