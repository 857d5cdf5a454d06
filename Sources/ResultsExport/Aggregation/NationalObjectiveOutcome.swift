public import TerritoryModel

/// How often a territory met one of its objectives.
public struct NationalObjectiveOutcome: Sendable {
  public var territory: String
  public var objective: NationalObjective
  public var met: Int
  public var replications: Int
}
