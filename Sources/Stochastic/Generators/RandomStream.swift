import CGSL

/// One independent stream of random numbers, owning one GSL generator.
///
/// A stream is the only source of randomness in TZSim: every distribution draws
/// from one. Streams are not thread-safe; a simulation owns its streams and runs
/// in one task. Make streams with ``StreamSeeder`` so that every replication and
/// every named process gets its own, reproducibly.
///
/// ```swift
/// let stream = RandomStream(seed: 42)
/// let delay = stream.exponential(mean: 2.5)   // gsl_ran_exponential takes the mean
/// ```
public final class RandomStream {
  let rng: UnsafeMutablePointer<gsl_rng>

  /// The generator behind this stream.
  public let generator: GeneratorKind
  /// The seed handed to `gsl_rng_set`.
  public let seed: UInt32

  /// Allocates a generator of the given kind and seeds it.
  ///
  /// - Precondition: GSL could allocate the generator (it fails only when out of memory).
  public init(generator: GeneratorKind = .mt19937, seed: UInt32) {
    _ = GSLRuntime.ready
    guard let rng = gsl_rng_alloc(generator.gslType) else {
      preconditionFailure("gsl_rng_alloc(\(generator.rawValue)) returned NULL: out of memory")
    }
    gsl_rng_set(rng, UInt(seed))
    self.rng = rng
    self.generator = generator
    self.seed = seed
  }

  deinit { gsl_rng_free(rng) }

  /// The raw next integer of the generator (`gsl_rng_get`), in `0...max`.
  public func nextRaw() -> UInt { gsl_rng_get(rng) }

  /// A uniform draw in [0, 1) (`gsl_rng_uniform`).
  public func uniform() -> Double { gsl_rng_uniform(rng) }

  /// A uniform draw in (0, 1) (`gsl_rng_uniform_pos`).
  public func uniformPositive() -> Double { gsl_rng_uniform_pos(rng) }

  /// A uniform integer in `0..<n` (`gsl_rng_uniform_int`).
  ///
  /// - Precondition: `n > 0` and `n` fits the generator's range.
  public func uniformInt(below n: Int) -> Int {
    precondition(n > 0 && UInt(n) <= gsl_rng_max(rng) - gsl_rng_min(rng) + 1, "uniformInt(below: \(n)) is outside the generator's range")
    return Int(gsl_rng_uniform_int(rng, UInt(n)))
  }

  /// An exponential draw with the given **mean** (`gsl_ran_exponential(r, mean)`).
  ///
  /// The fast path used by the queueing models; ``Distribution/exponential(mean:)``
  /// validates its parameter once, this method does not.
  public func exponential(mean: Double) -> Double { gsl_ran_exponential(rng, mean) }

  /// A Bernoulli trial with success probability `p` (`gsl_ran_bernoulli`).
  public func bernoulli(_ p: Double) -> Bool { gsl_ran_bernoulli(rng, p) == 1 }

  /// A Poisson count with the given mean (`gsl_ran_poisson`).
  public func poisson(mean: Double) -> Int { Int(gsl_ran_poisson(rng, mean)) }

  /// A binomial count of successes in `trials` trials (`gsl_ran_binomial`).
  public func binomial(trials: Int, p: Double) -> Int {
    precondition(trials >= 0 && trials <= Int(UInt32.max), "binomial trials \(trials) out of range")
    return Int(gsl_ran_binomial(rng, p, UInt32(trials)))
  }
}
