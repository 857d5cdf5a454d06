import Foundation
public import TerritoryModel

/// `replications.csv`, written as replications finish (in order): one row per
/// replication, one column per figure of replication 0.
public struct ReplicationsCSV {
  public let flavour: CSVFlavour
  public private(set) var columns: [String] = []
  public private(set) var text = ""

  public init(flavour: CSVFlavour) { self.flavour = flavour }

  /// Adds a replication's row; returns the text to append to the file.
  public mutating func add(_ r: ReplicationResult) -> String {
    var chunk = ""
    if columns.isEmpty {
      columns = r.rows.map(\.key).sorted()
      chunk += flavour.bom + flavour.row([flavour == .standard ? "replication" : "réplication"] + columns.map(flavour.field))
    }
    // Replications list their rows in the same order: each row's column is
    // remembered, and looked up by key only when a row differs from the last
    // replication's at its place. The last row of a key wins, as before.
    if columnOf.isEmpty { columnOf = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a }) }
    var cells = [String](repeating: "", count: columns.count)
    var placed: [Int] = []
    placed.reserveCapacity(r.rows.count)
    for (i, row) in r.rows.enumerated() {
      let column: Int
      if i < lastRows.count, lastRows[i].kpi == row.kpi, lastRows[i].period == row.period, lastRows[i].dimension == row.dimension {
        column = lastColumns[i]
      } else {
        column = columnOf[row.key] ?? -1
      }
      placed.append(column)
      if column >= 0 { cells[column] = flavour.number(row.value) }
    }
    lastRows = r.rows
    lastColumns = placed
    chunk += flavour.row([String(r.replication)] + cells)
    return chunk
  }

  private var columnOf: [String: Int] = [:]
  private var lastRows: [ResultRow] = []
  private var lastColumns: [Int] = []
}
