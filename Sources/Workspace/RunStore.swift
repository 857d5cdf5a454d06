public import Foundation
import GRDB

/// The record of runs: one SQLite database, `tzsim-runs/runs.sqlite`, one
/// row per run (``RunRecord``).
///
/// ```swift
/// let store = try RunStore(path: ":memory:")
/// let runs = try store.all()   // newest first
/// ```
public final class RunStore: Sendable {
  let database: DatabaseQueue

  /// Opens (or creates) the database at `path` (`:memory:` for one in memory).
  public init(path: String) throws {
    database = path == ":memory:" ? try DatabaseQueue() : try DatabaseQueue(path: path)
    if path != ":memory:" {
      // A write-ahead log: a run's rows are written without waiting for the disk each time.
      try database.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA journal_mode = WAL")
        try db.execute(sql: "PRAGMA synchronous = NORMAL")
      }
    }
    var migrator = DatabaseMigrator()
    migrator.registerMigration("runs-1") { db in
      try db.create(table: RunRecord.databaseTableName) { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("kind", .text).notNull()
        t.column("scenarioFile", .text).notNull()
        t.column("scenarioName", .text).notNull()
        t.column("scenarioSHA256", .text).notNull()
        t.column("scenario", .blob).notNull()
        t.column("seed", .text).notNull()
        t.column("replications", .integer).notNull()
        t.column("version", .text).notNull()
        t.column("status", .text).notNull()
        t.column("message", .text)
        t.column("createdAt", .datetime).notNull()
        t.column("finishedAt", .datetime)
        t.column("secondsToVerdict", .double)
        t.column("headline", .text)
        t.column("folder", .text)
        t.column("plan", .text)
      }
    }
    migrator.registerMigration("runs-2-archived") { db in
      try db.alter(table: RunRecord.databaseTableName) { t in t.add(column: "archived", .boolean).notNull().defaults(to: false) }
    }
    try migrator.migrate(database)
  }

  /// Adds a run and returns it with its id.
  public func insert(_ record: RunRecord) throws -> RunRecord {
    try database.write { db in
      var r = record
      try r.insert(db)
      return r
    }
  }

  public func update(_ record: RunRecord) throws {
    try database.write { db in try record.update(db) }
  }

  public func run(_ id: Int64) throws -> RunRecord? {
    try database.read { db in try RunRecord.fetchOne(db, key: id) }
  }

  /// The runs, newest first (at most `limit`); the archived ones only when asked (`archived: true` gives only them).
  public func all(limit: Int = 500, archived: Bool = false) throws -> [RunRecord] {
    try database.read { db in
      try RunRecord.filter(Column("archived") == archived).order(Column("id").desc).limit(limit).fetchAll(db)
    }
  }

  /// Marks the runs left queued or running by a workspace that stopped as
  /// interrupted; returns how many.
  @discardableResult
  public func interruptUnfinished(now: Date = Date()) throws -> Int {
    try database.write { db in
      let left = try RunRecord.filter([RunStatus.queued.rawValue, RunStatus.running.rawValue].contains(Column("status"))).fetchAll(db)
      for var r in left {
        r.status = .interrupted
        r.finishedAt = now
        r.message = "l'espace de travail s'est arrêté avant la fin : aucun résultat n'a été gardé"
        try r.update(db)
      }
      return left.count
    }
  }
}
