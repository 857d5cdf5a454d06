import CGSL
import Foundation

extension Distribution {
  /// The expected value.
  public var mean: Double {
    switch kind {
    case .constant(let c): c
    case .exponential(let m): m
    case .gamma(let k, let t), .gammaMeanSD(_, _, let k, let t): k * t
    case .lognormal(let mu, let s), .lognormalMeanSD(_, _, let mu, let s): exp(mu + s * s / 2)
    case .normal(let m, _): m
    case .uniform(let a, let b): (a + b) / 2
    case .triangular(let a, let c, let b): (a + b + c) / 3
    case .weibull(let k, let l): l * gsl_sf_gamma(1 + 1 / k)
    case .poisson(let m): m
    case .binomial(let n, let p): Double(n) * p
    case .bernoulli(let p): p
    case .empirical(let v): v.reduce(0, +) / Double(v.count)
    }
  }

  /// The variance (the empirical family uses the population variance of its values).
  public var variance: Double {
    switch kind {
    case .constant: 0
    case .exponential(let m): m * m
    case .gamma(let k, let t), .gammaMeanSD(_, _, let k, let t): k * t * t
    case .lognormal(let mu, let s), .lognormalMeanSD(_, _, let mu, let s):
      expm1(s * s) * exp(2 * mu + s * s)
    case .normal(_, let sd): sd * sd
    case .uniform(let a, let b): (b - a) * (b - a) / 12
    case .triangular(let a, let c, let b): (a * a + b * b + c * c - a * b - a * c - b * c) / 18
    case .weibull(let k, let l):
      l * l * (gsl_sf_gamma(1 + 2 / k) - pow(gsl_sf_gamma(1 + 1 / k), 2))
    case .poisson(let m): m
    case .binomial(let n, let p): Double(n) * p * (1 - p)
    case .bernoulli(let p): p * (1 - p)
    case .empirical(let v):
      {
        let m = mean; return v.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(v.count)
      }()
    }
  }

  /// The smallest value a draw can take (the lower end of the support):
  /// −∞ for the normal family.
  public var lowerBound: Double {
    switch kind {
    case .constant(let c): c
    case .exponential, .gamma, .gammaMeanSD, .lognormal, .lognormalMeanSD, .weibull, .poisson, .binomial, .bernoulli: 0
    case .normal: -.infinity
    case .uniform(let a, _): a
    case .triangular(let a, _, _): a
    case .empirical(let v): v.min()!
    }
  }

  /// The standard deviation.
  public var standardDeviation: Double { variance.squareRoot() }
}
