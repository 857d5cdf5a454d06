public import Stochastic
public import TerritoryModel

/// The fit's uncertainty on the typical profiles, drawn once per replication:
/// the fitted numbers' joint normal law (their standard errors and
/// correlation), each value kept in its fit range. Wave 2's numbers that
/// follow wave 1 take the same draw.
public struct NationalProfileLaw: Sendable {
  public let paths: [String]
  public let law: JointNormalLaw
  public let ranges: [ClosedRange<Double>]
  /// Wave-2 keys that follow wave 1.
  public let following: [String]

  public init?(fit: NationalFitRecord, following: [String]) {
    guard !fit.paths.isEmpty, fit.standardErrors.allSatisfy({ $0.isFinite && $0 > 0 }), fit.ranges.allSatisfy({ $0.count == 2 }),
      let law = try? JointNormalLaw(means: fit.values, sds: fit.standardErrors, correlation: fit.correlation)
    else { return nil }
    paths = fit.paths
    self.law = law
    ranges = fit.ranges.map { $0[0]...$0[1] }
    self.following = following
  }

  /// The parameters of replication `replication`: the fitted numbers drawn
  /// on their own stream (`national.profile`), so territories' draws are untouched.
  public func parameters(_ base: NationalParameters, replication: Int, seeder: StreamSeeder) -> NationalParameters {
    let stream = seeder.stream(replication: replication, name: "national.profile")
    let u = paths.map { _ in stream.uniform() }
    return NationalFitRecord.setting(paths, law.values(at: u, within: ranges), in: base, following: following)
  }
}
