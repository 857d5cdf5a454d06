import Foundation
import Studies

/// Files kept in memory (the study written without a folder).
final class MemoryDestination: StudyDestination {
  var texts: [String: String] = [:]
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tzsim-mem-\(UUID().uuidString)")

  func append(_ name: String) throws -> FileHandle {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    return try FileHandle(forWritingTo: url)
  }

  func write(_ name: String, _ text: String) throws { texts[name] = text }

  deinit { try? FileManager.default.removeItem(at: folder) }

  func bytes(_ name: String) -> [UInt8]? {
    texts[name].map { Array($0.utf8) } ?? (try? Data(contentsOf: folder.appendingPathComponent(name))).map { [UInt8]($0) }
  }
}
