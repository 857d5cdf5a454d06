import TerritoryModel

/// The state of a ``NationalAggregator``: whole numbers only (counts, sums
/// of rounded values, histograms), merged by addition.
public struct NationalTally: Sendable, Equatable, Codable {
  public internal(set) var replications = 0
  var series: [[QuantizedBand]]
  var yearSpend: [QuantizedBand]
  var yearFTE: [QuantizedBand]
  /// Euros (rounded per replication).
  var yearState: [Int64]
  var yearDepartement: [Int64]
  var yearGrants: [Int64]
  var yearSufficed: [Int]
  var yearRefused: [Int64]
  var headcountSums: [Int64]
  var refusedSums: [Int64]
  var ramps: [[QuantizedBand]]
  var objectiveMet: [Int]
  var watched: [QuantizedBand]

  /// The step of each national series: persons and EBEs by one, FTE by a
  /// hundredth, euros by one for the mean and by a thousand for the band.
  static func band(for s: NationalSeries) -> QuantizedBand {
    switch s {
    case .fte: QuantizedBand(meanStep: 0.01, bandStep: 0.01)
    case .stateCDE, .departementCDE, .startupGrants: QuantizedBand(meanStep: 1, bandStep: 1000)
    default: QuantizedBand()
    }
  }

  init(months: Int, years: Int, territories: Int, ramps: Int, objectives: Int, watched: Int) {
    series = NationalSeries.allCases.map { s in [QuantizedBand](repeating: Self.band(for: s), count: months) }
    yearSpend = [QuantizedBand](repeating: QuantizedBand(meanStep: 1, bandStep: 1000), count: years)
    yearFTE = [QuantizedBand](repeating: QuantizedBand(meanStep: 0.01, bandStep: 0.01), count: years)
    yearState = [Int64](repeating: 0, count: years)
    yearDepartement = yearState
    yearGrants = yearState
    yearSufficed = [Int](repeating: 0, count: years)
    yearRefused = yearState
    headcountSums = [Int64](repeating: 0, count: territories * months)
    refusedSums = [Int64](repeating: 0, count: territories)
    self.ramps = [[QuantizedBand]](
      repeating: [QuantizedBand](repeating: QuantizedBand(), count: NationalAggregator.rampMonths + 1), count: ramps)
    objectiveMet = [Int](repeating: 0, count: objectives)
    self.watched = [QuantizedBand](repeating: QuantizedBand(), count: watched)
  }

  /// Whether `other` has the same shape (the same study).
  public func fits(_ other: NationalTally) -> Bool {
    let years = yearSpend.count
    let others =
      [other.yearFTE.count, other.yearState.count, other.yearDepartement.count, other.yearGrants.count]
      + [other.yearSufficed.count, other.yearRefused.count, other.yearSpend.count]
    return series.map(\.count) == other.series.map(\.count) && others.allSatisfy { $0 == years }
      && [yearFTE.count, yearState.count, yearDepartement.count, yearGrants.count, yearSufficed.count, yearRefused.count].allSatisfy {
        $0 == years
      }
      && headcountSums.count == other.headcountSums.count && refusedSums.count == other.refusedSums.count
      && ramps.map(\.count) == other.ramps.map(\.count) && objectiveMet.count == other.objectiveMet.count
      && watched.count == other.watched.count
  }

  /// Adds another part of the same study's replications.
  public mutating func merge(_ o: NationalTally) {
    replications += o.replications
    for s in series.indices { for m in series[s].indices { series[s][m].merge(o.series[s][m]) } }
    for y in yearSpend.indices {
      yearSpend[y].merge(o.yearSpend[y])
      yearFTE[y].merge(o.yearFTE[y])
      yearState[y] += o.yearState[y]
      yearDepartement[y] += o.yearDepartement[y]
      yearGrants[y] += o.yearGrants[y]
      yearSufficed[y] += o.yearSufficed[y]
      yearRefused[y] += o.yearRefused[y]
    }
    for i in headcountSums.indices { headcountSums[i] += o.headcountSums[i] }
    for i in refusedSums.indices { refusedSums[i] += o.refusedSums[i] }
    for g in ramps.indices { for k in ramps[g].indices { ramps[g][k].merge(o.ramps[g][k]) } }
    for i in objectiveMet.indices { objectiveMet[i] += o.objectiveMet[i] }
    for i in watched.indices { watched[i].merge(o.watched[i]) }
  }
}
