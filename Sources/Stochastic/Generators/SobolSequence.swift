import CGSL

/// GSL's quasi-random Sobol sequence (`gsl_qrng_sobol`, Antonov–Saleev): points
/// of the unit cube `[0, 1)^d` that fill it far more evenly than independent
/// draws, for outer designs over uncertain inputs. Deterministic: the n-th
/// point is always the same, so a design is reproducible without a seed.
///
/// ```swift
/// let s = SobolSequence(dimensions: 2)
/// s.next()   // [0.5, 0.5]
/// s.next()   // [0.75, 0.25]
/// ```
public final class SobolSequence {
  /// GSL's Sobol generator goes up to 40 dimensions.
  public static let maxDimensions = 40

  public let dimensions: Int
  private let q: UnsafeMutablePointer<gsl_qrng>
  private var buffer: [Double]

  /// - Precondition: `1 ≤ dimensions ≤ maxDimensions`.
  public init(dimensions: Int) {
    precondition((1...Self.maxDimensions).contains(dimensions), "a Sobol sequence has 1 to \(Self.maxDimensions) dimensions")
    _ = GSLRuntime.ready
    guard let q = gsl_qrng_alloc(tzsim_qrng_type_sobol(), UInt32(dimensions)) else {
      preconditionFailure("gsl_qrng_alloc(sobol, \(dimensions)) returned NULL: out of memory")
    }
    self.q = q
    self.dimensions = dimensions
    buffer = [Double](repeating: 0, count: dimensions)
  }

  deinit { gsl_qrng_free(q) }

  /// The next point of the sequence.
  public func next() -> [Double] {
    _ = buffer.withUnsafeMutableBufferPointer { gsl_qrng_get(q, $0.baseAddress) }
    return buffer
  }
}
