public import TerritoryModel

/// What a run of N replications says, ready for the files and the report.
public struct RunSummary: Sendable {
  /// One figure across replications.
  public struct Figure: Sendable {
    public let kpi: String
    public let period: String
    public let dimension: String
    public let statistics: KPIStatistics
    /// The row key: `kpi[dimension]@period`.
    public var key: String { ResultKey(kpi: kpi, dimension: dimension, period: period).text }
  }

  /// One KPI's monthly series across replications.
  public struct Monthly: Sendable {
    public let kpi: String
    public let months: [KPIStatistics]
  }

  /// An objective across replications.
  public struct ObjectiveResult: Sendable {
    public let objective: Objective
    public let value: KPIStatistics
    public let met: Int
    public let replications: Int
    /// Days (from the start) on which it was met, over the replications that met it.
    public let dayMet: KPIStatistics
    public var probability: Double { replications > 0 ? Double(met) / Double(replications) : 0 }
    public var probabilityCI95: (low: Double, high: Double) { WilsonInterval.interval(successes: met, trials: replications) }
    public var shareNeverMet: Double { replications > 0 ? Double(replications - met) / Double(replications) : 0 }
  }

  public let scenarioName: String
  public let seed: UInt64
  public let replications: Int
  public let months: [String]
  /// Sorted by key.
  public let kpis: [Figure]
  /// Sorted by KPI.
  public let monthly: [Monthly]
  public let objectives: [ObjectiveResult]
  /// Events fired, summed over replications.
  public let events: UInt64
  /// Key → position in ``kpis``.
  let index: [String: Int]

  public init(
    scenarioName: String, seed: UInt64, replications: Int, months: [String], kpis: [Figure], monthly: [Monthly],
    objectives: [ObjectiveResult], events: UInt64
  ) {
    self.scenarioName = scenarioName
    self.seed = seed
    self.replications = replications
    self.months = months
    self.kpis = kpis
    self.monthly = monthly
    self.objectives = objectives
    self.events = events
    index = Dictionary(kpis.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The figure with this key (`kpi[dimension]@period`).
  /// - Complexity: O(1).
  public func kpi(_ key: String) -> Figure? { index[key].map { kpis[$0] } }

  /// The figure of `kpi` along `dimension` (`site=troyes`, or empty) for
  /// `period` (a year, or empty for the whole horizon).
  public func figure(_ kpi: KPI, dimension: String = "", period: String = "") -> Figure? {
    self.kpi(ResultKey(kpi: kpi.id, dimension: dimension, period: period).text)
  }

  /// The monthly series of `kpi`, if the run has one.
  public func monthly(_ kpi: KPI) -> Monthly? { monthly(key: kpi.id) }

  /// The monthly series named `key`: a KPI, or a split one (`pce.accompanied[site=troyes]`).
  public func monthly(key: String) -> Monthly? { monthly.first { $0.kpi == key } }
}
