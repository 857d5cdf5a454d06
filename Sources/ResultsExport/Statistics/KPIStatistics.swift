public import SimulationCore
public import Stochastic

/// Across replications, for one figure: mean, standard deviation, 95 %
/// confidence interval of the mean (Student t from GSL), and p10 / p50 / p90,
/// in constant memory.
public struct KPIStatistics: Sendable {
  public private(set) var tally = Tally()
  var p10 = P2Quantile(0.1)
  var p50 = P2Quantile(0.5)
  var p90 = P2Quantile(0.9)

  public init() {}

  public mutating func add(_ x: Double) {
    tally.record(x)
    p10.add(x)
    p50.add(x)
    p90.add(x)
  }

  public var count: Int { tally.count }
  public var mean: Double { tally.mean }
  public var sd: Double { tally.standardDeviation }

  /// Half-width of the 95 % confidence interval of the mean: t(0.975, n−1) · s/√n; 0 for one replication.
  public var halfWidth95: Double {
    count > 1 ? StudentT.quantile(0.975, degreesOfFreedom: Double(count - 1)) * tally.standardError : 0
  }

  public var ci95: (low: Double, high: Double) { (mean - halfWidth95, mean + halfWidth95) }
  public var quantiles: (p10: Double, p50: Double, p90: Double) { (p10.value, p50.value, p90.value) }
}
