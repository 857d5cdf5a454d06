public import SimulationCore
import Stochastic

/// Across replications, for one figure: mean, standard deviation, 95 %
/// confidence interval of the mean (Student t from GSL), and p10 / p50 / p90.
///
/// Quantiles are exact (type 7: linear interpolation between order statistics)
/// up to ``exactLimit`` replications, whose values are kept (8 bytes each);
/// beyond, the P² streaming estimates, fed in replication order from the
/// first value, take over in constant memory, and the files say so.
public struct KPIStatistics: Sendable {
  /// Replications up to which quantiles are exact.
  public static let exactLimit = 10_000

  public private(set) var tally = Tally()
  var values: [Double] = []
  var p10 = P2Quantile(0.1)
  var p50 = P2Quantile(0.5)
  var p90 = P2Quantile(0.9)

  /// Whether the figure is a 0/1 flag (reached or not): its interval is then
  /// Wilson's for a proportion, which stays inside [0, 1] and is right at 0 and 1.
  public let isFlag: Bool

  public init(isFlag: Bool = false) { self.isFlag = isFlag }

  /// The P² estimates are fed only once they are needed: when the count
  /// passes ``exactLimit``, every kept value first, in order, then each new
  /// one — the same sequence as feeding them from the start, so the same
  /// estimates, without their cost below the limit (3 % of a 200-replication
  /// Troyes run went to P² estimates nothing read).
  public mutating func add(_ x: Double) {
    settledQuantiles = nil
    tally.record(x)
    if tally.count <= Self.exactLimit {
      values.append(x)
      return
    }
    if !values.isEmpty {
      for v in values { addToEstimates(v) }
      values = []
    }
    addToEstimates(x)
  }

  mutating func addToEstimates(_ x: Double) {
    p10.add(x)
    p50.add(x)
    p90.add(x)
  }

  /// Whether ``quantiles`` are exact sample quantiles (not P² estimates).
  public var quantilesAreExact: Bool { count <= Self.exactLimit }

  public var count: Int { tally.count }
  public var mean: Double { tally.mean }
  public var sd: Double { tally.standardDeviation }

  /// Half-width of the 95 % confidence interval of the mean: t(0.975, n−1) · s/√n;
  /// NaN for one replication, which has no interval.
  public var halfWidth95: Double {
    count > 1 ? StudentT.quantile(0.975, degreesOfFreedom: Double(count - 1)) * tally.standardError : .nan
  }

  /// Whether there is a confidence interval of the mean (two replications or more).
  public var hasInterval: Bool { isFlag ? count > 0 : count > 1 }

  public var ci95: (low: Double, high: Double) {
    if isFlag && count > 0 {
      return WilsonInterval.interval(successes: Int((mean * Double(count)).rounded()), trials: count)
    }
    return (mean - halfWidth95, mean + halfWidth95)
  }

  public var quantiles: (p10: Double, p50: Double, p90: Double) { settledQuantiles ?? computedQuantiles }

  /// The quantiles once computed by ``settled()``: every file and chart that
  /// shows a summary's quantiles reads them here instead of sorting the values again.
  var settledQuantiles: (p10: Double, p50: Double, p90: Double)?

  /// A copy whose quantiles are computed once (a summary's statistics, which
  /// several files and the report show).
  public func settled() -> KPIStatistics {
    var s = self
    s.settledQuantiles = computedQuantiles
    return s
  }

  var computedQuantiles: (p10: Double, p50: Double, p90: Double) {
    guard quantilesAreExact, !values.isEmpty else { return (p10.value, p50.value, p90.value) }
    let sorted = values.sorted()
    func q(_ p: Double) -> Double {
      let h = Double(sorted.count - 1) * p
      let lo = Int(h.rounded(.down))
      let hi = Swift.min(lo + 1, sorted.count - 1)
      return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }
    return (q(0.1), q(0.5), q(0.9))
  }
}
