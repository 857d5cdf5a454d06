/// Monthly values of a KPI observed on the ground (persons received per
/// month, workshop attendance…), with where they come from: set beside the
/// simulated series to see whether the model fits what happened.
public struct ObservedSeries: Hashable, Sendable {
  public let kpi: KPI
  /// Empty for the whole territory, or `site=<id>` for persons accompanied at one place
  /// (the split series simulated month by month).
  public let dimension: String
  public let source: String
  /// Month (`2020-03`) → value.
  public let values: [String: Double]

  public init(kpi: KPI, dimension: String = "", source: String, values: [String: Double]) {
    self.kpi = kpi
    self.dimension = dimension
    self.source = source
    self.values = values
  }

  /// The monthly series it is compared with: `pce.accompanied` or `pce.accompanied[site=troyes]`.
  public var key: String { dimension.isEmpty ? kpi.id : "\(kpi.id)[\(dimension)]" }
}
