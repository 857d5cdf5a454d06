/// One territory of a national study, with what is known of it; what is
/// `nil` is drawn from its wave's profile in each replication.
public struct NationalTerritoryPlan: Sendable, Hashable {
  public var id: String
  public var name: String
  public var departement: String
  public var habilitation: YearMonth
  /// 1: habilitated by the law of 2016; 2: by the law of 2020.
  public var wave: Int
  /// Listed in the study (true) or added to meet the habilitation calendar's counts.
  public var listed: Bool
  public var ppde: Double?
  public var opening: YearMonth?
  public var openingCohort: Int?
  /// Everything the territory's own detailed scenario says of its EBE (Troyes).
  public var detailed: DetailedEBE?

  public init(
    id: String, name: String, departement: String, habilitation: YearMonth, wave: Int, listed: Bool = true,
    ppde: Double? = nil, opening: YearMonth? = nil, openingCohort: Int? = nil, detailed: DetailedEBE? = nil
  ) {
    self.id = id
    self.name = name
    self.departement = departement
    self.habilitation = habilitation
    self.wave = wave
    self.listed = listed
    self.ppde = ppde
    self.opening = opening
    self.openingCohort = openingCohort
    self.detailed = detailed
  }
}
