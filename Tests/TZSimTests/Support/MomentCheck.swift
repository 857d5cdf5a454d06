import SimulationCore
import Stochastic
import Testing

/// Sample moments of `n` draws, and checks against theory whose tolerance comes
/// from the standard error, never from a number chosen to pass.
struct SampleMoments {
  var n = 0
  var mean = 0.0
  var m2 = 0.0, m3 = 0.0, m4 = 0.0  // central-moment accumulators (Terriberry's update)

  mutating func add(_ x: Double) {
    let n1 = Double(n)
    n += 1
    let nd = Double(n)
    let delta = x - mean
    let dn = delta / nd
    let dn2 = dn * dn
    let term1 = delta * dn * n1
    mean += dn
    m4 += term1 * dn2 * (nd * nd - 3 * nd + 3) + 6 * dn2 * m2 - 4 * dn * m3
    m3 += term1 * dn * (nd - 2) - 3 * dn * m2
    m2 += term1
  }

  var variance: Double { m2 / Double(n - 1) }
  /// Standard error of the sample mean: s / √n.
  var meanSE: Double { (variance / Double(n)).squareRoot() }
  /// Standard error of the sample variance: √((μ₄ − σ⁴) / n), from the sample's own μ₄.
  var varianceSE: Double {
    let mu4 = m4 / Double(n)
    let s2 = m2 / Double(n)
    return (max(mu4 - s2 * s2, 0) / Double(n)).squareRoot()
  }
}

/// |estimate − truth| ≤ z · SE, with the numbers in the failure message.
/// z = 4.5: a correct sampler fails one check in about 150,000.
func expectWithin(
  _ estimate: Double, _ truth: Double, se: Double, z: Double = 4.5, _ what: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(
    abs(estimate - truth) <= z * se,
    "\(what): estimate \(estimate) vs theory \(truth), |diff| = \(abs(estimate - truth)) > \(z) SE = \(z * se)",
    sourceLocation: sourceLocation)
}
