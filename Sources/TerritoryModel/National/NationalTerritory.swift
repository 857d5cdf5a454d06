/// A territory of the experiment as the national record names it.
public struct NationalTerritory: Sendable, Equatable {
  public let id: String
  public let departement: String
  public let habilitation: PartialDate
  /// The name of its employment company (or companies) on its first line.
  public let ebe: String
}
