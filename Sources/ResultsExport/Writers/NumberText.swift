import Foundation

/// Byte-stable number text: at most 6 decimals, trailing zeros removed,
/// `-0` written `0`; a French flavour with a decimal comma.
public enum NumberText {
  public static func plain(_ x: Double) -> String { text(x, point: ".") }

  /// `plain` with `point` as the decimal separator.
  static func text(_ x: Double, point: String) -> String {
    guard x.isFinite else { return "" }
    // Integer arithmetic on millionths: exact, and far cheaper than a
    // locale-aware formatter (replications.csv writes hundreds of thousands).
    guard abs(x) < 9e12 else {
      return trimmed(String(format: "%.6f", locale: Locale(identifier: "en_US_POSIX"), x)).replacingOccurrences(of: ".", with: point)
    }
    let scaled = Int64((x * 1e6).rounded())
    if scaled == 0 { return "0" }
    let whole = abs(scaled) / 1_000_000
    var fraction = abs(scaled) % 1_000_000
    var text = (scaled < 0 ? "-" : "") + String(whole)
    guard fraction != 0 else { return text }
    var digits = 6
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    let f = String(fraction)
    text += point + String(repeating: "0", count: digits - f.count) + f
    return text
  }

  static func trimmed(_ s: String) -> String {
    var s = s
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s == "-0" ? "0" : s
  }

  /// The same with a decimal comma, for French spreadsheets.
  public static func french(_ x: Double) -> String { text(x, point: ",") }

  /// `x` (≥ 0) with `digits` decimals, as `%.*f` writes it. Integer
  /// arithmetic where it is exact; `String(format:)` (correctly rounded, ties
  /// to even) when x·10^digits is huge or within a hair of a half.
  package static func fixed(_ x: Double, digits: Int) -> String {
    let scale = [1.0, 10, 100, 1000, 10_000, 100_000, 1_000_000]
    guard digits >= 0, digits < scale.count, x * scale[digits] < 1e15 else {
      return String(format: "%.\(digits)f", locale: Locale(identifier: "en_US_POSIX"), x)
    }
    let y = x * scale[digits]
    let distanceToHalf = abs(y - y.rounded(.down) - 0.5)
    guard distanceToHalf > 1e-6 else { return String(format: "%.\(digits)f", locale: Locale(identifier: "en_US_POSIX"), x) }
    let n = Int64(y.rounded())
    guard digits > 0 else { return String(n) }
    let unit = Int64(scale[digits])
    let f = String(n % unit)
    return String(n / unit) + "." + String(repeating: "0", count: digits - f.count) + f
  }

  /// A probability as a French percentage, the one format of reports, charts and the
  /// workspace: `45 %` (narrow no-break space, no decimals).
  public static func percentFR(_ p: Double) -> String { report(p * 100, digits: 0) + "\u{202F}%" }

  /// A French figure for the report: thin-space thousands, decimal comma, `digits` decimals.
  public static func report(_ x: Double, digits: Int = 0) -> String {
    guard x.isFinite else { return "–" }
    let rounded = fixed(abs(x), digits: digits)
    let parts = rounded.split(separator: ".")
    var whole = String(parts[0])
    var grouped = ""
    while whole.count > 3 {
      grouped = "\u{202F}" + whole.suffix(3) + grouped
      whole = String(whole.dropLast(3))
    }
    grouped = whole + grouped
    let sign = x < 0 && rounded.contains(where: { $0 != "0" && $0 != "." }) ? "−" : ""
    return sign + grouped + (parts.count > 1 ? "," + parts[1] : "")
  }
}
