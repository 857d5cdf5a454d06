import Foundation
import Studies

/// A run's folder in `tzsim-runs/`: a ``StudyFolder`` that never replaces an
/// existing folder (run names are unique; the workspace holds its own lock),
/// with the workspace's words for its refusals. A run that fails, is
/// cancelled or dies leaves no half-written results; the next start of the
/// workspace removes a staging folder left by a dead process.
final class RunFolder: StudyDestination, @unchecked Sendable {
  let folder: StudyFolder

  init(runsFolder: URL, name: String) throws {
    do {
      folder = try StudyFolder(destination: runsFolder.appendingPathComponent(name, isDirectory: true), replacing: false, locking: false)
    } catch {
      throw Self.problem(error, runsFolder.appendingPathComponent(name).path)
    }
  }

  /// A refusal in the workspace's words.
  static func problem(_ refusal: StudyFolder.Refusal, _ path: String) -> WorkspaceProblem {
    switch refusal {
    case .exists, .isAFile, .foreign, .busy: WorkspaceProblem(.forbidden, "\(path) existe déjà : TZSim ne le remplace pas")
    case .cannotCreate(let reason): WorkspaceProblem(.invalid, "\(path) n'a pas pu être créé (\(reason))")
    case .cannotMove(let reason): WorkspaceProblem(.invalid, "les résultats n'ont pas pu être rangés dans \(path) (\(reason))")
    }
  }

  func write(_ name: String, _ text: String) throws { try folder.write(name, text) }

  func append(_ name: String) throws -> FileHandle { try folder.append(name) }

  /// Lists the files (the same manifest as `tzsim run`'s folders) and moves the folder into place.
  func commit() throws {
    do {
      try folder.commit()
    } catch {
      throw Self.problem(error, folder.destination.path)
    }
  }

  func discard() { folder.discard() }
}
