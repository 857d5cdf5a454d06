import Stochastic
import Testing

/// Personal streams: the taus2 state kept by each person, drawn through one
/// GSL generator.
@Suite("Personal streams")
struct PersonalStreamTests {
  @Test("two interleaved personal streams each draw GSL taus2's own sequence for their seed")
  func ownSequences() {
    let drawer = PersonalStreamDrawer()
    var a = drawer.start(seed: 11)
    var b = drawer.start(seed: 12)
    let gslA = RandomStream(generator: .taus2, seed: 11)
    let gslB = RandomStream(generator: .taus2, seed: 12)
    for _ in 0..<50 {
      #expect(drawer.draw(&a) { $0.uniform() } == gslA.uniform())
      #expect(drawer.draw(&b) { $0.exponential(mean: 3) } == gslB.exponential(mean: 3))
    }
  }

  @Test("begin and end give the draws and the advanced state that draw gives")
  func beginEnd() {
    let drawer = PersonalStreamDrawer()
    var scoped = drawer.start(seed: 2026)
    var straight = scoped
    for _ in 0..<20 {
      let x = drawer.draw(&scoped) { ($0.uniform(), $0.exponential(mean: 2)) }
      let r = drawer.begin(straight)
      let y = (r.uniform(), r.exponential(mean: 2))
      straight = drawer.end()
      #expect(x == y)
      #expect(scoped == straight)
    }
  }
}
