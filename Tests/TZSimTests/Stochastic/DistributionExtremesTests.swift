import Stochastic
import Testing

/// A law that its factory accepts never draws NaN nor below its support,
/// whatever its parameters: every family with each parameter at 1e±300,
/// 1e308 or the smallest subnormal. (Draws may be +∞ or huge: the model reads
/// a delay that ends past the horizon as "after the end".)
@Suite("Distributions: extreme parameters")
struct DistributionExtremesTests {
  @Test("accepted laws draw no NaN and nothing below their lower bound")
  func noNaN() {
    var accepted = 0
    for text in LawExtremesFuzzTests.laws {
      guard let d = try? Distribution(parsing: text) else { continue }
      accepted += 1
      let stream = RandomStream(seed: 11)
      for _ in 0..<2_000 {
        let x = d.sample(stream)
        #expect(!x.isNaN, "\(text) drew NaN")
        #expect(x >= d.lowerBound, "\(text) drew \(x) below \(d.lowerBound)")
        if x.isNaN || x < d.lowerBound { return }
      }
    }
    #expect(accepted > 40)
  }

  @Test("derived parameters out of reach are refused with the values written")
  func derived() {
    #expect(throws: DistributionError.self) { try Distribution.gamma(mean: 1e300, sd: 1e-300) }
    #expect(throws: DistributionError.self) { try Distribution.lognormal(mean: 1, sd: 1e300) }
    #expect(throws: DistributionError.self) { try Distribution.uniform(min: -1e308, max: 1e308) }
    #expect(throws: DistributionError.self) { try Distribution.triangular(min: -1e308, mode: 0, max: 1e308) }
    #expect(throws: Never.self) { try Distribution.triangular(min: 0, mode: 0, max: 1e308) }
  }

  @Test("the triangular sampler is exact where its product is finite and never overflows")
  func triangular() throws {
    let d = try Distribution.triangular(min: 0, mode: 0, max: 1e308)
    let stream = RandomStream(seed: 3)
    for _ in 0..<1_000 {
      let x = d.sample(stream)
      #expect(x >= 0 && x <= 1e308)
    }
  }
}
