public import SimulationCore
public import Stochastic

/// Territoire zéro chômeur de longue durée: PPDE flows, mobilisation and the
/// employment company (EBE).
public struct TZCLDParameters: Hashable, Sendable {
  /// PPDE parameters per TZCLD commune (INSEE code).
  public var communes: [String: PPDEParameters]
  /// When the local employment committee (CLE) starts meeting PPDE.
  public var mobilisationStart: CivilDate
  /// Days from the later of the CLE start and a PPDE's arrival until they are met.
  public var meetingDelayDays: Distribution
  /// Probability that a PPDE who is met volunteers.
  public var volunteerProbability: Double
  /// Yearly hazard that a volunteer on the waiting list is hired by another
  /// employer. Default 0.25 (ASSUMPTION, calibrated so that about a third of
  /// volunteers go elsewhere, as the 36 % of phase 1 in the tzcld.fr FAQ).
  public var otherEmployerPerYear: Double
  public var ebe: EBEParameters

  public init(
    communes: [String: PPDEParameters], mobilisationStart: CivilDate, meetingDelayDays: Distribution,
    volunteerProbability: Double = 0.5, otherEmployerPerYear: Double = 0.25, ebe: EBEParameters
  ) {
    self.communes = communes
    self.mobilisationStart = mobilisationStart
    self.meetingDelayDays = meetingDelayDays
    self.volunteerProbability = volunteerProbability
    self.otherEmployerPerYear = otherEmployerPerYear
    self.ebe = ebe
  }
}
