public import Foundation
public import GRDB

/// One run of the workspace, as the record keeps it: what was run (the
/// scenario's bytes and hash, seed, replications, program version), how it
/// ended, its headline figures and the folder of its files.
public struct RunRecord: Codable, Sendable, Equatable {

  public var id: Int64?
  public var kind: RunKind
  /// The scenario's file name in the workspace.
  public var scenarioFile: String
  public var scenarioName: String
  public var scenarioSHA256: String
  /// The scenario's bytes as they were run (the file may have changed since).
  public var scenario: Data
  /// The seed, as text (a seed may exceed SQLite's integers).
  public var seed: String
  public var replications: Int
  public var version: String
  public var status: RunStatus
  /// Why it failed, or what it found.
  public var message: String?
  public var createdAt: Date
  public var finishedAt: Date?
  /// Seconds from the request to the verdict.
  public var secondsToVerdict: Double?
  /// ``RunHeadline`` as JSON.
  public var headline: String?
  /// The folder of its files, inside `tzsim-runs/` (once done).
  public var folder: String?
  /// A plan's settings, as JSON (``PlanRequest``).
  public var plan: String?
  /// Set aside by the planner: left out of the lists, kept with its files.
  public var archived: Bool = false

  public init(
    id: Int64? = nil, kind: RunKind, scenarioFile: String, scenarioName: String, scenarioSHA256: String, scenario: Data, seed: String,
    replications: Int, version: String, status: RunStatus, message: String? = nil, createdAt: Date, finishedAt: Date? = nil,
    secondsToVerdict: Double? = nil, headline: String? = nil, folder: String? = nil, plan: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.scenarioFile = scenarioFile
    self.scenarioName = scenarioName
    self.scenarioSHA256 = scenarioSHA256
    self.scenario = scenario
    self.seed = seed
    self.replications = replications
    self.version = version
    self.status = status
    self.message = message
    self.createdAt = createdAt
    self.finishedAt = finishedAt
    self.secondsToVerdict = secondsToVerdict
    self.headline = headline
    self.folder = folder
    self.plan = plan
  }

  public var headlineFigures: RunHeadline { RunHeadline(json: headline) }
}

extension RunRecord: FetchableRecord, MutablePersistableRecord {
  public static let databaseTableName = "run"
  public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
