public import Foundation

/// One earlier state of a scenario, kept by the workspace when a save replaced it
/// (in `tzsim-runs/historique/<scenario>/`), or a scenario put in the bin
/// (`tzsim-runs/corbeille/`).
///
/// The file name carries the moment (UTC, to the millisecond) so that the
/// versions sort by date: `20261203-014502.123-troyes-2020.yaml`.
public struct SavedVersion: Sendable, Equatable, Identifiable {
  /// The file name in its folder: what a restore asks for.
  public let id: String
  /// When it was replaced (history) or put in the bin.
  public let date: Date
  /// The scenario's file name (for a version in the bin: the name it had).
  public let scenario: String
  /// Its size in bytes.
  public let size: Int

  /// The name of a version of `scenario` kept at `date`.
  static func fileName(_ scenario: String, at date: Date) -> String {
    stamp(date) + "-" + scenario
  }

  /// The version a file name of the history or the bin describes, or nil if the name is not one TZSim writes.
  init?(fileName: String, size: Int) {
    guard fileName.count > 20, !fileName.hasPrefix(".") else { return nil }
    let stampText = String(fileName.prefix(19))
    let rest = fileName.dropFirst(19)
    guard rest.first == "-", let date = Self.date(stamp: stampText) else { return nil }
    let scenario = String(rest.dropFirst())
    guard Workspace.isScenarioName(scenario) else { return nil }
    self.id = fileName
    self.date = date
    self.scenario = scenario
    self.size = size
  }

  static let utc: Calendar = {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = TimeZone(identifier: "UTC")!
    return c
  }()

  /// `yyyyMMdd-HHmmss.SSS` in UTC.
  static func stamp(_ date: Date) -> String {
    let d = utc.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
    func two(_ x: Int?) -> String { String(format: "%02d", x ?? 0) }
    return String(format: "%04d", d.year ?? 0) + two(d.month) + two(d.day) + "-" + two(d.hour) + two(d.minute) + two(d.second)
      + "." + String(format: "%03d", min(999, (d.nanosecond ?? 0) / 1_000_000))
  }

  /// The date of a stamp, or nil if it is not one.
  static func date(stamp s: String) -> Date? {
    let c = Array(s)
    guard c.count == 19, c[8] == "-", c[15] == "." else { return nil }
    func n(_ r: Range<Int>) -> Int? { Int(String(c[r])) }
    guard let y = n(0..<4), let mo = n(4..<6), let d = n(6..<8), let h = n(9..<11), let mi = n(11..<13), let se = n(13..<15),
      let ms = n(16..<19)
    else { return nil }
    let comps = DateComponents(year: y, month: mo, day: d, hour: h, minute: mi, second: se, nanosecond: ms * 1_000_000)
    return utc.date(from: comps)
  }
}
