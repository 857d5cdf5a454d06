import Foundation
import Studies

/// A run's files, written into a staging folder inside `tzsim-runs/` and
/// moved to their own folder only once complete: a run that fails, is
/// cancelled or dies leaves no half-written results (the next start of the
/// workspace removes a staging folder left by a dead process). A staging
/// folder carries a marker file; only a folder with it is ever removed.
final class RunFolder: StudyDestination, @unchecked Sendable {
  static let stagingPrefix = ".staging-"
  static let stagingMarker = ".tzsim-staging"
  let staging: URL
  let destination: URL

  init(runsFolder: URL, name: String) throws {
    staging = runsFolder.appendingPathComponent(Self.stagingPrefix + name, isDirectory: true)
    destination = runsFolder.appendingPathComponent(name, isDirectory: true)
    let fm = FileManager.default
    guard !fm.fileExists(atPath: destination.path) else {
      throw WorkspaceProblem(.forbidden, "\(destination.path) existe déjà : TZSim ne le remplace pas")
    }
    Self.removeIfStaging(staging)
    guard !fm.fileExists(atPath: staging.path) else {
      throw WorkspaceProblem(.forbidden, "\(staging.path) existe et n'a pas été écrit par TZSim : il n'est pas touché")
    }
    try fm.createDirectory(at: staging, withIntermediateDirectories: false)
    try Data().write(to: staging.appendingPathComponent(Self.stagingMarker), options: .withoutOverwriting)
  }

  /// Removes `url` if it is a staging folder of TZSim's (it holds the marker).
  static func removeIfStaging(_ url: URL) {
    guard FileManager.default.fileExists(atPath: url.appendingPathComponent(stagingMarker).path) else { return }
    try? FileManager.default.removeItem(at: url)
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
    let marker = staging.appendingPathComponent(Self.stagingMarker)
    try FileManager.default.removeItem(at: marker)
    do {
      try write(OutputManifest.name, OutputManifest.text(for: staging))
      try FileManager.default.moveItem(at: staging, to: destination)
    } catch {
      _ = FileManager.default.createFile(atPath: marker.path, contents: nil)  // still ours: `discard` may remove it
      throw error
    }
  }

  func discard() { Self.removeIfStaging(staging) }

  /// The files under `root`, as sorted relative paths.
  static func files(in root: URL) -> [String] {
    let base = root.standardizedFileURL.path + "/"
    let all = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])?.compactMap { $0 as? URL } ?? []
    return all.filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
      .map { $0.standardizedFileURL.path.replacingOccurrences(of: base, with: "") }.sorted()
  }
}
