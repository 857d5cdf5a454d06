public import TerritoryModel

/// An observed series set against the simulated one: the months both cover,
/// and which observed months fall inside the simulated band (10–90 % of
/// replications). If the model fits, about 8 months in 10 should.
public struct ObservedComparison: Sendable {
  public let observed: ObservedSeries
  /// Indices into the run's months, with the observed value.
  public let points: [(index: Int, value: Double)]
  /// The months (`2020-03`) whose observed value is outside the band.
  public let outside: [String]

  public init?(_ observed: ObservedSeries, summary: RunSummary) {
    guard let simulated = summary.monthly(key: observed.key) else { return nil }
    self.observed = observed
    var points: [(Int, Double)] = []
    var outside: [String] = []
    for (i, month) in summary.months.enumerated() {
      guard let value = observed.values[month], i < simulated.months.count else { continue }
      points.append((i, value))
      let band = simulated.months[i].quantiles
      if !(value >= band.p10 && value <= band.p90) { outside.append(month) }
    }
    self.points = points
    self.outside = outside
  }

  /// Months compared.
  public var months: Int { points.count }
  /// Share of compared months inside the band.
  public var shareInside: Double { months > 0 ? Double(months - outside.count) / Double(months) : .nan }
}
