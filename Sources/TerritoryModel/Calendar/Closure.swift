public import SimulationCore

/// A dated period when activity runs at reduced capacity, e.g. the spring 2020
/// lockdown: 17 March – 10 May 2020 at 0 %.
public struct Closure: Hashable, Sendable {
  /// What a closure can apply to.
  public enum Scope: String, Hashable, Sendable, CaseIterable {
    /// Appointments at PCE sites and permanences, and walk-ins.
    case pce
    /// Workshop sessions.
    case workshops
    /// The employment company's hiring rounds.
    case ebeHiring = "ebe_hiring"
  }

  public var name: String
  /// First day, inclusive.
  public var from: CivilDate
  /// Last day, inclusive.
  public var to: CivilDate
  /// Share of normal capacity kept, in [0, 1]; 0 closes.
  public var capacityFactor: Double
  public var appliesTo: Set<Scope>

  public init(name: String, from: CivilDate, to: CivilDate, capacityFactor: Double, appliesTo: Set<Scope> = Set(Scope.allCases)) {
    self.name = name
    self.from = from
    self.to = to
    self.capacityFactor = capacityFactor
    self.appliesTo = appliesTo
  }
}
