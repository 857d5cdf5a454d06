/// Text made safe inside HTML and SVG, in element content and in attributes
/// written between double quotes: `&`, `<`, `>` and `"` escaped. The report,
/// its charts and the browser workspace's pages all escape through it.
///
/// ```swift
/// HTMLText.escape(#"<b> & "x""#)   // "&lt;b&gt; &amp; &quot;x&quot;"
/// HTMLText.inertMarkdown("# <script>")   // "# &lt;script>"
/// ```
public enum HTMLText {
  public static func escape(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return s }
    var out = ""
    out.reserveCapacity(s.utf8.count + 16)
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// A Markdown document in which no raw HTML can start: every `<` becomes
  /// `&lt;`, which Markdown viewers show as `<`. (A report's names are the
  /// planner's text; a viewer would otherwise run a `<script>` among them.)
  public static func inertMarkdown(_ md: String) -> String {
    md.utf8.contains(0x3C) ? md.replacingOccurrences(of: "<", with: "&lt;") : md
  }
}
