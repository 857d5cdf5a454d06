/// Text made safe for HTML: every character that could open markup escaped.
enum HTML {
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
  }

  /// A percentage in French: `71 %` (narrow no-break space).
  static func percent(_ p: Double) -> String { "\(Int((p * 100).rounded()))\u{202F}%" }
}
