import Foundation
import Studies

/// A run's files, written into a staging folder inside `tzsim-runs/` and
/// moved to their own folder only once complete: a run that fails, is
/// cancelled or dies leaves no half-written results (the next start of the
/// workspace removes a staging folder left by a dead process).
final class RunFolder: StudyDestination, @unchecked Sendable {
  static let stagingPrefix = ".staging-"
  let staging: URL
  let destination: URL

  init(runsFolder: URL, name: String) throws {
    staging = runsFolder.appendingPathComponent(Self.stagingPrefix + name, isDirectory: true)
    destination = runsFolder.appendingPathComponent(name, isDirectory: true)
    let fm = FileManager.default
    guard !fm.fileExists(atPath: destination.path) else {
      throw WorkspaceProblem(.forbidden, "\(destination.path) existe déjà : TZSim ne le remplace pas")
    }
    if fm.fileExists(atPath: staging.path) { try fm.removeItem(at: staging) }
    try fm.createDirectory(at: staging, withIntermediateDirectories: false)
  }

  func write(_ name: String, _ text: String) throws {
    let url = staging.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func append(_ name: String) throws -> FileHandle {
    let url = staging.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    return try FileHandle(forWritingTo: url)
  }

  /// Lists the files (the same manifest as `tzsim run`'s folders) and moves the folder into place.
  func commit() throws {
    try write(OutputManifest.name, OutputManifest.text(for: staging))
    try FileManager.default.moveItem(at: staging, to: destination)
  }

  func discard() { try? FileManager.default.removeItem(at: staging) }

  /// The files under `root`, as sorted relative paths.
  static func files(in root: URL) -> [String] {
    let base = root.standardizedFileURL.path + "/"
    let all = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])?.compactMap { $0 as? URL } ?? []
    return all.filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
      .map { $0.standardizedFileURL.path.replacingOccurrences(of: base, with: "") }.sorted()
  }
}
