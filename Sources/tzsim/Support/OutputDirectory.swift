import Foundation
import Studies

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a run's files into a staging folder beside the destination and
/// moves it into place only when everything is written: a failed or
/// interrupted run leaves no partial output.
///
/// **Nothing TZSim did not write is ever deleted.** A finished folder holds a
/// manifest (`.tzsim-manifest`) of the files TZSim wrote there; an existing
/// destination is replaced only if every entry in it is listed (or, for a
/// folder written before manifests, has the name of a TZSim output file), and
/// refused otherwise, naming what is foreign. A lock beside the destination
/// makes a second concurrent run refuse instead of racing. Staging folders
/// carry a marker: one left by a run that was killed is removed by the next
/// run once its process is gone, and SIGINT or SIGTERM removes the current one.
final class OutputDirectory: StudyDestination, @unchecked Sendable {
  static let manifestName = OutputManifest.name
  static let stagingMarker = ".tzsim-staging"
  /// Files a TZSim output held before manifests existed.
  static let legacyPattern =
    #"^(options(/[^/]+)?|(options/[^/]+/)?(summary\.json|summary\.csv|monthly\.csv|replications\.csv|report\.html|report\.md|comparison\.csv|comparison\.json|partial\.tzsim))$"#

  let destination: URL
  let staging: URL
  private var lockDescriptor: Int32 = -1

  /// The default output folder for a scenario name: `out/<name><suffix>`, with
  /// the name reduced to letters, digits, `-`, `_` and `.`, and no `..`.
  static func defaultPath(scenarioName name: String, suffix: String = "") throws -> String {
    var safe = String(
      name.unicodeScalars.map { c -> Character in
        (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == ".") && c.isASCII ? Character(c) : "-"
      })
    while safe.contains("..") { safe = safe.replacingOccurrences(of: "..", with: "-") }
    safe = String(safe.drop { $0 == "-" || $0 == "." })
    guard !safe.isEmpty else {
      throw Failure.usage("error: the scenario's name `\(name)` gives no usable folder name", hint: "pass --output DIR")
    }
    return "out/\(safe)\(suffix)"
  }

  /// - Throws: ``Failure/usage`` if the destination holds anything TZSim did
  ///   not write, or another run is writing it.
  init(path: String) throws {
    destination = URL(fileURLWithPath: path).standardizedFileURL
    let fm = FileManager.default
    let parent = destination.deletingLastPathComponent()
    let name = destination.lastPathComponent
    do {
      try fm.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw Failure.usage(
        "\(path): error: cannot create the output folder (\(error.localizedDescription))", hint: "check the path and permissions")
    }
    // One run at a time per destination.
    let lockPath = parent.appendingPathComponent(".\(name).tzsim-lock").path
    let fd = open(lockPath, O_CREAT | O_RDWR, 0o644)
    guard fd >= 0 else {
      throw Failure.usage("\(path): error: cannot create the lock \(lockPath)", hint: "check the permissions of the parent folder")
    }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      close(fd)
      throw Failure.usage(
        "\(path): error: another tzsim run is writing this folder", hint: "wait for it to finish, or choose another --output")
    }
    lockDescriptor = fd
    staging = parent.appendingPathComponent(".\(name).partial-\(ProcessInfo.processInfo.processIdentifier)")
    do {
      Self.removeAbandonedStaging(in: parent, for: name)
      try Self.checkReplaceable(destination, shownAs: path)
      if fm.fileExists(atPath: staging.path) { try Self.removeIfStaging(staging) }
      try fm.createDirectory(at: staging, withIntermediateDirectories: false)
      try Data().write(to: staging.appendingPathComponent(Self.stagingMarker))
    } catch let f as Failure {
      release()
      throw f
    } catch {
      release()
      throw Failure.usage(
        "\(path): error: cannot create the output folder (\(error.localizedDescription))", hint: "check the path and permissions")
    }
    SignalCleanup.shared.register(staging)
  }

  deinit { release() }

  private func release() {
    if lockDescriptor >= 0 {
      close(lockDescriptor)
      lockDescriptor = -1
    }
  }

  /// Refuses a destination that holds anything TZSim did not write.
  static func checkReplaceable(_ destination: URL, shownAs path: String) throws {
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: destination.path, isDirectory: &isDirectory) else { return }
    guard isDirectory.boolValue else {
      throw Failure.usage("\(path): error: exists and is a file, not a tzsim output folder", hint: "choose another --output")
    }
    let entries = OutputManifest.entries(of: destination)
    let manifest = (try? String(contentsOf: destination.appendingPathComponent(manifestName), encoding: .utf8))
      .map { Set($0.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }) }
    let foreign = entries.filter { entry in
      if entry == manifestName { return false }
      if let manifest { return !manifest.contains(entry) }
      return entry.range(of: legacyPattern, options: .regularExpression) == nil
    }
    if !foreign.isEmpty {
      let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? ", …" : "")
      throw Failure.usage(
        "\(path): error: exists and holds \(foreign.count) file\(foreign.count > 1 ? "s" : "") tzsim did not write (\(shown)); nothing was changed",
        hint: "choose another --output, or move those files away")
    }
  }

  /// Removes staging folders of this destination whose run is over (its
  /// process is gone) and that carry TZSim's marker.
  static func removeAbandonedStaging(in parent: URL, for name: String) {
    let prefix = ".\(name).partial-"
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where entry.hasPrefix(prefix) {
      guard let pid = Int32(entry.dropFirst(prefix.count)), pid > 0 else { continue }
      if kill(pid, 0) == 0 || errno == EPERM { continue }  // still running
      try? removeIfStaging(parent.appendingPathComponent(entry))
    }
  }

  /// Removes a folder only if it is a TZSim staging folder (it holds the marker).
  static func removeIfStaging(_ url: URL) throws {
    guard FileManager.default.fileExists(atPath: url.appendingPathComponent(stagingMarker).path) else {
      throw Failure.usage("\(url.path): error: exists and is not a tzsim staging folder", hint: "move it away")
    }
    try FileManager.default.removeItem(at: url)
  }

  func write(_ name: String, _ text: String) throws {
    do {
      let url = staging.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    } catch {
      throw Failure.internal("cannot write \(name): \(error.localizedDescription)")
    }
  }

  /// Opens a file for appending while the run goes on.
  func append(_ name: String) throws -> FileHandle {
    let url = staging.appendingPathComponent(name)
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    guard let h = try? FileHandle(forWritingTo: url) else { throw Failure.internal("cannot open \(name)") }
    return h
  }

  /// Writes the manifest and moves the finished files into place, replacing
  /// a previous TZSim output (checked again: it may have changed meanwhile).
  func commit() throws {
    let fm = FileManager.default
    do {
      try fm.removeItem(at: staging.appendingPathComponent(Self.stagingMarker))
      try Data(OutputManifest.text(for: staging).utf8).write(to: staging.appendingPathComponent(Self.manifestName))
      if fm.fileExists(atPath: destination.path) {
        try Self.checkReplaceable(destination, shownAs: destination.path)
        let old = destination.deletingLastPathComponent().appendingPathComponent(
          ".\(destination.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try fm.moveItem(at: destination, to: old)
        try fm.moveItem(at: staging, to: destination)
        try? fm.removeItem(at: old)
      } else {
        try fm.moveItem(at: staging, to: destination)
      }
    } catch let f as Failure {
      discard()
      throw f
    } catch {
      discard()
      throw Failure.internal("cannot move the results into \(destination.path): \(error.localizedDescription)")
    }
    SignalCleanup.shared.unregister(staging)
    release()
  }

  func discard() {
    try? Self.removeIfStaging(staging)
    SignalCleanup.shared.unregister(staging)
    release()
  }
}
