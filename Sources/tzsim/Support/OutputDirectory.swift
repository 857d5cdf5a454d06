import Foundation
import Studies

/// A command's output folder: a ``StudyFolder`` (staged, moved into place
/// whole, an earlier TZSim output replaced, nothing foreign ever deleted,
/// one writer at a time), with the command line's words for its refusals and
/// its staging folder removed on SIGINT or SIGTERM.
final class OutputDirectory: StudyDestination, @unchecked Sendable {
  let folder: StudyFolder
  /// The folder as the user wrote it, for messages.
  let shownAs: String

  var destination: URL { folder.destination }
  var staging: URL { folder.staging }

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
    shownAs = path
    do {
      folder = try StudyFolder(destination: URL(fileURLWithPath: path), replacing: true, locking: true)
    } catch {
      throw Self.failure(error, path)
    }
    SignalCleanup.shared.register(folder.staging)
  }

  /// A refusal in the command line's words.
  static func failure(_ refusal: StudyFolder.Refusal, _ path: String) -> Failure {
    switch refusal {
    case .cannotCreate(let reason):
      .usage("\(path): error: cannot create the output folder (\(reason))", hint: "check the path and permissions")
    case .isAFile: .usage("\(path): error: exists and is a file, not a tzsim output folder", hint: "choose another --output")
    case .exists: .usage("\(path): error: exists", hint: "choose another --output")
    case .foreign(let entries):
      .usage(
        "\(path): error: exists and holds \(entries.count) file\(entries.count > 1 ? "s" : "") tzsim did not write (\(entries.prefix(3).joined(separator: ", "))\(entries.count > 3 ? ", …" : "")); nothing was changed",
        hint: "choose another --output, or move those files away")
    case .busy:
      .usage("\(path): error: another tzsim run is writing this folder", hint: "wait for it to finish, or choose another --output")
    case .cannotMove(let reason): .internal("cannot move the results into \(path): \(reason)")
    }
  }

  func write(_ name: String, _ text: String) throws {
    do {
      try folder.write(name, text)
    } catch {
      throw Failure.internal("cannot write \(name): \(error.localizedDescription)")
    }
  }

  /// Opens a file for appending while the run goes on.
  func append(_ name: String) throws -> FileHandle {
    do {
      return try folder.append(name)
    } catch {
      throw Failure.internal("cannot open \(name)")
    }
  }

  /// Moves the finished files into place.
  func commit() throws {
    defer { SignalCleanup.shared.unregister(folder.staging) }
    do {
      try folder.commit()
    } catch {
      throw Self.failure(error, shownAs)
    }
  }

  func discard() {
    folder.discard()
    SignalCleanup.shared.unregister(folder.staging)
  }
}
