public import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A study's output folder, written whole or not at all: the files go into a
/// staging folder beside the destination (`.<name>.partial-<pid>`, marked as
/// TZSim's), which is moved into place with its manifest only when
/// everything is written. `tzsim` (its output folders) and the workspace (its
/// runs in `tzsim-runs/`) both write through it; each says a ``Refusal`` in
/// its own words.
///
/// **Nothing TZSim did not write is ever deleted.** An existing destination is
/// replaced only when the caller allows it and every entry in it is listed in
/// its manifest (or, for a folder written before manifests, has the name of a
/// TZSim output file); a staging folder is removed only if it holds the marker
/// and its process is gone. An optional lock beside the destination makes a
/// second concurrent writer refuse instead of racing.
///
/// ```swift
/// let folder = try StudyFolder(destination: URL(fileURLWithPath: "out/res"), replacing: true, locking: true)
/// try folder.write("summary.csv", "kpi,mean\n")
/// try folder.commit()   // out/res holds summary.csv and .tzsim-manifest
/// ```
public final class StudyFolder: StudyDestination, @unchecked Sendable {
  /// Why a folder cannot be written or moved into place.
  public enum Refusal: Error, Equatable {
    /// The folder (or its parent, or the lock) cannot be created; the system's reason.
    case cannotCreate(String)
    /// The destination is a file.
    case isAFile
    /// The destination exists and the caller does not replace folders.
    case exists
    /// The destination holds entries TZSim did not write (the first few named).
    case foreign([String])
    /// Another writer holds the destination's lock.
    case busy
    /// The finished folder could not be moved into place; the system's reason.
    case cannotMove(String)
  }

  public static let stagingMarker = ".tzsim-staging"
  /// Files a TZSim output held before manifests existed.
  static let legacyPattern =
    #"^(options(/[^/]+)?|(options/[^/]+/)?(summary\.json|summary\.csv|monthly\.csv|replications\.csv|report\.html|report\.md|comparison\.csv|comparison\.json|partial\.tzsim))$"#

  public let destination: URL
  public let staging: URL
  let replacing: Bool
  private var lockDescriptor: Int32 = -1

  /// Prepares the staging folder of `destination` (its parent is created).
  /// - Parameters:
  ///   - replacing: whether an earlier TZSim output at `destination` may be replaced.
  ///   - locking: whether to hold a lock (`.<name>.tzsim-lock` beside it) until commit or discard.
  public init(destination: URL, replacing: Bool, locking: Bool) throws(Refusal) {
    self.destination = destination.standardizedFileURL
    self.replacing = replacing
    let fm = FileManager.default
    let parent = self.destination.deletingLastPathComponent()
    let name = self.destination.lastPathComponent
    staging = parent.appendingPathComponent(".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)")
    do {
      try fm.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw .cannotCreate(error.localizedDescription)
    }
    if locking {
      let fd = open(parent.appendingPathComponent(".\(name).tzsim-lock").path, O_CREAT | O_RDWR, 0o644)
      guard fd >= 0 else { throw .cannotCreate("the lock cannot be created") }
      guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
        close(fd)
        throw .busy
      }
      lockDescriptor = fd
    }
    do {
      Self.removeAbandonedStaging(in: parent, for: name)
      try checkReplaceable()
      if fm.fileExists(atPath: staging.path) && !Self.removeIfStaging(staging) { throw Refusal.foreign([staging.lastPathComponent]) }
      try fm.createDirectory(at: staging, withIntermediateDirectories: false)
      try Data().write(to: staging.appendingPathComponent(Self.stagingMarker), options: .withoutOverwriting)
    } catch let refusal as Refusal {
      release()
      throw refusal
    } catch {
      release()
      throw .cannotCreate(error.localizedDescription)
    }
  }

  deinit { release() }

  private func release() {
    if lockDescriptor >= 0 {
      close(lockDescriptor)
      lockDescriptor = -1
    }
  }

  /// Refuses a destination this folder may not replace.
  func checkReplaceable() throws(Refusal) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory) else { return }
    guard isDirectory.boolValue else { throw .isAFile }
    guard replacing else { throw .exists }
    let manifest = (try? String(contentsOf: destination.appendingPathComponent(OutputManifest.name), encoding: .utf8))
      .map { Set($0.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }) }
    let foreign = OutputManifest.entries(of: destination).filter { entry in
      if entry == OutputManifest.name { return false }
      if let manifest { return !manifest.contains(entry) }
      return entry.range(of: Self.legacyPattern, options: .regularExpression) == nil
    }
    if !foreign.isEmpty { throw .foreign(foreign) }
  }

  /// Removes the staging folders in `parent` (of destination `name`, or of
  /// any) whose process is gone and that carry TZSim's marker.
  public static func removeAbandonedStaging(in parent: URL, for name: String? = nil) {
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] {
      guard entry.hasPrefix("."), let dash = entry.range(of: ".partial-", options: .backwards) else { continue }
      if let name, entry[entry.index(after: entry.startIndex)..<dash.lowerBound] != name { continue }
      guard let pid = Int32(entry[dash.upperBound...]), pid > 0 else { continue }
      if kill(pid, 0) == 0 || errno == EPERM { continue }  // still running
      removeIfStaging(parent.appendingPathComponent(entry))
    }
  }

  /// Removes `url` only if it is a TZSim staging folder (it holds the marker); whether it did.
  @discardableResult
  public static func removeIfStaging(_ url: URL) -> Bool {
    guard FileManager.default.fileExists(atPath: url.appendingPathComponent(stagingMarker).path) else { return false }
    return (try? FileManager.default.removeItem(at: url)) != nil
  }

  public func write(_ name: String, _ text: String) throws {
    let url = staging.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  public func append(_ name: String) throws -> FileHandle {
    let url = staging.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    return try FileHandle(forWritingTo: url)
  }

  /// Writes the manifest and moves the finished files into place, replacing
  /// an earlier TZSim output when allowed (checked again: it may have changed).
  /// On failure the staging folder is removed.
  public func commit() throws(Refusal) {
    let fm = FileManager.default
    do {
      try fm.removeItem(at: staging.appendingPathComponent(Self.stagingMarker))
      try Data(OutputManifest.text(for: staging).utf8).write(to: staging.appendingPathComponent(OutputManifest.name))
      if fm.fileExists(atPath: destination.path) {
        try checkReplaceable()
        let old = destination.deletingLastPathComponent().appendingPathComponent(
          ".\(destination.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try fm.moveItem(at: destination, to: old)
        try fm.moveItem(at: staging, to: destination)
        try? fm.removeItem(at: old)
      } else {
        try fm.moveItem(at: staging, to: destination)
      }
    } catch let refusal as Refusal {
      forceDiscard()
      throw refusal
    } catch {
      forceDiscard()
      throw .cannotMove(error.localizedDescription)
    }
    release()
  }

  /// Removes the staging folder (it is still marked as TZSim's).
  public func discard() {
    Self.removeIfStaging(staging)
    release()
  }

  /// After a failed commit the marker may be gone: the folder is ours all the same.
  private func forceDiscard() {
    _ = FileManager.default.createFile(atPath: staging.appendingPathComponent(Self.stagingMarker).path, contents: nil)
    discard()
  }
}
