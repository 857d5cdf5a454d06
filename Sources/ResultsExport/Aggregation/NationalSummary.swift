public import TerritoryModel

/// What a national study's replications say, month by month, year by year
/// and territory by territory (see ``NationalAggregator``).
public struct NationalSummary: Sendable {
  public var parameters: NationalParameters
  public var territories: [NationalTerritoryPlan]
  public var replications: Int
  public var months: [YearMonth]
  /// `series[s][m]`: the band of ``NationalSeries`` `s` in month `m`.
  public var series: [[NationalBand]]
  public var years: [NationalYear]
  /// Mean headcount of each territory at the end of each month.
  public var territoryHeadcount: [[Double]]
  /// Mean hires refused to each territory over the horizon.
  public var territoryRefused: [Double]
  /// Ramps of wave 1, of wave 2 and of each detailed territory.
  public var ramps: [NationalRamp]
  public var objectives: [NationalObjectiveOutcome]
  /// The bands of the territory figures the aggregator was asked to follow, in its order.
  public var watched: [NationalBand]

  /// The band of a series in `month` (nil outside the horizon).
  public func band(_ s: NationalSeries, at month: YearMonth) -> NationalBand? {
    let i = parameters.start.months(to: month)
    return months.indices.contains(i) ? series[s.rawValue][i] : nil
  }

  public func year(_ y: Int) -> NationalYear? { years.first { $0.year == y } }
}
