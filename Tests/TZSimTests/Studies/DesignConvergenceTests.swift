import Foundation
import Stochastic
import Studies
import Testing

/// The designs compared by `tzsim bench designs`: the Latin hypercube's
/// strata, independent draws' error at its theoretical rate, and the Sobol
/// sequence's advantage on an objective met or missed.
@Suite("Uncertainty: outer designs compared")
struct DesignConvergenceTests {
  @Test("a Latin hypercube holds one point in each stratum of each dimension, and the same seed gives the same sample")
  func strata() {
    let points = LatinHypercube.points(count: 50, dimensions: 4, stream: RandomStream(seed: 3))
    for c in 0..<4 { #expect(Set(points.map { Int($0[c] * 50) }) == Set(0..<50)) }
    #expect(points == LatinHypercube.points(count: 50, dimensions: 4, stream: RandomStream(seed: 3)))
    #expect(points != LatinHypercube.points(count: 50, dimensions: 4, stream: RandomStream(seed: 4)))
  }

  @Test("independent draws miss the verdict's probability by √(p(1 − p)/N); the Sobol sequence by under three quarters of that")
  func rates() {
    let c = DesignConvergence(sizes: [128], repeats: 100)
    func row(_ output: String, _ method: DesignConvergence.Method) -> DesignConvergence.Row {
      c.rows.first { $0.output == output && $0.method == method }!
    }
    // The verdict is met with probability ½: its mean over N independent points has sd √(¼ / N).
    // Over 100 repeats the RMSE is within 4.5 × its relative standard error 1/√200 of that.
    let theory = (0.25 / 128).squareRoot()
    let independent = row("verdict", .independent).meanError
    #expect(abs(independent / theory - 1) < 4.5 / 200.0.squareRoot(), "\(independent) against \(theory)")
    #expect(row("verdict", .sobol).meanError < 0.75 * theory, "\(row("verdict", .sobol).meanError)")
    #expect(row("ishigami", .sobol).totalIndexError < row("ishigami", .independent).totalIndexError)
  }
}
