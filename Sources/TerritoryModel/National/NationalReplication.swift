/// What one replication of a national study records.
public struct NationalReplication: Sendable {
  /// `series[s][m]`: national series `s` (``NationalSeries``) in month `m`.
  public var series: [[Double]]
  /// `headcount[t * months + m]`: employees of territory `t` at the end of month `m`.
  public var headcount: [Int32]
  /// `hires[t * months + m]`: hires of territory `t` since the start, at the end of month `m`.
  public var hires: [Int32]
  /// Hires refused by the fund to each territory over the whole horizon.
  public var refusedByTerritory: [Int32]
  /// Each territory's opening month (index; `Int32.max` if it never opens in the horizon).
  public var opening: [Int32]
}
