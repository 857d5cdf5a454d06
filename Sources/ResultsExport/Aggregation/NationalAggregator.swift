public import TerritoryModel

/// Folds a national study's replications, in order, in memory that does not
/// grow with their number.
public struct NationalAggregator: Sendable {
  public static let rampMonths = 60
  let parameters: NationalParameters
  let territories: [NationalTerritoryPlan]
  let months: [YearMonth]
  var count = 0
  var series: [[BandAccumulator]]
  var yearSpend: [BandAccumulator]
  var yearFTE: [BandAccumulator]
  var yearState: [Double]
  var yearDepartement: [Double]
  var yearGrants: [Double]
  var yearSufficed: [Int]
  var yearRefused: [Double]
  let years: [Int]
  var headcountSums: [Double]
  var refusedSums: [Double]
  /// Ramp groups: wave 1, wave 2, then each detailed territory.
  let rampGroups: [(label: String, members: [Int])]
  var ramps: [[BandAccumulator]]
  var objectiveMet: [Int]
  let objectives: [(territory: Int, objective: NationalObjective)]

  /// Territory figures followed with their bands: (territory index, month index, hires rather than headcount).
  public let watched: [(territory: Int, month: Int, hires: Bool)]
  var watchedBands: [BandAccumulator]

  public init(parameters: NationalParameters, watching watched: [(territory: Int, month: Int, hires: Bool)] = []) {
    self.watched = watched
    watchedBands = watched.map { _ in BandAccumulator() }
    self.parameters = parameters
    let all = parameters.territories
    territories = all
    let n = parameters.monthCount
    months = (0..<n).map { parameters.start.adding(months: $0) }
    series = NationalSeries.allCases.map { _ in [BandAccumulator](repeating: BandAccumulator(), count: n) }
    years = Array(Set(months.map(\.year))).sorted()
    yearSpend = years.map { _ in BandAccumulator() }
    yearFTE = years.map { _ in BandAccumulator() }
    yearState = years.map { _ in 0 }
    yearDepartement = years.map { _ in 0 }
    yearGrants = years.map { _ in 0 }
    yearSufficed = years.map { _ in 0 }
    yearRefused = years.map { _ in 0 }
    headcountSums = [Double](repeating: 0, count: all.count * n)
    refusedSums = [Double](repeating: 0, count: all.count)
    var groups: [(String, [Int])] = []
    for wave in 1...2 {
      groups.append(("wave \(wave)", all.indices.filter { all[$0].wave == wave && all[$0].detailed == nil }))
    }
    for (t, plan) in all.enumerated() where plan.detailed != nil { groups.append((plan.id, [t])) }
    rampGroups = groups
    ramps = groups.map { _ in [BandAccumulator](repeating: BandAccumulator(), count: Self.rampMonths + 1) }
    let objectives = all.enumerated().flatMap { t, plan in (plan.detailed?.objectives ?? []).map { (t, $0) } }
    self.objectives = objectives
    objectiveMet = objectives.map { _ in 0 }
  }

  public mutating func add(_ r: NationalReplication) {
    count += 1
    let n = months.count
    for s in series.indices { for m in 0..<n { series[s][m].add(r.series[s][m]) } }
    for (y, year) in years.enumerated() {
      let inYear = months.indices.filter { months[$0].year == year }
      var state = 0.0
      var departement = 0.0
      var grants = 0.0
      var fte = 0.0
      var refused = 0.0
      for m in inYear {
        state += r.series[NationalSeries.stateCDE.rawValue][m]
        departement += r.series[NationalSeries.departementCDE.rawValue][m]
        grants += r.series[NationalSeries.startupGrants.rawValue][m]
        fte += r.series[NationalSeries.fte.rawValue][m]
        refused += r.series[NationalSeries.refusedHires.rawValue][m]
      }
      yearSpend[y].add(state + grants)
      yearFTE[y].add(fte / Double(max(1, inYear.count)))
      yearState[y] += state
      yearDepartement[y] += departement
      yearGrants[y] += grants
      yearRefused[y] += refused
      let credit = parameters.credit(year: year)?.amount ?? .infinity
      if refused == 0 && state + grants <= credit * (1 + 1e-12) { yearSufficed[y] += 1 }
    }
    for i in headcountSums.indices { headcountSums[i] += Double(r.headcount[i]) }
    for t in refusedSums.indices { refusedSums[t] += Double(r.refusedByTerritory[t]) }
    for (g, group) in rampGroups.enumerated() {
      for t in group.members {
        let opening = Int(r.opening[t])
        guard opening < n else { continue }
        for k in 0...Self.rampMonths where opening + k >= 0 && opening + k < n {
          ramps[g][k].add(Double(r.headcount[t * n + opening + k]))
        }
      }
    }
    for (i, w) in watched.enumerated() where w.month >= 0 && w.month < n {
      watchedBands[i].add(Double(w.hires ? r.hires[w.territory * n + w.month] : r.headcount[w.territory * n + w.month]))
    }
    for (i, o) in objectives.enumerated() {
      let m = parameters.start.months(to: o.objective.month)
      guard m >= 0 && m < n else { continue }
      let value = o.objective.measure == .headcount ? r.headcount[o.territory * n + m] : r.hires[o.territory * n + m]
      if Double(value) >= o.objective.atLeast { objectiveMet[i] += 1 }
    }
  }

  public func summary() -> NationalSummary {
    let n = months.count
    let c = Double(max(1, count))
    return NationalSummary(
      parameters: parameters, territories: territories, replications: count, months: months,
      series: series.map { $0.map(\.band) },
      years: years.enumerated().map { y, year in
        NationalYear(
          year: year, credit: parameters.credit(year: year)?.amount, spend: yearSpend[y].band, stateCDE: yearState[y] / c,
          departementCDE: yearDepartement[y] / c, startupGrants: yearGrants[y] / c, fte: yearFTE[y].band,
          sufficed: yearSufficed[y], replications: count, refused: yearRefused[y] / c)
      },
      territoryHeadcount: territories.indices.map { t in (0..<n).map { headcountSums[t * n + $0] / c } },
      territoryRefused: refusedSums.map { $0 / c },
      ramps: rampGroups.enumerated().map { g, group in
        NationalRamp(label: group.label, bands: ramps[g].map(\.band), territories: group.members.count)
      },
      objectives: objectives.enumerated().map { i, o in
        NationalObjectiveOutcome(
          territory: territories[o.territory].id, objective: o.objective, met: objectiveMet[i], replications: count)
      }, watched: watchedBands.map(\.band))
  }
}
