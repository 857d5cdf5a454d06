import Foundation

/// Writes a run's files into a temporary folder beside the destination and
/// moves it into place only when everything is written: a failed or
/// interrupted run leaves no partial output.
struct OutputDirectory {
  let destination: URL
  let staging: URL

  /// - Throws: ``Failure/usage`` if the destination exists and is not a
  ///   previous tzsim output (it has no `summary.json`), so nothing else is overwritten.
  init(path: String) throws {
    destination = URL(fileURLWithPath: path).standardizedFileURL
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    if fm.fileExists(atPath: destination.path, isDirectory: &isDirectory) {
      let previous = destination.appendingPathComponent("summary.json").path
      guard isDirectory.boolValue, fm.fileExists(atPath: previous) || (try? fm.contentsOfDirectory(atPath: destination.path))?.isEmpty == true else {
        throw Failure.usage("\(path): error: exists and is not a previous tzsim output", hint: "choose another --output, or remove it")
      }
    }
    let parent = destination.deletingLastPathComponent()
    do {
      try fm.createDirectory(at: parent, withIntermediateDirectories: true)
      staging = parent.appendingPathComponent(".\(destination.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
      try? fm.removeItem(at: staging)
      try fm.createDirectory(at: staging, withIntermediateDirectories: false)
    } catch {
      throw Failure.usage("\(path): error: cannot create the output folder (\(error.localizedDescription))", hint: "check the path and permissions")
    }
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
    FileManager.default.createFile(atPath: url.path, contents: nil)
    guard let h = try? FileHandle(forWritingTo: url) else { throw Failure.internal("cannot open \(name)") }
    return h
  }

  /// Moves the finished files into place (replacing a previous output).
  func commit() throws {
    let fm = FileManager.default
    do {
      if fm.fileExists(atPath: destination.path) {
        let old = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try fm.moveItem(at: destination, to: old)
        try fm.moveItem(at: staging, to: destination)
        try? fm.removeItem(at: old)
      } else {
        try fm.moveItem(at: staging, to: destination)
      }
    } catch {
      throw Failure.internal("cannot move the results into \(destination.path): \(error.localizedDescription)")
    }
  }

  func discard() { try? FileManager.default.removeItem(at: staging) }
}
