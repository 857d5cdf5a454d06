import Foundation

/// The published national figures (one line each, with its source) a
/// national study's replay is compared with.
public struct NationalPoints: Sendable {
  public static let header = ["observed", "what", "value", "source"]
  public let points: [NationalPoint]

  /// Reads the file's text (comma-separated, header row, no quoted fields).
  public init(csv text: String) throws(NationalRecordProblem) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    guard let first = lines.first, first.split(separator: ",", omittingEmptySubsequences: false).map(String.init) == Self.header else {
      throw NationalRecordProblem(line: 1, column: 1, "the header must be \(Self.header.joined(separator: ","))")
    }
    var points: [NationalPoint] = []
    for (i, line) in lines.enumerated().dropFirst() where !line.allSatisfy(\.isWhitespace) {
      let n = i + 1
      let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard f.count == Self.header.count else {
        throw NationalRecordProblem(line: n, column: 1, "expected \(Self.header.count) fields, found \(f.count)")
      }
      func column(_ k: Int) -> Int { f[..<k].reduce(1) { $0 + $1.count + 1 } }
      guard let date = PartialDate(f[0]) else {
        throw NationalRecordProblem(line: n, column: 1, "the date must be written YYYY, YYYY-MM or YYYY-MM-DD, found `\(f[0])`")
      }
      guard let measure = NationalPoint.Measure(rawValue: f[1]) else {
        throw NationalRecordProblem(
          line: n, column: column(1),
          "`\(f[1])` is not a national measure; use one of \(NationalPoint.Measure.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      let yearly = measure == .fteYear || measure == .stateSpendYear
      guard yearly == (date.month == nil) else {
        throw NationalRecordProblem(
          line: n, column: 1, yearly ? "a yearly measure is dated by its year alone (YYYY)" : "a level is dated by its month (YYYY-MM)")
      }
      guard let value = Double(f[2]), value.isFinite, value >= 0 else {
        throw NationalRecordProblem(line: n, column: column(2), "the value must be a number ≥ 0, found `\(f[2])`")
      }
      let source = f[3].trimmingCharacters(in: .whitespaces)
      guard !source.isEmpty else { throw NationalRecordProblem(line: n, column: column(3), "every figure names its source") }
      points.append(NationalPoint(date: date, measure: measure, value: value, source: source, line: n))
    }
    self.points = points
  }

  /// The shipped figures.
  public static let shipped: NationalPoints = {
    // The embedded copy is checked by the tests: it reads.
    // swift-format-ignore: NeverUseForceTry
    try! NationalPoints(csv: String(decoding: PackageResources.tzcld_national_points_csv, as: UTF8.self))
  }()
}
