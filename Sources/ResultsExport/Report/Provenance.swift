/// What a results folder was made from and how to make it again: the
/// program version, the scenario's SHA-256, the seed and replications, and
/// the command (its arguments after `tzsim`) that reproduces every file.
public struct Provenance: Sendable, Equatable {
  public let version: String
  public let scenarioSHA256: String
  public let seed: UInt64
  public let replications: Int
  /// `["run", "scenario.yaml", "--seed", "2020", …]`: the scenario is the copy kept in the folder.
  public let arguments: [String]

  public init(version: String, scenarioSHA256: String, seed: UInt64, replications: Int, arguments: [String]) {
    self.version = version
    self.scenarioSHA256 = scenarioSHA256
    self.seed = seed
    self.replications = replications
    self.arguments = arguments
  }

  /// The command as a person types it, from inside the results folder.
  public var command: String { (["tzsim"] + arguments).joined(separator: " ") }
}
