import Foundation
import Stochastic
import Testing

/// The joint law a calibration writes: the draws in order reproduce the
/// multivariate normal, stay inside their ranges, and a matrix that is no
/// correlation is refused with its reason.
@Suite("Uncertainty: the joint normal law of keys fitted together")
struct JointNormalLawTests {
  static let law = try! JointNormalLaw(
    means: [0.2, 8, -1], sds: [0.03, 1.5, 2], correlation: [[1, -0.4, 0.3], [-0.4, 1, 0.2], [0.3, 0.2, 1]])
  static let anywhere = [ClosedRange<Double>](repeating: -1e9...1e9, count: 3)

  @Test("without truncation the draws have the law's means, sds and correlations (within 4.5 standard errors)")
  func moments() {
    let sobol = SobolSequence(dimensions: 3)
    let n = 8192
    let xs = (0..<n).map { _ in Self.law.values(at: sobol.next(), within: Self.anywhere) }
    let mean = (0..<3).map { i in xs.reduce(0) { $0 + $1[i] } / Double(n) }
    let sd = (0..<3).map { i in (xs.reduce(0) { $0 + pow($1[i] - mean[i], 2) } / Double(n - 1)).squareRoot() }
    for i in 0..<3 {
      // Standard errors of a random sample's mean and sd (a quasi-random design does better).
      #expect(abs(mean[i] - Self.law.means[i]) <= 4.5 * Self.law.sds[i] / Double(n).squareRoot())
      #expect(abs(sd[i] - Self.law.sds[i]) <= 4.5 * Self.law.sds[i] / Double(2 * n).squareRoot())
      for j in 0..<i {
        let r = xs.reduce(0) { $0 + ($1[i] - mean[i]) * ($1[j] - mean[j]) } / Double(n - 1) / (sd[i] * sd[j])
        let rho = Self.law.correlation[i][j]
        #expect(abs(r - rho) <= 4.5 * (1 - rho * rho) / Double(n).squareRoot(), "r\(i)\(j) = \(r), law \(rho)")
      }
    }
    // The median point is the means.
    let centre = Self.law.values(at: [0.5, 0.5, 0.5], within: Self.anywhere)
    for i in 0..<3 { #expect(abs(centre[i] - Self.law.means[i]) < 1e-9) }
  }

  @Test("truncated: every draw inside its range, even where a range cuts the law hard")
  func truncation() {
    let ranges: [ClosedRange<Double>] = [0...0.21, 7...100, -1...0]
    let sobol = SobolSequence(dimensions: 3)
    for _ in 0..<2048 {
      let x = Self.law.values(at: sobol.next(), within: ranges)
      for i in 0..<3 { #expect(ranges[i].contains(x[i]), "value \(i + 1) = \(x[i]) outside \(ranges[i])") }
    }
    // Far in a tail the conditional law may give a range nothing: the nearest end, not a crash.
    let tight = try! JointNormalLaw(means: [0, 0], sds: [1, 0.001], correlation: [[1, 0.999999], [0.999999, 1]])
    let x = tight.values(at: [0.999, 0.5], within: [-10...10, -10...(-5)])
    #expect(x[1] == -5)
  }

  @Test("a matrix that is no correlation matrix is refused with its reason")
  func refusals() {
    func message(_ means: [Double], _ sds: [Double], _ c: [[Double]]) -> String {
      do {
        _ = try JointNormalLaw(means: means, sds: sds, correlation: c)
        return ""
      } catch { return error.message }
    }
    #expect(message([1], [1], [[1]]).contains("at least two"))
    #expect(message([1, 2], [1], [[1, 0], [0, 1]]).contains("2 sds"))
    #expect(message([1, 2], [1, 0], [[1, 0], [0, 1]]).contains("sd must be"))
    #expect(message([1, 2], [1, 1], [[1, 0.5], [0.4, 1]]).contains("symmetric"))
    #expect(message([1, 2], [1, 1], [[1, 1.5], [1.5, 1]]).contains("between −1 and 1"))
    #expect(message([1, 2], [1, 1], [[2, 0], [0, 1]]).contains("itself must be 1"))
    #expect(message([1, 2, 3], [1, 1, 1], [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]]).contains("positive definite"))
    #expect(message([1, 2], [1, 1], [[1, 0.5], [0.5, 1]]).isEmpty)
  }
}
