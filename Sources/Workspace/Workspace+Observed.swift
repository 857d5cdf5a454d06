import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The observed figures of each scenario, kept by the workspace in
/// `tzsim-runs/observes/<scenario>.csv` (the file `tzsim run --observed` reads;
/// counts and rates only). Written only by TZSim: a new text replaces the old
/// one, which goes into `tzsim-runs/historique/<scenario>.observes/`.
extension Workspace {
  static let observedFolderName = "observes"

  func observedURL(_ name: String) throws -> URL {
    guard Self.isScenarioName(name) else { throw WorkspaceProblem(.notFound, "« \(name) » n'est pas un nom de scénario") }
    return runsFolder.appendingPathComponent(Self.observedFolderName, isDirectory: true).appendingPathComponent(name + ".csv")
  }

  /// The observed figures kept for scenario `name` (the file's bytes), or nil if there are none.
  public func observed(_ name: String) throws -> [UInt8]? { plainFile(try observedURL(name)) }

  /// Keeps `bytes` as scenario `name`'s observed figures (the previous ones kept in the history).
  public func saveObserved(_ name: String, bytes: [UInt8]) throws {
    let url = try observedURL(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    if let old = plainFile(url) {
      guard old != bytes else { return }
      try keepVersion(name + ".observes", old)
    }
    try replace(url, with: bytes, what: "les chiffres observés de « \(name) »")
  }
}
