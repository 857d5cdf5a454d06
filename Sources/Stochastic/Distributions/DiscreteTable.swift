import CGSL

/// Owns a `gsl_ran_discrete_t` lookup table and frees it.
///
/// `@unchecked Sendable`: the table is written once by `gsl_ran_discrete_preproc`
/// and only read afterwards, so sharing it between tasks is safe.
@usableFromInline final class DiscreteTable: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<gsl_ran_discrete_t>

  init(weights: [Double]) throws(DistributionError) {
    _ = GSLRuntime.ready
    guard let p = weights.withUnsafeBufferPointer({ gsl_ran_discrete_preproc($0.count, $0.baseAddress) }) else {
      throw DistributionError("categorical: GSL rejected the probabilities \(weights.map(format))")
    }
    pointer = p
  }

  deinit { gsl_ran_discrete_free(pointer) }

  /// The index of one outcome (`gsl_ran_discrete`).
  @usableFromInline func draw(_ stream: RandomStream) -> Int {
    Int(gsl_ran_discrete(stream.rng, pointer))
  }
}
