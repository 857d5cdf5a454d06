import SimulationCore
import TerritoryModel

/// A named variant of a scenario: overrides of any key path and what it costs.
public struct StaffingOption: Sendable, Equatable {
  public var id: String
  public var name: String
  /// Key path (as in the file, e.g. `sites[troyes].advisors`) → replacement value, as YAML text.
  public var overrides: [(path: String, yaml: String)]
  /// Extra yearly cost of the option against the baseline, € (e.g. one advisor FTE).
  public var yearlyCostEUR: Double

  public init(id: String, name: String, overrides: [(path: String, yaml: String)], yearlyCostEUR: Double) {
    self.id = id
    self.name = name
    self.overrides = overrides
    self.yearlyCostEUR = yearlyCostEUR
  }

  public static func == (a: Self, b: Self) -> Bool {
    a.id == b.id && a.name == b.name && a.yearlyCostEUR == b.yearlyCostEUR
      && a.overrides.map(\.path) == b.overrides.map(\.path) && a.overrides.map(\.yaml) == b.overrides.map(\.yaml)
  }
}
