public import SimulationCore

/// A target the planners set, e.g. "accompanied persons in 2020 ≥ 800" or
/// "EBE headcount on 31 Dec 2024 ≥ 80".
public struct Objective: Hashable, Sendable {
  /// When the KPI is read.
  public enum Period: Hashable, Sendable, CustomStringConvertible {
    /// A calendar year: counts over the year, levels at its last day.
    case year(Int)
    /// A date: counts from the start to that day, levels at that day.
    case date(CivilDate)
    /// The whole horizon.
    case horizon

    public var description: String {
      switch self {
      case .year(let y): String(y)
      case .date(let d): d.description
      case .horizon: "horizon"
      }
    }
  }

  public enum Comparison: String, Hashable, Sendable {
    case atLeast = "at_least"
    case atMost = "at_most"

    public func holds(_ value: Double, _ target: Double) -> Bool {
      self == .atLeast ? value >= target : value <= target
    }
  }

  public var id: String
  /// A trackable KPI identifier (``TrackedKPI``).
  public var kpi: TrackedKPI
  public var period: Period
  public var comparison: Comparison
  public var target: Double

  /// The figure of the results closest to the objective: `kpi@year` for a
  /// year, else the bare `kpi` (total or value at the end of the horizon).
  public var figureKey: String {
    if case .year(let y) = period { return "\(kpi.id)@\(y)" }
    return kpi.id
  }

  public init(id: String, kpi: TrackedKPI, period: Period, comparison: Comparison = .atLeast, target: Double) {
    self.id = id
    self.kpi = kpi
    self.period = period
    self.comparison = comparison
    self.target = target
  }
}
