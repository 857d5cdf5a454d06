public import TerritoryModel

/// The numbers of a typical profile a fit may set, by key.
extension NationalProfile {
  public func value(of key: String) -> Double? {
    switch NationalProfileKey(rawValue: key) {
    case .hiresPerMonth: hiresPerMonth
    case .headcountCeiling: headcountCeiling
    case .spread: spread
    case .volunteerProbability: volunteerProbability
    case .mobilisationMonths: mobilisationMonths
    case .inflowPerYear: inflowPerYear
    case .otherEmployerPerYear: otherEmployerPerYear
    default: nil
    }
  }

  /// The profile with `key` set to `value` (a key that is not a fittable number changes nothing).
  public func setting(_ key: String, _ value: Double) -> NationalProfile {
    var p = self
    switch NationalProfileKey(rawValue: key) {
    case .hiresPerMonth: p.hiresPerMonth = value
    case .headcountCeiling: p.headcountCeiling = value
    case .spread: p.spread = value
    case .volunteerProbability: p.volunteerProbability = value
    case .mobilisationMonths: p.mobilisationMonths = value
    case .inflowPerYear: p.inflowPerYear = value
    case .otherEmployerPerYear: p.otherEmployerPerYear = value
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
