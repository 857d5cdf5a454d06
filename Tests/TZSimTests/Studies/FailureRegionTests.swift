import Stochastic
import Studies
import Testing

/// The box search finds a planted failure region, reads a one-key region as
/// one bound, and says no rule exists when failure ignores the assumptions.
@Suite("Uncertainty: where the plan fails (PRIM box search)")
struct FailureRegionTests {
  static func points(_ n: Int, _ k: Int, seed: UInt32) -> [[Double]] {
    let s = RandomStream(seed: seed)
    return (0..<n).map { _ in (0..<k).map { _ in s.uniform() } }
  }

  @Test("a planted region (x0 < 0.3 and x2 > 0.6, failing 9 times in 10 inside, 1 in 20 outside) is found to within one peel")
  func planted() throws {
    let x = Self.points(2000, 4, seed: 11)
    let noise = RandomStream(seed: 12)
    let y = x.map { p in noise.bernoulli(p[0] < 0.3 && p[2] > 0.6 ? 0.9 : 0.05) ? 1.0 : 0 }
    let region = FailureRegion(values: x, failure: y)
    let rule = try #require(region.rule)
    #expect(rule.bounds.map(\.dimension) == [0, 2], "\(rule.bounds)")
    let x0 = try #require(rule.bounds.first { $0.dimension == 0 })
    let x2 = try #require(rule.bounds.first { $0.dimension == 2 })
    // One peel removes 5 % of the box: the bounds land within about 0.05 of the planted ones.
    #expect(x0.lower == nil && abs(x0.upper! - 0.3) < 0.05, "\(x0)")
    #expect(x2.upper == nil && abs(x2.lower! - 0.6) < 0.05, "\(x2)")
    // The planted box holds ≈ 71 % of the failures at a density of 0.9.
    #expect(rule.coverage > 0.55 && rule.density > 0.75, "coverage \(rule.coverage), density \(rule.density)")
    #expect(abs(region.baseRate - (0.12 * 0.9 + 0.88 * 0.05)) < 0.03)
  }

  @Test("a region of one key is one bound; failure that ignores the keys gives no rule")
  func oneKeyAndNone() throws {
    let x = Self.points(1000, 3, seed: 21)
    let one = FailureRegion(values: x, failure: x.map { $0[1] < 0.25 ? 1 : 0 })
    let rule = try #require(one.rule)
    #expect(rule.bounds.count == 1 && rule.bounds[0].dimension == 1 && abs(rule.bounds[0].upper! - 0.25) < 0.04, "\(rule.bounds)")
    #expect(rule.density > 0.95 && rule.coverage > 0.9)
    let s = RandomStream(seed: 22)
    let none = FailureRegion(values: x, failure: x.map { _ in s.bernoulli(0.3) ? 1 : 0 })
    #expect(none.rule == nil, "\(String(describing: none.rule))")
    #expect(FailureRegion(values: x, failure: x.map { _ in 0 }).rule == nil)
  }
}
