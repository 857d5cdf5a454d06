import Stochastic
import Studies
import Testing

/// The two-level probability against a brute-force reference whose parts are
/// known: each outer point's true share p is uniform on [0.2, 0.8], so
/// Var(p) = 0.6²/12 = 0.03 and E[p(1 − p)] = 0.5 − (0.03 + 0.25) = 0.22.
@Suite("Uncertainty: the two-level probability")
struct TwoLevelProbabilityTests {
  static func draw(points: Int, inner: Int, seed: UInt32) -> TwoLevelProbability {
    let stream = RandomStream(seed: seed)
    let met = (0..<points).map { _ in stream.binomial(trials: inner, p: 0.2 + 0.6 * stream.uniform()) }
    return TwoLevelProbability(met: met, inner: inner)
  }

  @Test("exact on a small case: the mean share, the chance part and the corrected assumptions part")
  func smallCase() {
    let p = TwoLevelProbability(met: [12, 3, 20, 9], inner: 20)
    #expect(abs(p.probability - 0.55) < 1e-12)
    // Shares 0.6, 0.15, 1, 0.45: Σ p̂(1 − p̂) = 0.24 + 0.1275 + 0 + 0.2475 = 0.615.
    let chance = 0.615 / 4 * 20 / 19
    #expect(abs(p.chanceVariance - chance) < 1e-12)
    let s2 = ((0.05 * 0.05) + (0.4 * 0.4) + (0.45 * 0.45) + (0.1 * 0.1)) / 3
    #expect(abs(p.assumptionsVariance - (s2 - chance / 20)) < 1e-12)
  }

  @Test("both parts are unbiased: over 40 studies of 500 points × 20 replications, each within 4.5 SE of its value")
  func unbiased() {
    var assumptions: [Double] = []
    var chance: [Double] = []
    var naive: [Double] = []
    for k in 0..<40 {
      let p = Self.draw(points: 500, inner: 20, seed: UInt32(1 + k))
      assumptions.append(p.assumptionsVariance)
      chance.append(p.chanceVariance)
      naive.append(p.standardError * p.standardError * 500)  // the uncorrected variance of the shares
    }
    func meanSE(_ xs: [Double]) -> (Double, Double) {
      let m = xs.reduce(0, +) / Double(xs.count)
      let v = xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count - 1)
      return (m, (v / Double(xs.count)).squareRoot())
    }
    let (a, aSE) = meanSE(assumptions)
    let (c, cSE) = meanSE(chance)
    let (n, nSE) = meanSE(naive)
    #expect(abs(a - 0.03) <= 4.5 * aSE, "Var(p) \(a) ± \(aSE)")
    #expect(abs(c - 0.22) <= 4.5 * cSE, "E[p(1 − p)] \(c) ± \(cSE)")
    // Without the correction the assumptions' part would read 0.03 + 0.22/20 = 0.041: the test tells.
    #expect(abs(n - 0.041) <= 4.5 * nSE && abs(n - 0.03) > 4.5 * nSE, "naive \(n) ± \(nSE)")
    #expect(abs(0.03 / 0.25 - a / (a + c)) < 0.05, "share of the assumptions")
  }
}
