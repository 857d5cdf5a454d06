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
    var values: [String: Double] = [:]
    for row in r.rows { values[row.key] = row.value }
    chunk += flavour.row([String(r.replication)] + columns.map { values[$0].map(flavour.number) ?? "" })
    return chunk
  }
}
