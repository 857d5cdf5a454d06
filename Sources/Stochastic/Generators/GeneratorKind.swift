import CGSL

/// The GSL pseudo-random generator behind a ``RandomStream``.
///
/// | case | GSL type | period | seed bits GSL uses |
/// |---|---|---|---|
/// | ``mt19937`` | `gsl_rng_mt19937` (Matsumoto–Nishimura) | 2¹⁹⁹³⁷ − 1 | 32 (0 acts as 4357) |
/// | ``taus2`` | `gsl_rng_taus2` (L'Ecuyer, maximally equidistributed) | ≈ 2⁸⁸ | 32 (0 acts as 1) |
/// | ``ranlxd2`` | `gsl_rng_ranlxd2` (Lüscher, luxury level 2) | ≈ 10¹⁷¹ | 31 (s and 2³² − s coincide; 0 acts as 1) |
///
/// The seed-bit column was measured on GSL 2.7.1 and is pinned by tests; it is
/// what ``StreamSeeder`` relies on to prove that two keys never share a stream.
public enum GeneratorKind: String, Sendable, CaseIterable, Codable {
  case mt19937
  case taus2
  case ranlxd2

  /// How many low bits of a seed give distinct streams for this generator.
  public var seedBits: Int {
    switch self {
    case .mt19937, .taus2: 32
    case .ranlxd2: 31
    }
  }

  var gslType: UnsafePointer<gsl_rng_type> {
    switch self {
    case .mt19937: tzsim_rng_type_mt19937()
    case .taus2: tzsim_rng_type_taus2()
    case .ranlxd2: tzsim_rng_type_ranlxd2()
    }
  }
}
