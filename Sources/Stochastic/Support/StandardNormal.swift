import CGSL

/// Quantiles of the standard normal distribution.
public enum StandardNormal {
  /// The `p` quantile (`gsl_cdf_ugaussian_Pinv`); e.g. `quantile(0.975)` ≈ 1.95996.
  ///
  /// - Precondition: 0 < p < 1.
  public static func quantile(_ p: Double) -> Double {
    precondition(p > 0 && p < 1, "StandardNormal.quantile(\(p)) out of domain")
    _ = GSLRuntime.ready
    return gsl_cdf_ugaussian_Pinv(p)
  }
}
