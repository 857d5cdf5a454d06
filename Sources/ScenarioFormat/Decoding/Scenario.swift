import SimulationCore
public import TerritoryModel

/// A scenario file, decoded: the territory's parameters plus what a run needs
/// (seed, replications), the assumptions to list in the report, and the
/// staffing options to compare.
public struct Scenario: Sendable {
  /// The format version this program reads and writes (`tzsim_scenario: 1`).
  public static let formatVersion = 1

  /// The ranges of the format's own numbers (the parameters' are ``ParameterRange/all``).
  public static let replicationsRange = ParameterRange("replications", 1, 100_000, integer: true)
  public static let objectiveYearRange = ParameterRange("objectives[].year", 1900, 2200, integer: true, unit: "a calendar year")
  public static let formatRanges = [
    replicationsRange, objectiveYearRange, ScenarioUncertainty.pointsRange, ScenarioUncertainty.replicationsRange,
  ]

  public var name: String
  public var description: String
  /// Master seed of the run (the command line's `--seed` overrides it).
  public var seed: UInt64
  /// Replications of the run (the command line's `--replications` overrides it).
  public var replications: Int
  /// Statements the figures rest on, listed in the report.
  public var assumptions: [String]
  public var parameters: TerritoryParameters
  /// Staffing options (variants) to compare with the baseline.
  public var options: [StaffingOption]
  /// The assumptions whose values are uncertain, with their laws (nil: none is).
  public var uncertainty: ScenarioUncertainty?
  /// The bytes the scenario was read from (options are decoded from them).
  public internal(set) var source: [UInt8] = []
  /// Remarks on the file that do not stop it (printed by `tzsim validate`),
  /// such as a day's hours given twice.
  public internal(set) var notes: [ScenarioError] = []

  public init(
    name: String, description: String = "", seed: UInt64 = 2020, replications: Int = 200, assumptions: [String] = [],
    parameters: TerritoryParameters, options: [StaffingOption] = []
  ) {
    self.name = name
    self.description = description
    self.seed = seed
    self.replications = replications
    self.assumptions = assumptions
    self.parameters = parameters
    self.options = options
  }
}
