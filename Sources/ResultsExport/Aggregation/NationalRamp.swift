/// Headcounts by months since the EBE opened, across territories and replications.
public struct NationalRamp: Sendable {
  public var label: String
  /// `bands[k]`: the headcount `k` months after the opening month.
  public var bands: [NationalBand]
  /// Territories whose ramps are counted.
  public var territories: Int
}
