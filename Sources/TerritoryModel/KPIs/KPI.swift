/// One key performance indicator of the territory model: its stable
/// identifier, how it is accumulated, its unit and its words.
///
/// The catalogue (``KPI/all``) is the only place a KPI identifier is written
/// in the sources: the model records under ``KPI/id``, the exporters, the
/// report, the terminal summary and the studies look KPIs up by value, and a
/// test walks the catalogue against what a run produces and against the
/// documentation's table.
///
/// ```swift
/// let kpi = KPI.accompanied
/// print(kpi.id, kpi.kind, kpi.name.fr)  // pce.accompanied count Personnes accompagnées
/// ```
public struct KPI: Hashable, Sendable, CustomStringConvertible {
  /// The stable identifier, as written in results and scenario objectives.
  public let id: String
  public let kind: KPIKind
  public let unit: KPIUnit
  /// A short name for a table or a chart legend.
  public let name: Bilingual
  /// What it counts, in a phrase (no capital, no full stop).
  public let explanation: Bilingual
  /// The dimensions a figure may be split along (`site`, `commune`, …).
  public let dimensions: [String]
  /// An intermediate series that feeds a ratio and is not reported.
  public let isInternal: Bool
  /// A series that exists month by month only (no yearly figure).
  public let isMonthlyOnly: Bool
  /// Whether the whole territory's figure is also followed month by month
  /// (`monthly.csv`, the report's charts, observed series).
  public let isMonthly: Bool

  init(
    _ id: String, _ kind: KPIKind, _ unit: KPIUnit, name: Bilingual, explanation: Bilingual, dimensions: [String] = [],
    isInternal: Bool = false, monthlyOnly: Bool = false, monthly: Bool = false
  ) {
    self.id = id
    self.kind = kind
    self.unit = unit
    self.name = name
    self.explanation = explanation
    self.dimensions = dimensions
    self.isInternal = isInternal
    isMonthlyOnly = monthlyOnly
    isMonthly = monthly || monthlyOnly
  }

  /// Whether the model follows the KPI day by day, so that an objective can
  /// use it and the day it is met is known.
  public var isTracked: Bool { TrackedKPI(self) != nil }

  /// Whether the KPI is counted only when the scenario has a `tzcld` section.
  public var needsTZCLD: Bool { id.hasPrefix("tzcld.") }

  /// Whether `id` names a yes/no figure (its statistics are a share with a Wilson interval).
  public static func isFlag(_ id: String) -> Bool { named(id)?.kind == .flag }

  /// Decimals shown in a report.
  public var digits: Int { unit.digits(for: kind) }

  public var description: String { id }

  /// The catalogue entry with identifier `id`.
  public static func named(_ id: String) -> KPI? { byID[id] }

  private static let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
}

extension KPI {
  /// KPIs are equal when their identifiers are (the catalogue has one entry per identifier).
  public static func == (a: KPI, b: KPI) -> Bool { a.id == b.id }
  public func hash(into h: inout Hasher) { h.combine(id) }
}
