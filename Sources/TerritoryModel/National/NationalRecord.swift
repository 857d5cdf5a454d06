import Foundation

/// The public record of the territories of the experiment: one dated
/// observation per line, each with its source (`Data/tzcld-territories.csv`,
/// a copy of the project's reference file, embedded).
///
/// ```swift
/// let record = NationalRecord.shipped
/// record.territories.count                                   // 17
/// record.observations(of: "troyes-champagne", .headcount)    // Troyes' dated headcounts, in date order
/// ```
///
/// **Keeping it current.** A territory or a new figure is one line:
/// `territory,departement,habilitation,ebe,observed,what,value,source`, with
/// `habilitation` and `observed` written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`,
/// `what` one of ``NationalObservation/Kind``, `value` a number ≥ 0 and a
/// non-empty `source`. A territory's département and habilitation must read
/// the same on each of its lines (its EBE may change: one company, then two). A line that breaks a rule is refused
/// with its number and column (``NationalRecordProblem``).
public struct NationalRecord: Sendable {
  public static let header = ["territory", "departement", "habilitation", "ebe", "observed", "what", "value", "source"]

  /// Every observation, in file order.
  public let observations: [NationalObservation]

  /// The territories named, in order of first appearance.
  public let territories: [NationalTerritory]

  /// Reads the file's text (comma-separated, header row, no quoted fields: a source names its
  /// pages with `;` between them).
  public init(csv text: String) throws(NationalRecordProblem) {
    var observations: [NationalObservation] = []
    var territories: [NationalTerritory] = []
    for row in try RecordLines.rows(text, header: Self.header) {
      let n = row.line
      let f = row.fields
      let column = row.column
      guard f[0].range(of: #"^[a-z0-9][a-z0-9-]*$"#, options: .regularExpression) != nil else {
        throw NationalRecordProblem(line: n, column: 1, "`\(f[0])` is not a territory id (lower-case letters, digits, `-`)")
      }
      guard f[1].range(of: #"^(\d{2}|2A|2B|\d{3})$"#, options: .regularExpression) != nil else {
        throw NationalRecordProblem(line: n, column: column(1), "`\(f[1])` is not a département number")
      }
      guard let habilitation = PartialDate(f[2]) else {
        throw NationalRecordProblem(
          line: n, column: column(2), "the habilitation must be written YYYY, YYYY-MM or YYYY-MM-DD, found `\(f[2])`")
      }
      guard let observed = PartialDate(f[4]) else {
        throw NationalRecordProblem(
          line: n, column: column(4), "the date observed must be written YYYY, YYYY-MM or YYYY-MM-DD, found `\(f[4])`")
      }
      guard let kind = NationalObservation.Kind(rawValue: f[5]) else {
        throw NationalRecordProblem(
          line: n, column: column(5),
          "`\(f[5])` is not a kind of observation; use one of \(NationalObservation.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      guard let value = Double(f[6]), value.isFinite, value >= 0 else {
        throw NationalRecordProblem(line: n, column: column(6), "the value must be a number ≥ 0, found `\(f[6])`")
      }
      let source = f[7].trimmingCharacters(in: .whitespaces)
      guard !source.isEmpty else { throw NationalRecordProblem(line: n, column: column(7), "every observation names its source") }
      let territory = NationalTerritory(id: f[0], departement: f[1], habilitation: habilitation, ebe: f[3])
      if let known = territories.first(where: { $0.id == territory.id }) {
        // The EBE's name may change with the date or the source (one EBE, then two); not the territory.
        guard known.departement == territory.departement, known.habilitation == territory.habilitation else {
          throw NationalRecordProblem(
            line: n, column: 1, "`\(territory.id)` reads differently here (département or habilitation) than on its first line")
        }
      } else {
        territories.append(territory)
      }
      observations.append(
        NationalObservation(territory: territory.id, ebe: f[3], date: observed, kind: kind, value: value, source: source, line: n))
    }
    self.observations = observations
    self.territories = territories
  }

  /// The observations of `territory` of one kind, in date order (file order for equal dates).
  public func observations(of territory: String, _ kind: NationalObservation.Kind) -> [NationalObservation] {
    observations.enumerated().filter { $0.element.territory == territory && $0.element.kind == kind }
      .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
  }

  /// The shipped record.
  public static let shipped: NationalRecord = {
    // The embedded copy is checked by the tests: it reads.
    // swift-format-ignore: NeverUseForceTry
    try! NationalRecord(csv: String(decoding: PackageResources.tzcld_territories_csv, as: UTF8.self))
  }()
}
