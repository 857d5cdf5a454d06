public import TerritoryModel

/// What a national study keeps of its fit: enough to set the fitted values,
/// draw their law and report them, identically in every shard and in the merge.
public struct NationalFitRecord: Sendable, Equatable, Codable {
  public var paths: [String]
  public var ranges: [[Double]]
  public var values: [Double]
  public var standardErrors: [Double]
  public var correlation: [[Double]]
  public var pValue: Double
  public var moments: Int

  public init(outcome: Calibration.Outcome) {
    paths = outcome.fitted.map(\.key.path)
    ranges = outcome.fitted.map { [$0.key.range.lowerBound, $0.key.range.upperBound] }
    values = outcome.fitted.map(\.value)
    standardErrors = outcome.fitted.map(\.standardError)
    correlation = outcome.correlation
    pValue = outcome.pValue
    moments = outcome.moments
  }

  /// The parameters with the fitted values set, wave 2 following wave 1 where it writes nothing.
  public func applied(to base: NationalParameters, following: [String]) -> NationalParameters {
    Self.setting(paths, values, in: base, following: following)
  }

  /// `values` set at `paths` (`wave_1.hires_per_month`, …); a wave-1 key wave 2 follows is set for wave 2 too.
  public static func setting(
    _ paths: [String], _ values: [Double], in base: NationalParameters, following: [String]
  ) -> NationalParameters {
    var p = base
    for (path, value) in zip(paths, values) {
      p = p.setting(path, value)
      let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
      if parts.first == "wave_1", let key = parts.last, following.contains(key) { p = p.setting("wave_2.\(key)", value) }
    }
    return p
  }
}
