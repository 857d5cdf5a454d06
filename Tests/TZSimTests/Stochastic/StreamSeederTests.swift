import SimulationCore
import Stochastic
import Testing

@Suite("Streams: seed derivation")
struct StreamSeederTests {
  @Test("GSL seeding facts the derivation relies on (GSL 2.7.1)")
  func gslSeedFacts() {
    func first(_ kind: GeneratorKind, _ seed: UInt32) -> [UInt] {
      let s = RandomStream(generator: kind, seed: seed)
      return (0..<4).map { _ in s.nextRaw() }
    }
    // mt19937 treats 0 as its default seed 4357; taus2 and ranlxd2 treat 0 as 1.
    #expect(first(.mt19937, 0) == first(.mt19937, 4357))
    #expect(first(.taus2, 0) == first(.taus2, 1))
    #expect(first(.ranlxd2, 0) == first(.ranlxd2, 1))
    // ranlxd2 confuses s and 2^32 - s: only 31 bits are usable.
    #expect(first(.ranlxd2, 5) == first(.ranlxd2, 4_294_967_291))
    #expect(first(.ranlxd2, 5) != first(.ranlxd2, 6))
  }

  @Test("the keyed mixer is a bijection: its inverse undoes it", arguments: GeneratorKind.allCases)
  func bijection(_ kind: GeneratorKind) {
    for master in [UInt64(0), 1, 12345, .max] {
      let seeder = StreamSeeder(masterSeed: master, generator: kind)
      let stream = RandomStream(seed: UInt32(truncatingIfNeeded: master) | 1)
      for _ in 0..<20_000 {
        let x = UInt32(truncatingIfNeeded: stream.nextRaw()) & seeder.mask
        #expect(seeder.unpermute(seeder.permute(x)) == x)
      }
      #expect(seeder.unpermute(seeder.permute(0)) == 0)
      #expect(seeder.unpermute(seeder.permute(seeder.mask)) == seeder.mask)
    }
  }

  @Test("seeds are never 0 and stay within the generator's usable bits", arguments: GeneratorKind.allCases)
  func seedRange(_ kind: GeneratorKind) {
    let seeder = StreamSeeder(masterSeed: 7, generator: kind)
    // Find the key that the bijection sends to 0 and check it is remapped.
    let x0 = seeder.unpermute(0)
    let replication = Int(x0 >> 12)
    if replication < seeder.replicationLimit {
      let name = (0..<100_000).lazy.map { "s\($0)" }.first { StreamSeeder.slot(of: $0) == x0 & 0xfff }!
      let seed = seeder.seed(replication: replication, stream: name)
      #expect(seed == seeder.permute(seeder.mask) && seed != 0)
    }
    for r in [0, 1, seeder.replicationLimit - 1] {
      let seed = seeder.seed(replication: r, stream: "arrivals")
      #expect(seed != 0 && seed <= seeder.mask)
    }
  }

  @Test("distinct keys get distinct seeds (100,000 keys)")
  func distinct() {
    let seeder = StreamSeeder(masterSeed: 2020)
    let names = ["arrivals", "services", "pathways", "exits", "durations"]
    #expect(StreamSeeder.collisions(among: names).isEmpty)
    var seen = Set<UInt32>()
    for r in 0..<20_000 {
      for n in names { seen.insert(seeder.seed(replication: r, stream: n)) }
    }
    #expect(seen.count == 100_000)
  }

  @Test("colliding names are reported")
  func collisions() {
    let names = (0..<200).map { "stream\($0)" }
    let found = StreamSeeder.collisions(among: names)
    for (a, b) in found { #expect(StreamSeeder.slot(of: a) == StreamSeeder.slot(of: b) && a != b) }
    // 200 names in 4,096 slots collide with probability ≈ 99.2 %; this fixed set does.
    #expect(!found.isEmpty)
  }

  @Test("same key, same sequence; different key, different sequence")
  func sequences() {
    let seeder = StreamSeeder(masterSeed: 99)
    func draws(_ r: Int, _ n: String, _ s: StreamSeeder = StreamSeeder(masterSeed: 99)) -> [UInt] {
      let stream = s.stream(replication: r, name: n)
      return (0..<5).map { _ in stream.nextRaw() }
    }
    #expect(draws(3, "arrivals") == draws(3, "arrivals"))
    #expect(draws(3, "arrivals") != draws(4, "arrivals"))
    #expect(draws(3, "arrivals") != draws(3, "services"))
    #expect(draws(3, "arrivals") != draws(3, "arrivals", StreamSeeder(masterSeed: 100)))
    #expect(seeder.replicationLimit == 1_048_575)
    #expect(StreamSeeder(masterSeed: 1, generator: .ranlxd2).replicationLimit == 524_287)
  }

  @Test("10 replications in a task group give the same bits as the sequential run")
  func parallelEqualsSequential() async {
    @Sendable func replicate(_ r: Int) -> [UInt64] {
      let stream = StreamSeeder(masterSeed: 4242).stream(replication: r, name: "work")
      let d = try! Distribution.lognormal(mean: 45, sd: 20)
      return (0..<1000).map { _ in d.sample(stream).bitPattern }
    }
    let sequential = (0..<10).map(replicate)
    let parallel = await Replications.run(count: 10, jobs: 4, replicate)
    #expect(parallel == sequential)
  }
}
