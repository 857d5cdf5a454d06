/// A member commune of the territory, as read from the shipped data file.
public struct Commune: Hashable, Sendable {
  /// INSEE code (COG), e.g. `"10387"` for Troyes.
  public var inseeCode: String
  public var name: String
  /// Population municipale (INSEE legal population, millésime 2023).
  public var population: Int
  public var latitude: Double
  public var longitude: Double
  /// INSEE code of the commune holding the nearest service point.
  public var nearestServicePoint: String
  /// Great-circle distance to that point, km.
  public var nearestServicePointKm: Double

  public init(
    inseeCode: String, name: String, population: Int, latitude: Double, longitude: Double,
    nearestServicePoint: String, nearestServicePointKm: Double
  ) {
    self.inseeCode = inseeCode
    self.name = name
    self.population = population
    self.latitude = latitude
    self.longitude = longitude
    self.nearestServicePoint = nearestServicePoint
    self.nearestServicePointKm = nearestServicePointKm
  }
}
