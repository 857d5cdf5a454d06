import Foundation
import NIOCore

/// A form's fields, in order: from an `application/x-www-form-urlencoded`
/// body, or from a `multipart/form-data` one (a file upload), whose files are
/// kept apart in ``files`` (in memory only: the server never writes an upload as such).
struct FormBody {
  struct File {
    let fileName: String
    let bytes: [UInt8]
  }

  let pairs: [(name: String, value: String)]
  /// Uploaded files by field name (multipart bodies only).
  var files: [String: File] = [:]

  init(_ body: String) {
    pairs = body.split(separator: "&", omittingEmptySubsequences: true).map { part in
      let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      func decode(_ s: Substring) -> String {
        (String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding) ?? String(s)
      }
      return (decode(kv[0]), kv.count > 1 ? decode(kv[1]) : "")
    }
  }

  /// The body as its `Content-Type` says: multipart when it names a boundary, URL-encoded otherwise.
  init(_ buffer: ByteBuffer, contentType: String?) {
    guard let type = contentType, type.lowercased().hasPrefix("multipart/form-data"),
      let b = type.range(of: "boundary=", options: .caseInsensitive)
    else {
      self.init(String(buffer: buffer))
      return
    }
    var boundary = String(type[b.upperBound...].prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces)
    if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 { boundary = String(boundary.dropFirst().dropLast()) }
    var pairs: [(String, String)] = []
    var files: [String: File] = [:]
    for part in Self.parts(Array(buffer.readableBytesView), boundary: boundary) {
      guard let name = part.name else { continue }
      if let fileName = part.fileName {
        files[name] = File(fileName: fileName, bytes: part.body)
      } else {
        pairs.append((name, String(decoding: part.body, as: UTF8.self)))
      }
    }
    self.init(pairs: pairs, files: files)
  }

  init(pairs: [(String, String)], files: [String: File]) {
    self.pairs = pairs.map { (name: $0.0, value: $0.1) }
    self.files = files
  }

  subscript(_ name: String) -> String? { pairs.last { $0.name == name }?.value }

  /// The fields whose name starts with `prefix`, keyed by the rest of the name.
  func fields(prefixed prefix: String) -> [String: String] {
    var out: [String: String] = [:]
    for (n, v) in pairs where n.hasPrefix(prefix) { out[String(n.dropFirst(prefix.count))] = v }
    return out
  }

  struct Part {
    var name: String?
    var fileName: String?
    var body: [UInt8]
  }

  /// The parts of a multipart body (RFC 7578): each after a `--boundary` line, its headers, a blank line, its bytes.
  static func parts(_ bytes: [UInt8], boundary: String) -> [Part] {
    let delimiter = Array("--\(boundary)".utf8)
    var starts: [Int] = []
    var i = 0
    while let j = find(delimiter, in: bytes, from: i) {
      starts.append(j)
      i = j + delimiter.count
    }
    var out: [Part] = []
    for (k, start) in starts.enumerated() where k + 1 < starts.count {
      var from = start + delimiter.count
      if from + 1 < bytes.count, bytes[from] == 13, bytes[from + 1] == 10 { from += 2 }
      // The part ends with CRLF before the next delimiter.
      var end = starts[k + 1]
      if end >= 2, bytes[end - 2] == 13, bytes[end - 1] == 10 { end -= 2 }
      guard from <= end, let blank = find([13, 10, 13, 10], in: Array(bytes[from..<end]), from: 0) else { continue }
      let headers = String(decoding: bytes[from..<(from + blank)], as: UTF8.self)
      var part = Part(body: Array(bytes[(from + blank + 4)..<end]))
      for line in headers.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
        part.name = parameter("name", in: line)
        part.fileName = parameter("filename", in: line)
      }
      out.append(part)
    }
    return out
  }

  /// `name="value"` in a header line (the quoted form browsers send).
  static func parameter(_ key: String, in line: String) -> String? {
    for piece in line.components(separatedBy: ";").dropFirst() {
      let kv = piece.trimmingCharacters(in: .whitespaces)
      guard kv.lowercased().hasPrefix(key + "=") else { continue }
      var value = String(kv.dropFirst(key.count + 1))
      if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
      return value
    }
    return nil
  }

  static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
    var i = from
    while i <= haystack.count - needle.count {
      if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }
}
