/// One calendar year of a national study across replications.
public struct NationalYear: Sendable {
  public var year: Int
  /// The credits voted (nil: none known, no cap that year).
  public var credit: Double?
  /// The State's spending: its part of the CDE and the start-up grants, €.
  public var spend: NationalBand
  public var stateCDE: Double
  public var departementCDE: Double
  public var startupGrants: Double
  /// Mean FTE in post over the year.
  public var fte: NationalBand
  /// Replications in which the credits paid every hire the territories were ready to make.
  public var sufficed: Int
  public var replications: Int
  /// Mean hires refused by the fund in the year.
  public var refused: Double
}
