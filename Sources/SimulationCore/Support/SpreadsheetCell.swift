/// A text cell of a CSV file as a spreadsheet will read it: never a formula.
///
/// Excel and LibreOffice evaluate a cell that begins with `=`, `+`, `-` or
/// `@` (and some read a leading tab or carriage return the same way), even
/// when the CSV field is quoted. Every text cell TZSim writes goes through
/// ``field(_:separator:)``: such a cell gets a leading apostrophe (OWASP's
/// rule against CSV injection), so the spreadsheet shows it as text. A cell
/// that is a number (`-3`, `-2,5`, `+1e3`) is left as it is.
///
/// ```swift
/// SpreadsheetCell.field("=HYPERLINK(\"http://x\")", separator: ";")  // "\"'=HYPERLINK(\"\"http://x\"\")\""
/// SpreadsheetCell.field("-2,5", separator: ";")                    // "\"-2,5\"" (a number, quoted for its comma)
/// ```
public enum SpreadsheetCell {
  /// The first characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

  /// `text` as a spreadsheet must show it: with a leading apostrophe when it
  /// would otherwise be read as a formula, unchanged otherwise.
  public static func inert(_ text: String) -> String {
    guard let first = text.first, formulaStarts.contains(first), !isNumber(text) else { return text }
    return "'" + text
  }

  /// A CSV field: made ``inert(_:)``, then quoted when it holds a separator
  /// (`,` or `;`), a quote or a line break.
  public static func field(_ text: String, separator: String) -> String {
    let s = inert(text)
    if s.contains(separator) || s.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "," || $0 == ";" }) {
      var quoted = "\""
      for c in s { quoted += c == "\"" ? "\"\"" : String(c) }
      return quoted + "\""
    }
    return s
  }

  /// Whether `text` is a plain decimal number, with a point or a comma.
  static func isNumber(_ text: String) -> Bool {
    guard text.count <= 40, text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.,eE".contains($0)) }) else { return false }
    return Double(String(text.map { $0 == "," ? "." : $0 })) != nil
  }
}
