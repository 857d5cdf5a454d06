import Stochastic
public import TerritoryModel

/// The numbers of a typical profile a fit may set, by key.
extension NationalProfile {
  /// Keys of the numbers a fit may set, with the range any value must keep.
  public static let fittable: [(key: String, range: ClosedRange<Double>)] = [
    ("hires_per_month", 0...100), ("headcount_ceiling", 1...5_000), ("spread", 0...0.9),
    ("volunteer_probability", 0...1), ("mobilisation_months", 0.1...600), ("inflow_per_year", 0...1),
    ("other_employer_per_year", 0...10),
  ]

  public func value(of key: String) -> Double? {
    switch key {
    case "hires_per_month": hiresPerMonth
    case "headcount_ceiling": headcountCeiling
    case "spread": spread
    case "volunteer_probability": volunteerProbability
    case "mobilisation_months": mobilisationMonths
    case "inflow_per_year": inflowPerYear
    case "other_employer_per_year": otherEmployerPerYear
    default: nil
    }
  }

  /// The profile with `key` set to `value` (a key not in ``fittable`` changes nothing).
  public func setting(_ key: String, _ value: Double) -> NationalProfile {
    var p = self
    switch key {
    case "hires_per_month": p.hiresPerMonth = value
    case "headcount_ceiling": p.headcountCeiling = value
    case "spread": p.spread = value
    case "volunteer_probability": p.volunteerProbability = value
    case "mobilisation_months": p.mobilisationMonths = value
    case "inflow_per_year": p.inflowPerYear = value
    case "other_employer_per_year": p.otherEmployerPerYear = value
    default: break
    }
    return p
  }
}

extension NationalParameters {
  /// The parameters with a profile key (`wave_1.hires_per_month`) set.
  public func setting(_ path: String, _ value: Double) -> NationalParameters {
    var p = self
    let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2, let wave = Int(parts[0].dropFirst("wave_".count)), parts[0].hasPrefix("wave_"),
      (1...p.profiles.count).contains(wave)
    else { return p }
    p.profiles[wave - 1] = p.profiles[wave - 1].setting(parts[1], value)
    return p
  }
}
