/// The fit of a national study's typical profiles.
public struct NationalFitOutcome: Sendable {
  public var outcome: Calibration.Outcome
  /// The moments fitted, with the simulated mean at the fitted values.
  public var moments: [NationalMoment]
  public var simulated: [Double]
}
