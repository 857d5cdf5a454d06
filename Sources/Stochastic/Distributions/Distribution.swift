import CGSL
import Foundation

/// A real-valued probability distribution that draws from a ``RandomStream``.
///
/// Build one with a factory that checks its parameters, or read one from its
/// textual form (``init(parsing:)``), e.g. `lognormal(mean: 45, sd: 20)`:
///
/// ```swift
/// let duration = try Distribution.lognormal(mean: 45, sd: 20)   // minutes
/// let x = duration.sample(RandomStream(seed: 7))
/// print(duration, duration.mean, duration.variance)
/// ```
///
/// Every value is valid by construction, so ``sample(_:)`` never fails.
/// Each factory documents its parametrisation and the GSL function it wraps;
/// integer-valued families (Poisson, binomial, Bernoulli) return whole numbers.
public struct Distribution: Sendable, Hashable {
  @usableFromInline
  enum Kind: Sendable, Hashable {
    case constant(Double)
    case exponential(mean: Double)
    case gamma(shape: Double, scale: Double)
    case gammaMeanSD(mean: Double, sd: Double, shape: Double, scale: Double)
    case lognormal(mu: Double, sigma: Double)
    case lognormalMeanSD(mean: Double, sd: Double, mu: Double, sigma: Double)
    case normal(mean: Double, sd: Double)
    case uniform(min: Double, max: Double)
    case triangular(min: Double, mode: Double, max: Double)
    case weibull(shape: Double, scale: Double)
    case poisson(mean: Double)
    case binomial(trials: Int, p: Double)
    case bernoulli(p: Double)
    case empirical([Double])
  }

  @usableFromInline let kind: Kind

  init(_ kind: Kind) { self.kind = kind }

  /// One draw.
  ///
  /// - Complexity: O(1), one or a few generator calls (Poisson and binomial: GSL's
  ///   rejection samplers).
  public func sample(_ stream: RandomStream) -> Double {
    let r = stream.rng
    switch kind {
    case .constant(let c): return c
    case .exponential(let mean): return gsl_ran_exponential(r, mean)
    case .gamma(let shape, let scale), .gammaMeanSD(_, _, let shape, let scale):
      return gsl_ran_gamma(r, shape, scale)
    case .lognormal(let mu, let sigma), .lognormalMeanSD(_, _, let mu, let sigma):
      return gsl_ran_lognormal(r, mu, sigma)
    case .normal(let mean, let sd): return mean + gsl_ran_gaussian(r, sd)
    case .uniform(let a, let b): return gsl_ran_flat(r, a, b)
    case .triangular(let a, let c, let b):
      // GSL has no triangular sampler: invert the CDF of one gsl_rng_uniform draw.
      let u = gsl_rng_uniform(r)
      let split = (c - a) / (b - a)
      return u < split
        ? a + Self.rootOfProduct(u, b - a, c - a)
        : b - Self.rootOfProduct(1 - u, b - a, b - c)
    case .weibull(let shape, let scale): return gsl_ran_weibull(r, scale, shape)
    case .poisson(let mean): return Double(gsl_ran_poisson(r, mean))
    case .binomial(let n, let p): return Double(gsl_ran_binomial(r, p, UInt32(n)))
    case .bernoulli(let p): return Double(gsl_ran_bernoulli(r, p))
    case .empirical(let values): return values[Int(gsl_rng_uniform_int(r, UInt(values.count)))]
    }
  }
}

extension Distribution {
  /// √(x·y·z) without overflow: the product's root where the product is
  /// finite (the usual case, bit for bit), the product of roots where it is not.
  @usableFromInline
  static func rootOfProduct(_ x: Double, _ y: Double, _ z: Double) -> Double {
    let p = x * y * z
    return p.isFinite ? p.squareRoot() : x.squareRoot() * y.squareRoot() * z.squareRoot()
  }
}

// MARK: - Factories

extension Distribution {
  /// Always `value`.
  public static func constant(_ value: Double) throws(DistributionError) -> Distribution {
    try check(value.isFinite, "constant", "value must be a finite number", value)
    return Distribution(.constant(value))
  }

  /// Exponential with the given **mean** (= 1 / rate). Wraps `gsl_ran_exponential(r, mean)`,
  /// which takes the mean, not the rate.
  public static func exponential(mean: Double) throws(DistributionError) -> Distribution {
    try positive("exponential", "mean", mean)
    return Distribution(.exponential(mean: mean))
  }

  /// Gamma with shape *k* and scale *θ* (mean *kθ*). Wraps `gsl_ran_gamma(r, k, θ)`.
  public static func gamma(shape: Double, scale: Double) throws(DistributionError) -> Distribution {
    try positive("gamma", "shape", shape)
    try positive("gamma", "scale", scale)
    return Distribution(.gamma(shape: shape, scale: scale))
  }

  /// Gamma from its mean and standard deviation: *k* = mean²/sd², *θ* = sd²/mean.
  public static func gamma(mean: Double, sd: Double) throws(DistributionError) -> Distribution {
    try positive("gamma", "mean", mean)
    try positive("gamma", "sd", sd)
    let shape = mean * mean / (sd * sd)
    let scale = sd * sd / mean
    try derived("gamma", ["shape": shape, "scale": scale], from: "mean \(format(mean)) and sd \(format(sd))")
    return Distribution(.gammaMeanSD(mean: mean, sd: sd, shape: shape, scale: scale))
  }

  /// Log-normal whose logarithm is normal with mean *μ* and standard deviation *σ*.
  /// Wraps `gsl_ran_lognormal(r, μ, σ)`.
  public static func lognormal(mu: Double, sigma: Double) throws(DistributionError) -> Distribution {
    try check(mu.isFinite, "lognormal", "mu must be a finite number", mu)
    try positive("lognormal", "sigma", sigma)
    return Distribution(.lognormal(mu: mu, sigma: sigma))
  }

  /// Log-normal from the mean and standard deviation of the variable itself, as
  /// planners state durations: *σ*² = ln(1 + sd²/mean²), *μ* = ln(mean) − *σ*²/2.
  public static func lognormal(mean: Double, sd: Double) throws(DistributionError) -> Distribution {
    try positive("lognormal", "mean", mean)
    try positive("lognormal", "sd", sd)
    let s2 = log1p((sd * sd) / (mean * mean))
    let mu = log(mean) - s2 / 2
    try derived("lognormal", ["sigma": s2.squareRoot()], from: "mean \(format(mean)) and sd \(format(sd))")
    try check(mu.isFinite, "lognormal", "mean \(format(mean)) and sd \(format(sd)) give mu = \(format(mu)), not a finite number", mu)
    return Distribution(.lognormalMeanSD(mean: mean, sd: sd, mu: mu, sigma: s2.squareRoot()))
  }

  /// Normal with the given mean and standard deviation. Wraps `gsl_ran_gaussian(r, sd)` + mean.
  public static func normal(mean: Double, sd: Double) throws(DistributionError) -> Distribution {
    try check(mean.isFinite, "normal", "mean must be a finite number", mean)
    try positive("normal", "sd", sd)
    return Distribution(.normal(mean: mean, sd: sd))
  }

  /// Uniform on [min, max). Wraps `gsl_ran_flat(r, min, max)`.
  public static func uniform(min: Double, max: Double) throws(DistributionError) -> Distribution {
    try check(min.isFinite, "uniform", "min must be a finite number", min)
    try check(max.isFinite && max > min, "uniform", "max must be a finite number > min (\(format(min)))", max)
    try check((max - min).isFinite, "uniform", "max − min must be a finite number", max - min)
    return Distribution(.uniform(min: min, max: max))
  }

  /// Triangular on [min, max] with the given mode. GSL has none: one `gsl_rng_uniform`
  /// draw goes through the inverse CDF.
  public static func triangular(min: Double, mode: Double, max: Double) throws(DistributionError) -> Distribution {
    try check(min.isFinite, "triangular", "min must be a finite number", min)
    try check(max.isFinite && max > min, "triangular", "max must be a finite number > min (\(format(min)))", max)
    try check((max - min).isFinite, "triangular", "max − min must be a finite number", max - min)
    try check(mode >= min && mode <= max, "triangular", "mode must lie in [min, max] = [\(format(min)), \(format(max))]", mode)
    return Distribution(.triangular(min: min, mode: mode, max: max))
  }

  /// Weibull with shape *k* and scale *λ*: P(X > x) = exp(−(x/λ)ᵏ).
  /// Wraps `gsl_ran_weibull(r, λ, k)` (GSL's first parameter is the scale).
  public static func weibull(shape: Double, scale: Double) throws(DistributionError) -> Distribution {
    try positive("weibull", "shape", shape)
    try positive("weibull", "scale", scale)
    return Distribution(.weibull(shape: shape, scale: scale))
  }

  /// Poisson count with the given mean. Wraps `gsl_ran_poisson(r, mean)`.
  public static func poisson(mean: Double) throws(DistributionError) -> Distribution {
    try check(mean.isFinite && mean >= 0 && mean < 1e9, "poisson", "mean must be a number in [0, 1e9)", mean)
    return Distribution(.poisson(mean: mean))
  }

  /// Number of successes in `trials` independent trials of probability `p`.
  /// Wraps `gsl_ran_binomial(r, p, n)`.
  public static func binomial(trials: Int, p: Double) throws(DistributionError) -> Distribution {
    try check(trials >= 0 && trials <= Int(UInt32.max), "binomial", "trials must be a whole number in [0, 4294967295]", Double(trials))
    try probability("binomial", p)
    return Distribution(.binomial(trials: trials, p: p))
  }

  /// 1 with probability `p`, else 0. Wraps `gsl_ran_bernoulli(r, p)`.
  public static func bernoulli(p: Double) throws(DistributionError) -> Distribution {
    try probability("bernoulli", p)
    return Distribution(.bernoulli(p: p))
  }

  /// Resamples observed values with equal weights (the empirical distribution of
  /// the sample). Wraps `gsl_rng_uniform_int(r, n)` to pick an index.
  public static func empirical(_ values: [Double]) throws(DistributionError) -> Distribution {
    guard !values.isEmpty else { throw DistributionError("empirical: needs at least one observed value, found none") }
    if let bad = values.first(where: { !$0.isFinite }) {
      throw DistributionError("empirical: every value must be a finite number, found \(format(bad))")
    }
    return Distribution(.empirical(values))
  }

  // MARK: Checks

  static func check(_ ok: Bool, _ family: String, _ rule: String, _ found: Double) throws(DistributionError) {
    if !ok { throw DistributionError("\(family): \(rule), found \(format(found))") }
  }

  static func positive(_ family: String, _ name: String, _ value: Double) throws(DistributionError) {
    try check(value.isFinite && value > 0, family, "\(name) must be a finite number > 0", value)
  }

  /// Parameters computed from the ones written must be finite, positive and
  /// normal (not subnormal): otherwise the draws would be NaN, or a sampler's
  /// arithmetic would leave the numbers it is exact for.
  static func derived(_ family: String, _ values: KeyValuePairs<String, Double>, from written: String) throws(DistributionError) {
    for (name, v) in values where !(v.isFinite && v.isNormal && v > 0) {
      throw DistributionError(
        "\(family): \(written) give \(name) = \(format(v)), out of what can be drawn; use values of closer magnitudes")
    }
  }

  static func probability(_ family: String, _ p: Double) throws(DistributionError) {
    try check(p >= 0 && p <= 1, family, "p must be a probability in [0, 1]", p)
  }
}
