public import TerritoryModel

/// Folds a national study's replications into a ``NationalTally``: memory
/// bounded whatever their number, and the same tally (so the same bytes)
/// whatever the order, the jobs or the shards.
public struct NationalAggregator: Sendable {
  public static let rampMonths = 60
  let parameters: NationalParameters
  let territories: [NationalTerritoryPlan]
  let months: [YearMonth]
  let years: [Int]
  /// The months of each year, as indices.
  let yearMonths: [[Int]]
  /// Ramp groups: wave 1, wave 2, then each detailed territory.
  let rampGroups: [(label: String, members: [Int])]
  let objectives: [(territory: Int, objective: NationalObjective)]
  /// Territory figures followed with their bands: (territory index, month index, hires rather than headcount).
  public let watched: [(territory: Int, month: Int, hires: Bool)]
  public private(set) var tally: NationalTally

  public init(parameters: NationalParameters, watching watched: [(territory: Int, month: Int, hires: Bool)] = []) {
    self.parameters = parameters
    let all = parameters.territories
    territories = all
    let n = parameters.monthCount
    let months = (0..<n).map { parameters.start.adding(months: $0) }
    self.months = months
    let years = Array(Set(months.map(\.year))).sorted()
    self.years = years
    yearMonths = years.map { y in months.indices.filter { months[$0].year == y } }
    var groups: [(String, [Int])] = []
    for wave in 1...2 {
      groups.append(("wave \(wave)", all.indices.filter { all[$0].wave == wave && all[$0].detailed == nil }))
    }
    for (t, plan) in all.enumerated() where plan.detailed != nil { groups.append((plan.id, [t])) }
    rampGroups = groups
    let objectives = all.enumerated().flatMap { t, plan in (plan.detailed?.objectives ?? []).map { (t, $0) } }
    self.objectives = objectives
    self.watched = watched
    tally = NationalTally(
      months: n, years: years.count, territories: all.count, ramps: groups.count, objectives: objectives.count,
      watched: watched.count)
  }

  public mutating func add(_ r: NationalReplication) {
    tally.replications += 1
    let n = months.count
    for s in NationalSeries.allCases {
      for m in 0..<n { tally.series[s.rawValue][m].add(r.series[s.rawValue][m]) }
    }
    for (y, year) in years.enumerated() {
      var state = 0.0
      var departement = 0.0
      var grants = 0.0
      var fte = 0.0
      var refused = 0.0
      for m in yearMonths[y] {
        state += r.series[NationalSeries.stateCDE.rawValue][m]
        departement += r.series[NationalSeries.departementCDE.rawValue][m]
        grants += r.series[NationalSeries.startupGrants.rawValue][m]
        fte += r.series[NationalSeries.fte.rawValue][m]
        refused += r.series[NationalSeries.refusedHires.rawValue][m]
      }
      tally.yearSpend[y].add(state + grants)
      tally.yearFTE[y].add(fte / Double(max(1, yearMonths[y].count)))
      tally.yearState[y] += Int64(state.rounded())
      tally.yearDepartement[y] += Int64(departement.rounded())
      tally.yearGrants[y] += Int64(grants.rounded())
      tally.yearRefused[y] += Int64(refused)
      let credit = parameters.credit(year: year)?.amount ?? .infinity
      if refused == 0 && state + grants <= credit * (1 + 1e-12) { tally.yearSufficed[y] += 1 }
    }
    for i in tally.headcountSums.indices { tally.headcountSums[i] += Int64(r.headcount[i]) }
    for t in tally.refusedSums.indices { tally.refusedSums[t] += Int64(r.refusedByTerritory[t]) }
    for (g, group) in rampGroups.enumerated() {
      for t in group.members {
        let opening = Int(r.opening[t])
        guard opening < n else { continue }
        for k in 0...Self.rampMonths where opening + k >= 0 && opening + k < n {
          tally.ramps[g][k].add(Double(r.headcount[t * n + opening + k]))
        }
      }
    }
    for (i, w) in watched.enumerated() where w.month >= 0 && w.month < n {
      tally.watched[i].add(Double(w.hires ? r.hires[w.territory * n + w.month] : r.headcount[w.territory * n + w.month]))
    }
    for (i, o) in objectives.enumerated() {
      let m = parameters.start.months(to: o.objective.month)
      guard m >= 0 && m < n else { continue }
      let value = o.objective.measure == .headcount ? r.headcount[o.territory * n + m] : r.hires[o.territory * n + m]
      if Double(value) >= o.objective.atLeast { tally.objectiveMet[i] += 1 }
    }
  }

  /// Adds a tally of other replications of the same study (a shard's);
  /// false, and nothing changed, when its shape differs.
  @discardableResult
  public mutating func merge(_ other: NationalTally) -> Bool {
    guard tally.fits(other) else { return false }
    tally.merge(other)
    return true
  }

  public func summary() -> NationalSummary {
    let n = months.count
    let count = tally.replications
    let c = Double(max(1, count))
    return NationalSummary(
      parameters: parameters, territories: territories, replications: count, months: months,
      series: tally.series.map { $0.map(\.band) },
      years: years.enumerated().map { y, year in
        NationalYear(
          year: year, credit: parameters.credit(year: year)?.amount, spend: tally.yearSpend[y].band,
          stateCDE: Double(tally.yearState[y]) / c, departementCDE: Double(tally.yearDepartement[y]) / c,
          startupGrants: Double(tally.yearGrants[y]) / c, fte: tally.yearFTE[y].band, sufficed: tally.yearSufficed[y],
          replications: count, refused: Double(tally.yearRefused[y]) / c)
      },
      territoryHeadcount: territories.indices.map { t in (0..<n).map { Double(tally.headcountSums[t * n + $0]) / c } },
      territoryRefused: tally.refusedSums.map { Double($0) / c },
      ramps: rampGroups.enumerated().map { g, group in
        NationalRamp(label: group.label, bands: tally.ramps[g].map(\.band), territories: group.members.count)
      },
      objectives: objectives.enumerated().map { i, o in
        NationalObjectiveOutcome(
          territory: territories[o.territory].id, objective: o.objective, met: tally.objectiveMet[i], replications: count)
      }, watched: tally.watched.map(\.band))
  }
}
