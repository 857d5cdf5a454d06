public import TerritoryModel

/// A national study read from a file (`tzsim_national: 1`): its parameters,
/// the record and published figures it stands on, and the fit of its typical
/// profiles.
public struct NationalScenario: Sendable {
  /// The format version this program reads.
  public static let formatVersion = 1
  public var name: String
  public var description: String
  public var seed: UInt64
  public var replications: Int
  public var parameters: NationalParameters
  /// The territories' dated observations (the shipped record, or the file named by `record`).
  public var record: NationalRecord
  /// Published national figures the replay is held against.
  public var points: NationalPoints
  public var fit: NationalFit?
  /// Wave 2's numbers left to follow wave 1's (after the fit): profile keys.
  public var followingWave1: [String]
  public var assumptions: [String]
  /// The file's bytes, kept with the results.
  public var source: [UInt8]
  /// The detailed scenarios read (file name and bytes), kept with the results.
  public var detailedSources: [(file: String, bytes: [UInt8])]
}
