import Foundation
import Stochastic

/// Which outer design converges faster on the outputs TZSim estimates: the
/// Sobol sequence TZSim uses (randomised by a uniform shift modulo 1,
/// Cranley–Patterson, so that its error can be measured over repeats), a
/// Latin hypercube, or independent draws, each at N base points, over
/// `repeats` randomisations. Three test outputs stand for the model's:
///
/// - **stock**: the mean PPDE stock at two years of the model without an EBE
///   (an M/M/∞ population, as in the release proof): n₀e^(−μt) + (λ/μ)(1 − e^(−μt))
///   with n₀ ~ U(200, 400), λ ~ U(20, 60) a year, μ ~ U(0.1, 0.5) a year — a
///   smooth headline figure;
/// - **verdict**: whether that stock ends below its median over the laws —
///   an objective met or missed, a step;
/// - **ishigami**: the classic sensitivity test with strong interactions.
///
/// Each gives the root mean squared error of the mean over the base points
/// (the second verdict is such a mean) and of the total index of the first
/// input (Jansen), against a reference (the exact value, or 2¹⁸ Sobol points).
public struct DesignConvergence: Sendable {
  public enum Method: String, Sendable, CaseIterable {
    case sobol = "sobol (shifted)"
    case latinHypercube = "latin hypercube"
    case independent = "independent draws"
  }

  public struct Row: Sendable {
    public let output: String
    public let method: Method
    public let points: Int
    /// RMSE of the mean over the base points (A).
    public let meanError: Double
    /// RMSE of the first input's total index.
    public let totalIndexError: Double
  }

  public let rows: [Row]

  /// - Precondition: `repeats ≥ 2`, each of `sizes` at least 2.
  public init(sizes: [Int] = [32, 128, 512], repeats: Int = 100, seed: UInt32 = 1) {
    precondition(repeats >= 2 && sizes.allSatisfy { $0 >= 2 })
    let outputs: [(name: String, f: ([Double]) -> Double, mean: Double, total: Double)] = [
      ("stock", Self.stock, Self.reference.stockMean, Self.reference.stockTotal),
      ("verdict", Self.verdict, 0.5, Self.reference.verdictTotal),
      ("ishigami", Self.ishigami, 3.5, Self.ishigamiTotal),
    ]
    var rows: [Row] = []
    for (o, output) in outputs.enumerated() {
      for n in sizes {
        for (m, method) in Method.allCases.enumerated() {
          let stream = RandomStream(seed: seed &+ UInt32(o * 1000 + m * 100) &+ UInt32(n))
          var meanSquares = 0.0
          var totalSquares = 0.0
          for _ in 0..<repeats {
            let design = SensitivityDesign(inputs: 3, basePoints: Self.basePoints(method, count: n, dimensions: 6, stream: stream))
            let y = design.points.map(output.f)
            let mean = y[0..<n].reduce(0, +) / Double(n)
            meanSquares += (mean - output.mean) * (mean - output.mean)
            let total = Self.jansenTotal(y, samples: n, input: 0)
            totalSquares += (total - output.total) * (total - output.total)
          }
          rows.append(
            Row(
              output: output.name, method: method, points: n, meanError: (meanSquares / Double(repeats)).squareRoot(),
              totalIndexError: (totalSquares / Double(repeats)).squareRoot()))
        }
      }
    }
    self.rows = rows
  }

  /// N base points of 2k coordinates by `method`.
  static func basePoints(_ method: Method, count n: Int, dimensions d: Int, stream: RandomStream) -> [[Double]] {
    switch method {
    case .sobol:
      let sobol = SobolSequence(dimensions: d)
      let shift = (0..<d).map { _ in stream.uniform() }
      return (0..<n).map { _ in zip(sobol.next(), shift).map { ($0 + $1).truncatingRemainder(dividingBy: 1) } }
    case .latinHypercube:
      return LatinHypercube.points(count: n, dimensions: d, stream: stream)
    case .independent:
      return (0..<n).map { _ in (0..<d).map { _ in stream.uniform() } }
    }
  }

  /// Jansen's total index of `input` from a design's outputs (A, B, AB_0, …).
  static func jansenTotal(_ y: [Double], samples n: Int, input i: Int) -> Double {
    let base = y[0..<(2 * n)]
    let mean = base.reduce(0, +) / Double(2 * n)
    let variance = base.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(2 * n - 1)
    let ab = (2 + i) * n
    let half = (0..<n).reduce(0.0) { $0 + (y[$1] - y[ab + $1]) * (y[$1] - y[ab + $1]) } / Double(2 * n)
    return variance > 0 ? half / variance : 0
  }

  static func stock(_ u: [Double]) -> Double {
    let (n0, lambda, mu, t) = (200 + 200 * u[0], 20 + 40 * u[1], 0.1 + 0.4 * u[2], 2.0)
    return n0 * exp(-mu * t) + lambda / mu * (1 - exp(-mu * t))
  }

  static func verdict(_ u: [Double]) -> Double { stock(u) < reference.stockMedian ? 1 : 0 }

  static func ishigami(_ u: [Double]) -> Double {
    let x = u.map { -Double.pi + 2 * Double.pi * $0 }
    return sin(x[0]) + 7 * sin(x[1]) * sin(x[1]) + 0.1 * pow(x[2], 4) * sin(x[0])
  }

  /// Ishigami's exact total index of x₁ (a = 7, b = 0.1).
  static let ishigamiTotal: Double = {
    let (a, b) = (7.0, 0.1)
    let v1 = 0.5 * pow(1 + b * pow(Double.pi, 4) / 5, 2)
    let v13 = 8 * b * b * pow(Double.pi, 8) / 225
    let v = a * a / 8 + b * pow(Double.pi, 4) / 5 + b * b * pow(Double.pi, 8) / 18 + 0.5
    return (v1 + v13) / v
  }()

  /// The stock's mean, median and first total index, and the verdict's, from 2¹⁸ Sobol base points.
  static let reference: (stockMean: Double, stockMedian: Double, stockTotal: Double, verdictTotal: Double) = {
    let n = 1 << 18
    let design = SensitivityDesign(inputs: 3, samples: n)
    let y = design.points.map(stock)
    let a = y[0..<n].sorted()
    let median = (a[n / 2 - 1] + a[n / 2]) / 2
    let steps = y.map { $0 < median ? 1.0 : 0.0 }
    return (a.reduce(0, +) / Double(n), median, jansenTotal(y, samples: n, input: 0), jansenTotal(steps, samples: n, input: 0))
  }()
}
