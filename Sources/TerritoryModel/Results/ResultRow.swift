/// One figure of one replication: a KPI, for a period, along a dimension.
///
/// - `period` is a year (`"2020"`) or `""` for the whole horizon (the bare
///   identifier: totals for counts, the value at the end for levels).
/// - `dimension` is `""` for the whole territory or `name=value`
///   (`site=troyes`, `source=walk_in`, `reason=employment`, `type=digital`).
public struct ResultRow: Hashable, Sendable, Comparable, CustomStringConvertible {
  public let kpi: String
  public let period: String
  public let dimension: String
  public let value: Double

  public init(kpi: String, period: String, dimension: String, value: Double) {
    self.kpi = kpi
    self.period = period
    self.dimension = dimension
    self.value = value
  }

  /// What the figure is (``ResultKey``).
  public var resultKey: ResultKey { ResultKey(kpi: kpi, dimension: dimension, period: period) }

  /// The row's key as written: `kpi`, `kpi@period`, `kpi[dimension]` or `kpi[dimension]@period`.
  public var key: String { resultKey.text }

  /// The KPI part of a key (`pce.accompanied[site=troyes]@2020` → `pce.accompanied`).
  public static func kpiOf(_ key: String) -> String { ResultKey(parsing: key).kpi }

  public static func < (a: Self, b: Self) -> Bool { (a.kpi, a.dimension, a.period) < (b.kpi, b.dimension, b.period) }

  public var description: String { "\(key) = \(value)" }
}
