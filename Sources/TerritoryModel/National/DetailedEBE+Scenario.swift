public import SimulationCore

extension DetailedEBE {
  /// The EBE part of a detailed territory scenario, as a national study uses
  /// it: PPDE the communes' initial stocks, inflow their yearly arrivals, the
  /// meeting delay's mean in months, the EBE's rules as written; its
  /// objectives on hires or headcount at a date or a year's end.
  /// Nil when the scenario has no TZCLD part.
  public init?(scenario file: String, parameters p: TerritoryParameters) {
    guard let tz = p.tzcld else { return nil }
    let stock = tz.communes.values.reduce(0) { $0 + Double($1.initialStock) }
    let inflow = tz.communes.values.reduce(0) { $0 + $1.inflowPerYear }
    let objectives = p.objectives.compactMap { o -> NationalObjective? in
      guard o.comparison == .atLeast else { return nil }
      let measure: NationalObjective.Measure
      switch o.kpi {
      case .tzcldHires: measure = .hires
      case .tzcldHeadcount: measure = .headcount
      default: return nil
      }
      let month: YearMonth
      switch o.period {
      case .date(let d): month = YearMonth(d)
      case .year(let y): month = YearMonth(year: y, month: 12)
      case .horizon: month = YearMonth(p.end)
      }
      return NationalObjective(id: o.id, measure: measure, month: month, atLeast: o.target)
    }
    self.init(
      scenario: file, ppde: stock, inflowPerYear: inflow, opening: tz.ebe.opening, openingCohort: tz.ebe.openingCohort,
      hiringCapacity: tz.ebe.hiringCapacity, headcountCeiling: tz.ebe.headcountCeiling,
      workingTime: tz.ebe.workingTime.map { WorkingTimeShare(fte: $0.fte, probability: $0.probability) },
      exitPerYear: tz.ebe.exitPerYear, volunteerProbability: tz.volunteerProbability,
      mobilisationMonths: tz.meetingDelayDays.mean / 30.4375, mobilisationStart: tz.mobilisationStart,
      otherEmployerPerYear: tz.otherEmployerPerYear, objectives: objectives)
  }
}
