#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Closed-form results of queueing theory that the simulations must reproduce.
public enum QueueingFormulas {
  /// Erlang C: the probability that an arrival waits in an M/M/c queue with
  /// offered load a = λ/μ (requires a < c).
  public static func erlangC(servers c: Int, offeredLoad a: Double) -> Double {
    precondition(c >= 1 && a > 0 && a < Double(c), "Erlang C needs 0 < a < c")
    // Erlang B by its stable recursion, then C = B / (1 − ρ(1 − B)).
    var b = 1.0
    for k in 1...c { b = a * b / (Double(k) + a * b) }
    let rho = a / Double(c)
    return b / (1 - rho * (1 - b))
  }

  /// Mean wait in queue of M/M/c: C(c, a) / (cμ − λ).
  public static func mmcMeanWait(arrivalRate lambda: Double, serviceRate mu: Double, servers c: Int) -> Double {
    erlangC(servers: c, offeredLoad: lambda / mu) / (Double(c) * mu - lambda)
  }

  /// Pollaczek–Khinchine mean wait in queue of M/G/1: λ E[S²] / (2(1 − ρ)).
  public static func mg1MeanWait(arrivalRate lambda: Double, serviceMean: Double, serviceVariance: Double) -> Double {
    let rho = lambda * serviceMean
    precondition(rho < 1, "M/G/1 needs rho < 1")
    return lambda * (serviceVariance + serviceMean * serviceMean) / (2 * (1 - rho))
  }

  /// Mean of an M/M/∞ population at time t from n₀: n₀e^(−μt) + (λ/μ)(1 − e^(−μt)).
  public static func infiniteServerMean(initial n0: Int, entryRate lambda: Double, exitRate mu: Double, time t: Double) -> Double {
    let p = exp(-mu * t)
    return Double(n0) * p + lambda / mu * (1 - p)
  }

  /// Variance of the same population: n₀p(1 − p) + (λ/μ)(1 − p), p = e^(−μt).
  public static func infiniteServerVariance(initial n0: Int, entryRate lambda: Double, exitRate mu: Double, time t: Double) -> Double {
    let p = exp(-mu * t)
    return Double(n0) * p * (1 - p) + lambda / mu * (1 - p)
  }
}
