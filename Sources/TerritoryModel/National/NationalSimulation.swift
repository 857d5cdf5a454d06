public import Stochastic

/// One replication of a national study: every territory month by month, the
/// fund's money and its credits.
///
/// The step is a month (the fund pays by the month, EBEs hire in monthly
/// rounds); counts move by binomial and Poisson draws from GSL on each
/// territory's own stream. In each month, in this order, for each territory:
/// new PPDE arrive (Poisson, from the start of mobilisation), PPDE of the pool
/// are met and some volunteer (binomials), waiting volunteers are hired
/// elsewhere (binomial), employees leave (binomial per working time); then the
/// hires each EBE is ready to make (its opening cohort in the opening month,
/// else its pace with the fraction carried, within its ceiling and its waiting
/// list) go to the fund, which applies its ``FundRule``; the hires granted
/// choose their working time (multinomial) and the month's money is paid on
/// the FTE in post at the end of the month. See `docs/national.md`.
public struct NationalSimulation: Sendable {
  public let parameters: NationalParameters
  public let territories: [NationalTerritoryPlan]
  public let seeder: StreamSeeder
  let months: Int
  /// The State's part per FTE in post for one month, €.
  let stateCost: [Double]
  let departementShare: [Double]
  let grant: [Double]
  /// The year's credits in force in each month (nil: no credits known, no cap).
  let credit: [Double?]
  /// Σ of `stateCost` from each month to the last month of its year.
  let costToYearEnd: [Double]
  /// Whether the month is the first of its year in the horizon.
  let firstOfYear: [Bool]

  public init(parameters: NationalParameters, seeder: StreamSeeder) {
    self.parameters = parameters
    self.territories = parameters.territories
    self.seeder = seeder
    let n = parameters.monthCount
    months = n
    let all = (0..<n).map { parameters.start.adding(months: $0) }
    let money = parameters.money
    stateCost = all.map { $0.firstDay }.map { money.cdeRate.value(on: $0) * money.monthlySMIC.value(on: $0) }
    departementShare = all.map { money.departementShare.value(on: $0.firstDay) }
    grant = all.map { money.startupGrant.value(on: $0.firstDay) }
    credit = all.map { parameters.rule == .sharedCap ? parameters.credit(year: $0.year)?.amount : nil }
    var rest = [Double](repeating: 0, count: n)
    var carry = 0.0
    for m in (0..<n).reversed() {
      if m == n - 1 || all[m + 1].year != all[m].year { carry = 0 }
      carry += stateCost[m]
      rest[m] = carry
    }
    costToYearEnd = rest
    firstOfYear = all.enumerated().map { $0.offset == 0 || $0.element.month == 1 }
  }

  /// The stream of territory `t` in `replication` (a family member per territory id).
  func stream(replication: Int, territory t: Int) -> RandomStream {
    seeder.family(replication: replication, name: "national.territory").stream(member: UInt32(t))
  }

  public func run(replication: Int) -> NationalReplication {
    let count = territories.count
    var streams: [RandomStream] = []
    var ramps: [EBERamp] = []
    streams.reserveCapacity(count)
    ramps.reserveCapacity(count)
    for (t, plan) in territories.enumerated() {
      let r = stream(replication: replication, territory: t)
      let profile = parameters.profiles[min(parameters.profiles.count, max(1, plan.wave)) - 1]
      ramps.append(EBERamp(plan: plan, profile: profile, parameters: parameters, stream: r))
      streams.append(r)
    }
    let classes = ramps.map(\.fractions.count).max() ?? 1
    var pool = [Int](repeating: 0, count: count)
    var waiting = [Int](repeating: 0, count: count)
    var employed = [Int](repeating: 0, count: count * classes)
    var head = [Int](repeating: 0, count: count)
    var maxHead = [Int](repeating: 0, count: count)
    var carry = [Double](repeating: 0, count: count)
    var hiresSoFar = [Int](repeating: 0, count: count)
    var wanted = [Int](repeating: 0, count: count)
    var refusedBy = [Int32](repeating: 0, count: count)
    var series = [[Double]](repeating: [Double](repeating: 0, count: months), count: NationalSeries.allCases.count)
    var headcount = [Int32](repeating: 0, count: count * months)
    var hires = [Int32](repeating: 0, count: count * months)
    var volunteers = 0
    var hiresTotal = 0
    var spentThisYear = 0.0
    let habilitation = territories.map { parameters.start.months(to: $0.habilitation) }

    for m in 0..<months {
      if firstOfYear[m] { spentThisYear = 0 }
      var fte = 0.0
      for t in 0..<count {
        let e = ramps[t]
        let r = streams[t]
        wanted[t] = 0
        guard m >= e.mobilisationStart else { continue }
        // Mobilisation begun before the first month simulated: its months are
        // run first (the EBE opens inside the horizon, so nobody is hired then).
        let steps = m == 0 ? 1 - min(0, e.mobilisationStart) : 1
        if m == max(0, e.mobilisationStart) { pool[t] += Int(e.ppde) }
        for _ in 0..<steps {
          if e.inflowPerMonth > 0 { pool[t] += r.poisson(mean: e.inflowPerMonth) }
          let met = r.binomial(trials: pool[t], p: e.meetProbability)
          pool[t] -= met
          let joined = r.binomial(trials: met, p: e.volunteerProbability)
          waiting[t] += joined
          volunteers += joined
          waiting[t] -= r.binomial(trials: waiting[t], p: e.elsewhereProbability)
        }
        for k in 0..<e.fractions.count where employed[t * classes + k] > 0 {
          let left = r.binomial(trials: employed[t * classes + k], p: e.exitProbability)
          employed[t * classes + k] -= left
          head[t] -= left
        }
        if m == e.opening {
          wanted[t] = max(0, min(e.cohort, e.ceiling - head[t], waiting[t]))
        } else if m > e.opening {
          let allowance = e.pace(at: m) + carry[t]
          let whole = (allowance + 1e-9).rounded(.down)
          carry[t] = max(0, allowance - whole)
          wanted[t] = max(0, min(Int(whole), e.ceiling - head[t], waiting[t]))
        }
        for k in 0..<e.fractions.count { fte += Double(employed[t * classes + k]) * e.fractions[k] }
      }

      // The fund: what the year's credits can still pay.
      let asked = wanted.reduce(0, +)
      if let credit = credit[m], asked > 0 {
        let committed = spentThisYear + fte * costToYearEnd[m]
        var cost = 0.0
        for t in 0..<count where wanted[t] > 0 { cost += Double(wanted[t]) * (ramps[t].meanFTE * costToYearEnd[m] + grant[m]) }
        let unit = cost / Double(asked)
        let affordable = unit > 0 ? max(0, Int(((credit - committed) / unit + 1e-9).rounded(.down))) : asked
        if affordable < asked {
          let granted = NationalSimulation.share(affordable, of: wanted)
          for t in 0..<count {
            refusedBy[t] += Int32(wanted[t] - granted[t])
            wanted[t] = granted[t]
          }
          series[NationalSeries.refusedHires.rawValue][m] = Double(asked - affordable)
        }
      }

      var fteEnd = 0.0
      var headEnd = 0
      var open = 0
      var habilitated = 0
      var grants = 0.0
      for t in 0..<count {
        let e = ramps[t]
        if wanted[t] > 0 {
          e.split(wanted[t], into: &employed, at: t * classes, streams[t])
          waiting[t] -= wanted[t]
          head[t] += wanted[t]
          hiresSoFar[t] += wanted[t]
          hiresTotal += wanted[t]
        }
        if head[t] > maxHead[t] {
          grants += Double(head[t] - maxHead[t]) * grant[m]
          maxHead[t] = head[t]
        }
        for k in 0..<e.fractions.count { fteEnd += Double(employed[t * classes + k]) * e.fractions[k] }
        headEnd += head[t]
        if m >= e.opening { open += 1 }
        if m >= habilitation[t] { habilitated += 1 }
        headcount[t * months + m] = Int32(head[t])
        hires[t * months + m] = Int32(hiresSoFar[t])
      }
      let state = fteEnd * stateCost[m]
      spentThisYear += state + grants
      series[NationalSeries.headcount.rawValue][m] = Double(headEnd)
      series[NationalSeries.fte.rawValue][m] = fteEnd
      series[NationalSeries.hiresCumulative.rawValue][m] = Double(hiresTotal)
      series[NationalSeries.volunteersCumulative.rawValue][m] = Double(volunteers)
      series[NationalSeries.stateCDE.rawValue][m] = state
      series[NationalSeries.departementCDE.rawValue][m] = state * departementShare[m]
      series[NationalSeries.startupGrants.rawValue][m] = grants
      series[NationalSeries.openEBEs.rawValue][m] = Double(open)
      series[NationalSeries.habilitated.rawValue][m] = Double(habilitated)
    }
    return NationalReplication(
      series: series, headcount: headcount, hires: hires, refusedByTerritory: refusedBy,
      opening: ramps.map { Int32(clamping: $0.opening) })
  }

  /// `n` hires shared in proportion to `wanted` (largest remainders; ties to
  /// the earlier territory), never more than a territory wanted.
  public static func share(_ n: Int, of wanted: [Int]) -> [Int] {
    let total = wanted.reduce(0, +)
    guard n > 0, total > 0 else { return wanted.map { _ in 0 } }
    guard n < total else { return wanted }
    var granted = wanted.map { Int((Double(n) * Double($0) / Double(total)).rounded(.down)) }
    let order = wanted.indices.sorted {
      let a = Double(n) * Double(wanted[$0]) / Double(total) - Double(granted[$0])
      let b = Double(n) * Double(wanted[$1]) / Double(total) - Double(granted[$1])
      return a != b ? a > b : $0 < $1
    }
    var left = n - granted.reduce(0, +)
    for t in order where left > 0 && granted[t] < wanted[t] {
      granted[t] += 1
      left -= 1
    }
    return granted
  }
}
