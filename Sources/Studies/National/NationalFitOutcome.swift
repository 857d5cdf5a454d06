/// The fit of a national study's typical profiles.
public struct NationalFitOutcome: Sendable {
  public var outcome: Calibration.Outcome
  /// The moments fitted.
  public var moments: [NationalMoment]
}
