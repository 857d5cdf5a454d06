/// Derives one seed per (replication, stream name) from a master seed, so that
/// every replication and every named process draws from its own stream.
///
/// ## The derivation
///
/// Let *n* be the generator's ``GeneratorKind/seedBits`` (32, or 31 for
/// ranlxd2) and *M* = 2ⁿ − 1.
///
/// 1. The key is packed into *n* bits:
///    `x = replication << 12 | slot(name)`, where `slot` is the 12 low bits of
///    SplitMix64 applied to the 64-bit FNV-1a hash of the name's UTF-8 bytes. A replication index uses the
///    other *n* − 12 bits, and its all-ones value is reserved, so `x ≠ M`.
/// 2. The master seed is spread by SplitMix64 into two *n*-bit keys `k1`, `k2`.
/// 3. `g(x) = mix(x ^ k1) + k2 (mod 2ⁿ)`, where `mix` is MurmurHash3's
///    finaliser (xor-shifts and multiplications by odd constants) taken modulo 2ⁿ.
///    Every step is invertible modulo 2ⁿ, so `g` is a bijection.
/// 4. The seed is `g(x)`, except that `g(x) = 0` is replaced by `g(M)`.
///
/// ## Why two keys never share a stream
///
/// For a fixed master seed, `g` is a bijection and no key packs to `M`, so
/// `g(M)` is the image of no key: seeds of distinct keys are distinct, and the
/// replacement for 0 collides with nothing. GSL maps seeds to generator states
/// injectively on `1 ..< 2ⁿ` (mt19937 and taus2 use the 32 low bits and only
/// treat 0 specially; ranlxd2 confuses *s* and 2³² − *s*, hence 31 bits), and 0
/// is never passed. Two names whose slots coincide are a collision: check a
/// model's fixed set of names with ``collisions(among:)`` (a test does it).
///
/// Streams of different master seeds are not guaranteed distinct: seeds are
/// independent runs, not parts of one.
public struct StreamSeeder: Sendable, Hashable {
  /// The bits of a key used by the stream name.
  public static let slotBits = 12

  /// The master seed of the run.
  public let masterSeed: UInt64
  /// The generator every derived stream uses.
  public let generator: GeneratorKind

  public init(masterSeed: UInt64, generator: GeneratorKind = .mt19937) {
    self.masterSeed = masterSeed
    self.generator = generator
  }

  /// How many replications can be given distinct streams:
  /// 1,048,575 for mt19937 and taus2, 524,287 for ranlxd2.
  public var replicationLimit: Int { (1 << (generator.seedBits - Self.slotBits)) - 1 }

  /// The 12-bit slot of a stream name (FNV-1a, 64 bits, then SplitMix64; low 12 bits).
  public static func slot(of name: String) -> UInt32 {
    UInt32(truncatingIfNeeded: splitMix64(fnv1a64(name))) & ((1 << slotBits) - 1)
  }

  /// The 64-bit FNV-1a hash of a name's UTF-8 bytes.
  static func fnv1a64(_ name: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in name.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    return hash
  }

  /// The family of streams `name` in `replication`: one stream per member
  /// (a site, a commune, a person's rank), see ``StreamFamily``.
  public func family(replication: Int, name: String) -> StreamFamily {
    StreamFamily(seeder: self, replication: replication, name: name)
  }

  /// Pairs of names in `names` that share a slot, and so would share streams.
  public static func collisions(among names: [String]) -> [(String, String)] {
    var seen: [UInt32: String] = [:]
    var found: [(String, String)] = []
    for name in Set(names).sorted() {
      let s = slot(of: name)
      if let other = seen[s] { found.append((other, name)) } else { seen[s] = name }
    }
    return found
  }

  /// The seed of stream `name` in replication `replication`.
  ///
  /// - Precondition: `0 <= replication < replicationLimit`.
  public func seed(replication: Int, stream name: String) -> UInt32 {
    precondition(
      replication >= 0 && replication < replicationLimit,
      "replication \(replication) outside 0..<\(replicationLimit) for \(generator.rawValue)")
    let x = UInt32(replication) << UInt32(Self.slotBits) | Self.slot(of: name)
    let seed = permute(x)
    return seed != 0 ? seed : permute(mask)
  }

  /// A new stream for `name` in `replication`.
  public func stream(replication: Int, name: String) -> RandomStream {
    RandomStream(generator: generator, seed: seed(replication: replication, stream: name))
  }

  // MARK: - The bijection g

  package var mask: UInt32 { generator.seedBits == 32 ? .max : (1 << UInt32(generator.seedBits)) - 1 }

  var keys: (UInt32, UInt32) {
    let k = Self.splitMix64(masterSeed)
    return (UInt32(truncatingIfNeeded: k) & mask, UInt32(truncatingIfNeeded: k >> 32) & mask)
  }

  /// `g(x) = mix(x ^ k1) + k2 (mod 2ⁿ)`; a bijection of `0...mask`.
  package func permute(_ x: UInt32) -> UInt32 { Self.permute(x, keys: keys, mask: mask) }

  /// The keyed bijection itself, shared with ``StreamFamily``.
  static func permute(_ x: UInt32, keys: (UInt32, UInt32), mask: UInt32) -> UInt32 {
    let (k1, k2) = keys
    var h = (x ^ k1) & mask
    h ^= h >> 16
    h = (h &* 0x85eb_ca6b) & mask
    h ^= h >> 13
    h = (h &* 0xc2b2_ae35) & mask
    h ^= h >> 16
    return (h &+ k2) & mask
  }

  /// The inverse of ``permute(_:)``: proof by construction that `g` is a bijection.
  package func unpermute(_ y: UInt32) -> UInt32 {
    let (k1, k2) = keys
    var h = (y &- k2) & mask
    h = Self.unxorshift(h, 16)
    h = (h &* Self.inverse(0xc2b2_ae35)) & mask
    h = Self.unxorshift(h, 13)
    h = (h &* Self.inverse(0x85eb_ca6b)) & mask
    h = Self.unxorshift(h, 16)
    return (h ^ k1) & mask
  }

  static func unxorshift(_ y: UInt32, _ s: UInt32) -> UInt32 {
    var x = y
    var shift = s
    while shift < 32 {
      x = y ^ (x >> s)
      shift += s
    }
    return x
  }

  /// The multiplicative inverse of an odd number modulo 2³² (Newton's iteration).
  static func inverse(_ a: UInt32) -> UInt32 {
    var x = a
    for _ in 0..<5 { x = x &* (2 &- a &* x) }
    return x
  }

  static func splitMix64(_ seed: UInt64) -> UInt64 {
    var z = seed &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
