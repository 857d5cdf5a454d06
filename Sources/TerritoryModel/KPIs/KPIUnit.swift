/// What a KPI's numbers measure; it decides how a figure is written.
public enum KPIUnit: String, Hashable, Sendable, CaseIterable {
  case persons
  case days
  /// A share between 0 and 1, written as a percentage.
  case share
  /// Full-time equivalents.
  case fte
  case euros
  case sessions
  case seats
  case attendances
  case letters
  case posts
  /// Days counted from the start of the horizon.
  case dayOfHorizon = "day_of_horizon"
  /// 0 or 1.
  case yesNo = "yes_no"

  /// Decimals shown in a report: one for durations, FTE and time averages.
  public func digits(for kind: KPIKind) -> Int {
    switch self {
    case .days, .fte: 1
    case .persons: kind == .ratio ? 1 : 0
    default: 0
    }
  }

  /// The unit's words after a number, empty when the KPI's name says it.
  public var words: Bilingual {
    switch self {
    case .days: Bilingual(fr: "jours", en: "days")
    case .euros: Bilingual(fr: "€", en: "€")
    case .fte: Bilingual(fr: "ETP", en: "FTE")
    default: Bilingual(fr: "", en: "")
    }
  }
}
