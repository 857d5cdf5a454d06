/// What a figure is: a KPI, along a dimension, for a period; written
/// `kpi`, `kpi@period`, `kpi[dimension]` or `kpi[dimension]@period`
/// (`pce.accompanied[site=troyes]@2020`). The one parser and printer of that form.
///
/// ```swift
/// let key = ResultKey(parsing: "pce.accompanied[site=troyes]@2020")
/// key.kpi        // "pce.accompanied"
/// key.dimension  // "site=troyes"
/// key.period     // "2020"
/// key.text       // "pce.accompanied[site=troyes]@2020"
/// ```
public struct ResultKey: Hashable, Sendable, CustomStringConvertible {
  public let kpi: String
  /// `""` for the whole territory, else `name=value`.
  public let dimension: String
  /// A year, or `""` for the whole horizon.
  public let period: String

  public init(kpi: String, dimension: String = "", period: String = "") {
    self.kpi = kpi
    self.dimension = dimension
    self.period = period
  }

  /// Reads the written form; a text with neither `[` nor `@` is a bare KPI.
  public init(parsing text: String) {
    let kpiEnd = text.firstIndex { $0 == "[" || $0 == "@" } ?? text.endIndex
    kpi = String(text[..<kpiEnd])
    var rest = text[kpiEnd...]
    if rest.first == "[", let close = rest.lastIndex(of: "]") {
      dimension = String(rest[rest.index(after: rest.startIndex)..<close])
      rest = rest[rest.index(after: close)...]
    } else {
      dimension = ""
    }
    period = rest.first == "@" ? String(rest.dropFirst()) : ""
  }

  /// The written form.
  public var text: String { (dimension.isEmpty ? kpi : "\(kpi)[\(dimension)]") + (period.isEmpty ? "" : "@\(period)") }

  public var description: String { text }
}
