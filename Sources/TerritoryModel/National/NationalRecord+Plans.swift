/// The territories of the record as a national study's listed territories.
extension NationalRecord {
  /// The months a national study can take from a partial date: its first month.
  static func month(_ d: PartialDate) -> YearMonth { YearMonth(year: d.year, month: d.month ?? 1) }

  /// Each territory of the record, with what the record says of it: its
  /// habilitation, its PPDE estimate (the latest), and its opening — the
  /// `opening` observation, else its first headcount when that comes within
  /// twelve months of habilitation and is at most `cohortAtMost` people (then
  /// also the opening cohort). The rest is left to the wave's profile.
  public func plans(secondWaveFrom: YearMonth, cohortAtMost: Int = 30) -> [NationalTerritoryPlan] {
    territories.map { t in
      let habilitation = Self.month(t.habilitation)
      let ppde = observations(of: t.id, .ppdeEstimate).last?.value
      var opening: YearMonth? = observations(of: t.id, .opening).first.map { Self.month($0.date) }
      var cohort: Int? = nil
      if opening == nil, let first = observations(of: t.id, .headcount).min(by: { $0.date < $1.date }) {
        let month = Self.month(first.date)
        if habilitation.months(to: month) <= 12, first.value <= Double(cohortAtMost) {
          opening = month
          cohort = Int(first.value)
        }
      }
      return NationalTerritoryPlan(
        id: t.id, name: t.id, departement: t.departement, habilitation: habilitation,
        wave: habilitation < secondWaveFrom ? 1 : 2, ppde: ppde, opening: opening, openingCohort: cohort)
    }
  }
}
