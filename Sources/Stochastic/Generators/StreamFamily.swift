/// A family of streams keyed by a member number, for processes that come in
/// many parts: one stream per site, per commune, per person.
///
/// ```swift
/// let seeder = StreamSeeder(masterSeed: 2020)
/// let walkIns = seeder.family(replication: 0, name: "pce.walk_ins")
/// let troyes = walkIns.stream(member: StreamFamily.member(named: "troyes"))
/// print(troyes.exponential(mean: 1))
/// ```
///
/// ## The derivation
///
/// The family's two *n*-bit keys (n = ``GeneratorKind/seedBits``) come from
/// SplitMix64 of the master seed, the replication and the FNV-1a hash of the
/// family's name. A member *m* (0 ≤ *m* < 2ⁿ − 1) gets the seed `g(m)`, the same
/// keyed bijection as ``StreamSeeder`` (`g(m) = 0` is replaced by `g(2ⁿ − 1)`).
///
/// ## What is promised
///
/// - **Within one family of one replication, distinct members never share a
///   seed** (`g` is a bijection and 2ⁿ − 1 is no member's number).
/// - The same (master seed, replication, family, member) always gives the same
///   stream, whatever else the model does: this is what keeps one part of a
///   scenario's draws fixed when an option changes another part.
/// - Across families or replications, two seeds coincide only by chance
///   (probability 2⁻ⁿ for a given pair), as with independently chosen seeds.
///
/// Members named by a string (a site id) use ``member(named:)``, a hash: two
/// names of one family may then coincide; callers check their names with
/// ``memberCollisions(among:)``.
public struct StreamFamily: Sendable, Hashable {
  /// The generator of the family's streams.
  public let generator: GeneratorKind
  let keys: (UInt32, UInt32)
  let mask: UInt32

  init(seeder: StreamSeeder, replication: Int, name: String) {
    generator = seeder.generator
    mask = seeder.mask
    var x = StreamSeeder.splitMix64(seeder.masterSeed)
    x = StreamSeeder.splitMix64(x ^ UInt64(truncatingIfNeeded: replication))
    x = StreamSeeder.splitMix64(x ^ StreamSeeder.fnv1a64(name))
    keys = (UInt32(truncatingIfNeeded: x) & mask, UInt32(truncatingIfNeeded: x >> 32) & mask)
  }

  /// The largest member number plus one (2ⁿ − 1): members are taken modulo it.
  public var memberLimit: UInt32 { mask }

  /// The seed of member `m` (taken modulo ``memberLimit``).
  public func seed(member m: UInt32) -> UInt32 {
    let s = StreamSeeder.permute(m % mask, keys: keys, mask: mask)
    return s != 0 ? s : StreamSeeder.permute(mask, keys: keys, mask: mask)
  }

  /// A new stream (the seeder's generator) for member `m`.
  public func stream(member m: UInt32) -> RandomStream {
    RandomStream(generator: generator, seed: seed(member: m))
  }

  /// The member number of a named part: 32 bits of SplitMix64 of its FNV-1a hash.
  public static func member(named name: String) -> UInt32 {
    UInt32(truncatingIfNeeded: StreamSeeder.splitMix64(StreamSeeder.fnv1a64(name)))
  }

  /// Pairs of names that would share a member number (and so a stream) in a
  /// family whose generator has `seedBits` bits.
  public static func memberCollisions(among names: [String], seedBits: Int = 32) -> [(String, String)] {
    let mask: UInt32 = seedBits >= 32 ? .max : (1 << UInt32(seedBits)) - 1
    var seen: [UInt32: String] = [:]
    var found: [(String, String)] = []
    for name in Set(names).sorted() {
      let m = member(named: name) % mask
      if let other = seen[m] { found.append((other, name)) } else { seen[m] = name }
    }
    return found
  }

  public static func == (a: Self, b: Self) -> Bool { a.generator == b.generator && a.keys == b.keys && a.mask == b.mask }
  public func hash(into h: inout Hasher) {
    h.combine(generator)
    h.combine(keys.0)
    h.combine(keys.1)
  }
}
