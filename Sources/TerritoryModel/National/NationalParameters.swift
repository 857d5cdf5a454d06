/// A national study: the territories, the calendar that completes them, the
/// typical profile of each wave, the money tables and the voted credits.
public struct NationalParameters: Sendable, Hashable {
  public var name: String
  /// The first and last months simulated.
  public var start: YearMonth
  public var end: YearMonth
  /// The territories the study names one by one.
  public var listed: [NationalTerritoryPlan]
  /// Counts of habilitated territories by date; territories are added to meet them.
  public var calendar: [HabilitationStep]
  /// The typical profile of wave 1 (law of 2016) and wave 2 (law of 2020).
  public var profiles: [NationalProfile]
  public var credits: [VotedCredit]
  public var money: MoneyTables
  public var rule: FundRule
  /// Months of mobilisation before habilitation (the local committee meets PPDE before the EBE exists).
  public var mobilisationLeadMonths: Int
  /// The first month of the second law's territories.
  public var secondWaveFrom: YearMonth

  public init(
    name: String, start: YearMonth, end: YearMonth, listed: [NationalTerritoryPlan], calendar: [HabilitationStep],
    profiles: [NationalProfile], credits: [VotedCredit], money: MoneyTables = MoneyTables(), rule: FundRule = .sharedCap,
    mobilisationLeadMonths: Int = 12, secondWaveFrom: YearMonth = YearMonth(year: 2021, month: 7)
  ) {
    self.name = name
    self.start = start
    self.end = end
    self.listed = listed
    self.calendar = calendar
    self.profiles = profiles
    self.credits = credits
    self.money = money
    self.rule = rule
    self.mobilisationLeadMonths = mobilisationLeadMonths
    self.secondWaveFrom = secondWaveFrom
  }

  /// Months simulated.
  public var monthCount: Int { start.months(to: end) + 1 }

  /// The wave of a territory habilitated in `month`.
  public func wave(habilitatedIn month: YearMonth) -> Int { month < secondWaveFrom ? 1 : 2 }

  /// The credits voted for `year`, if any.
  public func credit(year: Int) -> VotedCredit? { credits.last { $0.year == year } }

  /// Every territory of the study: those listed, then those added so that the
  /// count habilitated by each date of the calendar is met. The territories a
  /// step adds are spread evenly over the months since the previous step
  /// (the last of them in the step's month); when the listed territories
  /// already reach a count, none is added. Sorted by habilitation, then id.
  public var territories: [NationalTerritoryPlan] {
    var all = listed
    var previous: YearMonth? = nil
    var added = 0
    for step in calendar.sorted(by: { $0.date < $1.date }) {
      let known = listed.filter { $0.habilitation <= step.date }.count + added
      let missing = max(0, step.territories - known)
      let from = previous ?? step.date
      let span = from.months(to: step.date)
      for j in 0..<missing {
        let offset = missing == 1 || span == 0 ? span : Int((Double(span) * Double(j + 1) / Double(missing)).rounded(.up))
        let month = from.adding(months: min(span, max(previous == nil ? 0 : 1, offset)))
        added += 1
        let id = "territoire-\(added)"
        all.append(
          NationalTerritoryPlan(
            id: id, name: "Territoire ajouté n° \(added)", departement: "", habilitation: month,
            wave: wave(habilitatedIn: month), listed: false))
      }
      previous = step.date
    }
    return all.sorted { ($0.habilitation, $0.listed ? 0 : 1, $0.id) < ($1.habilitation, $1.listed ? 0 : 1, $1.id) }
  }
}
