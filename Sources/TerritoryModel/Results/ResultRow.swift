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

  /// The row's key: `kpi`, `kpi@period`, `kpi[dimension]` or `kpi[dimension]@period`.
  public var key: String {
    (dimension.isEmpty ? kpi : "\(kpi)[\(dimension)]") + (period.isEmpty ? "" : "@\(period)")
  }

  /// The KPI part of a key (`pce.accompanied[site=troyes]@2020` → `pce.accompanied`).
  public static func kpiOf(_ key: String) -> String {
    String(key.prefix { $0 != "[" && $0 != "@" })
  }

  public static func < (a: Self, b: Self) -> Bool { (a.kpi, a.dimension, a.period) < (b.kpi, b.dimension, b.period) }

  public var description: String { "\(key) = \(value)" }
}

/// A monthly series of one KPI.
public struct MonthlySeries: Hashable, Sendable {
  public let kpi: String
  /// One value per month of ``ReplicationResult/months``: the month's count,
  /// or the level at the month's end.
  public let values: [Double]

  public init(kpi: String, values: [Double]) {
    self.kpi = kpi
    self.values = values
  }
}

/// What an objective gave in one replication.
public struct ObjectiveOutcome: Hashable, Sendable {
  public let id: String
  /// The KPI's value for the objective's period.
  public let value: Double
  public let met: Bool
  /// Day index (from the start) at whose end the objective was first met, if it was.
  public let dayMet: Int?

  public init(id: String, value: Double, met: Bool, dayMet: Int?) {
    self.id = id
    self.value = value
    self.met = met
    self.dayMet = dayMet
  }
}

/// Everything one replication returns: flat rows, monthly series, objectives.
public struct ReplicationResult: Sendable {
  public let replication: Int
  public let rows: [ResultRow]
  public let months: [String]
  public let monthly: [MonthlySeries]
  public let objectives: [ObjectiveOutcome]
  public let events: UInt64

  public init(replication: Int, rows: [ResultRow], months: [String], monthly: [MonthlySeries], objectives: [ObjectiveOutcome], events: UInt64) {
    self.replication = replication
    self.rows = rows
    self.months = months
    self.monthly = monthly
    self.objectives = objectives
    self.events = events
  }

  /// The value of a row by its key (see ``ResultRow/key``).
  public func value(_ key: String) -> Double? { rows.first { $0.key == key }?.value }
}
