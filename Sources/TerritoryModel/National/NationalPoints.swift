import Foundation

/// The published national figures (one line each, with its source) a
/// national study's replay is compared with.
public struct NationalPoints: Sendable {
  public static let header = ["observed", "what", "value", "source"]
  public let points: [NationalPoint]

  /// Reads the file's text (comma-separated, header row, no quoted fields).
  public init(csv text: String) throws(NationalRecordProblem) {
    var points: [NationalPoint] = []
    for row in try RecordLines.rows(text, header: Self.header) {
      let n = row.line
      let f = row.fields
      let column = row.column
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
