import CGSL

/// Quantiles of Student's t distribution, for confidence intervals.
public enum StudentT {
  /// The `p` quantile with `degreesOfFreedom` degrees of freedom
  /// (`gsl_cdf_tdist_Pinv`); e.g. `quantile(0.975, 19)` ≈ 2.0930.
  ///
  /// - Precondition: 0 < p < 1 and degreesOfFreedom > 0.
  public static func quantile(_ p: Double, degreesOfFreedom: Double) -> Double {
    precondition(p > 0 && p < 1 && degreesOfFreedom > 0, "StudentT.quantile(\(p), \(degreesOfFreedom)) out of domain")
    _ = GSLRuntime.ready
    return gsl_cdf_tdist_Pinv(p, degreesOfFreedom)
  }
}
