public import TerritoryModel

/// Paired differences of each option against the baseline, replication by
/// replication, on common random numbers: replication r of every option saw
/// the same arrivals and the same personal draws, so the difference's
/// variance is Var(A) + Var(B) − 2 Cov(A, B), much smaller than for two
/// independent runs when the options are alike.
public struct ComparisonAggregator: Sendable {
  public let optionIDs: [String]
  /// Per option: figure key → statistics of (option − baseline).
  var differences: [[String: KPIStatistics]]
  /// Per option and objective: paired difference of the indicator "met" (−1, 0, 1).
  var metDifferences: [[KPIStatistics]]

  public init(optionIDs: [String], objectives: Int) {
    self.optionIDs = optionIDs
    differences = optionIDs.map { _ in [:] }
    metDifferences = optionIDs.map { _ in (0..<objectives).map { _ in KPIStatistics() } }
  }

  /// Adds replication r: `baseline` and one result per option, all of replication r.
  public mutating func add(baseline: ReplicationResult, options: [ReplicationResult]) {
    var base: [String: Double] = [:]
    for row in baseline.rows { base[row.key] = row.value }
    for (i, result) in options.enumerated() {
      for row in result.rows {
        guard let b = base[row.key] else { continue }
        differences[i][row.key, default: KPIStatistics()].add(row.value - b)
      }
      for (j, o) in result.objectives.enumerated() where j < baseline.objectives.count {
        metDifferences[i][j].add((o.met ? 1 : 0) - (baseline.objectives[j].met ? 1 : 0))
      }
    }
  }

  /// The paired difference of one figure for one option.
  public func difference(option: String, key: String) -> KPIStatistics? {
    optionIDs.firstIndex(of: option).flatMap { differences[$0][key] }
  }

  /// The paired difference in the probability of meeting objective `j`.
  public func probabilityDifference(option: String, objective j: Int) -> KPIStatistics? {
    optionIDs.firstIndex(of: option).map { metDifferences[$0][j] }
  }

  /// All figures of one option, sorted by key.
  public func differences(option: String) -> [(key: String, statistics: KPIStatistics)] {
    guard let i = optionIDs.firstIndex(of: option) else { return [] }
    return differences[i].keys.sorted().map { ($0, differences[i][$0]!) }
  }
}
