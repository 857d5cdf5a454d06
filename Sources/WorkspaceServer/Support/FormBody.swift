import Foundation

/// A form's fields from an `application/x-www-form-urlencoded` body, in order.
struct FormBody {
  let pairs: [(name: String, value: String)]

  init(_ body: String) {
    pairs = body.split(separator: "&", omittingEmptySubsequences: true).map { part in
      let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      func decode(_ s: Substring) -> String {
        (String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding) ?? String(s)
      }
      return (decode(kv[0]), kv.count > 1 ? decode(kv[1]) : "")
    }
  }

  subscript(_ name: String) -> String? { pairs.last { $0.name == name }?.value }

  /// The fields whose name starts with `prefix`, keyed by the rest of the name.
  func fields(prefixed prefix: String) -> [String: String] {
    var out: [String: String] = [:]
    for (n, v) in pairs where n.hasPrefix(prefix) { out[String(n.dropFirst(prefix.count))] = v }
    return out
  }
}
