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

  public init?(outcome: Calibration.Outcome, following: [String]) {
    let sds = outcome.fitted.map(\.standardError)
    guard !outcome.fitted.isEmpty, sds.allSatisfy({ $0.isFinite && $0 > 0 }),
      let law = try? JointNormalLaw(means: outcome.fitted.map(\.value), sds: sds, correlation: outcome.correlation)
    else { return nil }
    paths = outcome.fitted.map(\.key.path)
    self.law = law
    ranges = outcome.fitted.map(\.key.range)
    self.following = following
  }

  /// The parameters of replication `replication`: the fitted numbers drawn
  /// on their own stream (`national.profile`), so territories' draws are untouched.
  public func parameters(_ base: NationalParameters, replication: Int, seeder: StreamSeeder) -> NationalParameters {
    let stream = seeder.stream(replication: replication, name: "national.profile")
    let u = paths.map { _ in stream.uniform() }
    var p = base
    for (path, value) in zip(paths, law.values(at: u, within: ranges)) {
      p = p.setting(path, value)
      let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
      if parts.first == "wave_1", let key = parts.last, following.contains(key) { p = p.setting("wave_2.\(key)", value) }
    }
    return p
  }
}
