public import TerritoryModel

/// What a national study fixes before its replications, the same in every
/// shard: the parameters with the fitted values, the fit, and its law.
public struct NationalPrepared: Sendable {
  public var parameters: NationalParameters
  public var fit: NationalFitRecord?
  public var law: NationalProfileLaw?
}
