import Foundation

/// Reads a file line by line in 1 MiB chunks: merging shards streams them
/// instead of loading whole files.
package final class LineReader {
  let handle: FileHandle
  var buffer = Data()
  var done = false

  package init?(path: String) {
    guard let h = FileHandle(forReadingAtPath: path) else { return nil }
    handle = h
  }

  deinit { try? handle.close() }

  /// The next line without its newline, or nil at the end.
  package func next() -> Substring? {
    while true {
      if let i = buffer.firstIndex(of: 0x0A) {
        let line = String(decoding: buffer[buffer.startIndex..<i], as: UTF8.self)
        buffer.removeSubrange(buffer.startIndex...i)
        return Substring(line)
      }
      if done {
        guard !buffer.isEmpty else { return nil }
        let line = String(decoding: buffer, as: UTF8.self)
        buffer.removeAll()
        return Substring(line)
      }
      let chunk = handle.readData(ofLength: 1 << 20)
      if chunk.isEmpty { done = true } else { buffer.append(chunk) }
    }
  }
}
