import CGSL

/// The χ² distribution's upper tail, for goodness-of-fit statistics.
public enum ChiSquared {
  /// P(X > x) for X ~ χ²(`degreesOfFreedom`) (`gsl_cdf_chisq_Q`); e.g.
  /// `upperTail(3.84, degreesOfFreedom: 1)` ≈ 0.05.
  ///
  /// - Precondition: degreesOfFreedom > 0.
  public static func upperTail(_ x: Double, degreesOfFreedom: Double) -> Double {
    precondition(degreesOfFreedom > 0, "ChiSquared.upperTail(_, \(degreesOfFreedom)) out of domain")
    _ = GSLRuntime.ready
    return x <= 0 ? 1 : gsl_cdf_chisq_Q(x, degreesOfFreedom)
  }
}
