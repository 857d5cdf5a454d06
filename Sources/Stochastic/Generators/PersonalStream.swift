import CGSL

/// A small stream that lives in its owner's memory (24 bytes): the state of a
/// GSL `taus2` generator, for models with one stream per person.
///
/// Allocating a GSL generator per person would cost a heap allocation and, for
/// mt19937, 2.5 KB of state each. A personal stream instead keeps only the
/// taus2 state and is drawn from through a ``PersonalStreamDrawer``, which
/// loads the state into one GSL generator, draws, and stores it back: every
/// number still comes from GSL's taus2 (L'Ecuyer's maximally equidistributed
/// combined Tausworthe generator, period ≈ 2⁸⁸).
///
/// ```swift
/// let drawer = PersonalStreamDrawer()
/// var person = drawer.start(seed: 12345)
/// let duration = drawer.draw(&person) { $0.exponential(mean: 45) }
/// ```
public struct PersonalStream: Sendable, Hashable {
  @usableFromInline var s1: UInt
  @usableFromInline var s2: UInt
  @usableFromInline var s3: UInt

  @inlinable init(s1: UInt, s2: UInt, s3: UInt) {
    self.s1 = s1
    self.s2 = s2
    self.s3 = s3
  }
}

/// Draws from ``PersonalStream``s through one GSL taus2 generator. Not
/// thread-safe: one drawer per simulation.
public final class PersonalStreamDrawer {
  @usableFromInline let stream: RandomStream
  @usableFromInline let state: UnsafeMutablePointer<UInt>

  public init() {
    stream = RandomStream(generator: .taus2, seed: 1)
    precondition(gsl_rng_size(stream.rng) == 3 * MemoryLayout<UInt>.size, "unexpected taus2 state size")
    state = gsl_rng_state(stream.rng)!.assumingMemoryBound(to: UInt.self)
  }

  /// A personal stream seeded as `gsl_rng_set(taus2, seed)` would seed it.
  public func start(seed: UInt32) -> PersonalStream {
    gsl_rng_set(stream.rng, UInt(seed))
    return PersonalStream(s1: state[0], s2: state[1], s3: state[2])
  }

  /// Draws from `personal` with `body` and keeps the advanced state.
  /// (Inlinable: specialised where it is called, the closure inlined.)
  @inlinable public func draw<T>(_ personal: inout PersonalStream, _ body: (RandomStream) -> T) -> T {
    let r = begin(personal)
    let value = body(r)
    personal = end()
    return value
  }

  /// The unscoped form of ``draw(_:_:)``, for a caller whose draws read laws
  /// it holds: `let r = drawer.begin(p)`, draws from `r` only, then
  /// `p = drawer.end()`. A closure capturing the caller makes the compiler
  /// copy each law it reads (or retain its table) around every draw; straight
  /// code reads them in place.
  @inlinable public func begin(_ personal: PersonalStream) -> RandomStream {
    state[0] = personal.s1
    state[1] = personal.s2
    state[2] = personal.s3
    return stream
  }

  /// The personal stream advanced by the draws since ``begin(_:)``.
  @inlinable public func end() -> PersonalStream { PersonalStream(s1: state[0], s2: state[1], s3: state[2]) }
}
