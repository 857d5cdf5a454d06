/// A span of a day, in minutes after midnight: `[start, end)`, e.g. 9:00–12:00
/// is `TimeWindow(start: 540, end: 720)`.
public struct TimeWindow: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
  public let start: Int
  public let end: Int

  /// - Returns: `nil` unless `0 <= start < end <= 1440`.
  public init?(start: Int, end: Int) {
    guard start >= 0, end <= 1440, start < end else { return nil }
    self.start = start
    self.end = end
  }

  /// Reads `HH:MM-HH:MM` (24-hour clock; `24:00` closes the day).
  public init?(parsing text: String) {
    let ends = text.split(separator: "-").map { $0.trimmingPrefix(" ") }
    guard ends.count == 2, let a = Self.minutes(String(ends[0])), let b = Self.minutes(String(ends[1])) else {
      return nil
    }
    self.init(start: a, end: b)
  }

  /// Length in minutes.
  public var minutes: Int { end - start }

  public static func < (a: Self, b: Self) -> Bool { (a.start, a.end) < (b.start, b.end) }

  /// `HH:MM-HH:MM`.
  public var description: String { "\(Self.clock(start))-\(Self.clock(end))" }

  static func minutes(_ text: String) -> Int? {
    let hm = text.trimmingCharacters(in: " ").split(separator: ":")
    guard hm.count == 2, hm[1].count == 2, let h = Int(hm[0]), let m = Int(hm[1]),
      (0...24).contains(h), (0..<60).contains(m), h * 60 + m <= 1440
    else { return nil }
    return h * 60 + m
  }

  static func clock(_ minutes: Int) -> String {
    let h = minutes / 60
    let m = minutes % 60
    return "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    var s = Substring(self)
    while s.first == set { s = s.dropFirst() }
    while s.last == set { s = s.dropLast() }
    return String(s)
  }
}
