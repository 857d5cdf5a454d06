import SimulationCore

/// Accumulates a replication's KPIs by calendar year and month in flat arrays
/// indexed by integer identifiers, so that recording costs an array access.
///
/// Three kinds of KPI:
/// - counts, summed per year and per month; the bare identifier holds the total;
/// - means (a ``Tally`` per year; the bare identifier merges them);
/// - levels, read at each month end and year end; the bare identifier holds
///   the value at the end of the horizon.
struct KPIRecorder {
  enum Kind { case count, mean, level }

  struct Series {
    let kpi: String
    let dimension: String
    let kind: Kind
    let monthly: Bool
    /// Hidden series feed ratios and are not reported themselves.
    let hidden: Bool
  }

  let years: [Int]
  let months: [YearMonth]
  private(set) var series: [Series] = []
  private(set) var yearly: [Double] = []
  private(set) var monthlyValues: [Double] = []
  private(set) var tallies: [Tally] = []
  private(set) var monthlyTallies: [Tally] = []
  /// Level series: the value at the end of the horizon.
  private(set) var final: [Double] = []
  private var lookup: [String: Int] = [:]
  /// Where each series' monthly tallies start (means with monthly values only).
  private var monthlyTallyBase: [Int] = []

  init(years: [Int], months: [YearMonth]) {
    self.years = years
    self.months = months
  }

  /// Registers a series and returns its identifier (idempotent).
  /// The series of `kpi` along `dimension` (registered once): its kind, and
  /// whether the territory's figure is kept month by month, come from the
  /// catalogue; internal KPIs are hidden from the results.
  /// `monthly` keeps a split series month by month too (persons accompanied per place, which
  /// planners observe).
  mutating func register(_ kpi: KPI, _ dimension: String = "", monthly byDimension: Bool = false) -> Int {
    let monthly = kpi.isMonthly && (dimension.isEmpty || byDimension)
    let kind: Kind
    switch kpi.kind {
    case .count: kind = .count
    case .mean: kind = .mean
    case .level: kind = .level
    case .ratio, .date, .flag: preconditionFailure("\(kpi) is derived from other series, not recorded")
    }
    return register(kpi.id, dimension, kind, monthly: monthly, hidden: kpi.isInternal)
  }

  private mutating func register(_ kpi: String, _ dimension: String, _ kind: Kind, monthly: Bool, hidden: Bool) -> Int {
    let key = kpi + "|" + dimension
    if let id = lookup[key] { return id }
    let id = series.count
    series.append(Series(kpi: kpi, dimension: dimension, kind: kind, monthly: monthly, hidden: hidden))
    yearly.append(contentsOf: repeatElement(0, count: years.count))
    monthlyValues.append(contentsOf: repeatElement(0, count: months.count))
    tallies.append(contentsOf: repeatElement(Tally(), count: years.count))
    monthlyTallies.append(contentsOf: repeatElement(Tally(), count: kind == .mean && monthly ? months.count : 0))
    monthlyTallyBase.append(monthlyTallies.count - (kind == .mean && monthly ? months.count : 0))
    final.append(0)
    lookup[key] = id
    return id
  }

  /// Adds `value` to a count in `year` and `month` (indices).
  @inline(__always) mutating func add(_ id: Int, _ value: Double = 1, year: Int, month: Int) {
    yearly[id * years.count + year] += value
    monthlyValues[id * months.count + month] += value
  }

  /// Records an observation of a mean KPI, by year and, for monthly series, by month.
  @inline(__always) mutating func observe(_ id: Int, _ value: Double, year: Int, month: Int) {
    tallies[id * years.count + year].record(value)
    if series[id].monthly { monthlyTallies[monthlyTallyBase[id] + month].record(value) }
  }

  /// The month's tally of a monthly mean series.
  func monthTally(_ id: Int, month: Int) -> Tally { monthlyTallies[monthlyTallyBase[id] + month] }

  /// Sets a level at the end of `month`.
  mutating func setMonthlyLevel(_ id: Int, _ value: Double, month: Int) {
    monthlyValues[id * months.count + month] = value
  }

  /// Sets a level at the end of `year`.
  mutating func setYearlyLevel(_ id: Int, _ value: Double, year: Int) {
    yearly[id * years.count + year] = value
  }

  mutating func setFinal(_ id: Int, _ value: Double) { final[id] = value }

  func yearValue(_ id: Int, year: Int) -> Double { yearly[id * years.count + year] }
  func total(_ id: Int) -> Double { (0..<years.count).reduce(0) { $0 + yearValue(id, year: $1) } }
  func tally(_ id: Int, year: Int) -> Tally { tallies[id * years.count + year] }
  func totalTally(_ id: Int) -> Tally {
    var t = Tally()
    for y in 0..<years.count { t.merge(tally(id, year: y)) }
    return t
  }
  func monthValue(_ id: Int, month: Int) -> Double { monthlyValues[id * months.count + month] }
}
