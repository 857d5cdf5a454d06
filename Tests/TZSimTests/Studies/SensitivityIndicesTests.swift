import Foundation
import Stochastic
import Studies
import Testing

/// Sensitivity indices against the Ishigami function, whose indices are known
/// in closed form (Ishigami & Homma 1990; Sobol' & Levitan 1999), and the
/// coverage of their intervals on random designs.
@Suite("Uncertainty: sensitivity indices")
struct SensitivityIndicesTests {
  static let (a, b) = (7.0, 0.1)

  /// f(x) = sin x₁ + a sin² x₂ + b x₃⁴ sin x₁, each xᵢ uniform on [−π, π].
  static func ishigami(_ u: [Double]) -> Double {
    let x = u.map { -Double.pi + 2 * Double.pi * $0 }
    return sin(x[0]) + a * sin(x[1]) * sin(x[1]) + b * pow(x[2], 4) * sin(x[0])
  }

  /// The exact first-order and total indices.
  static var exact: (first: [Double], total: [Double]) {
    let pi4 = pow(Double.pi, 4)
    let pi8 = pow(Double.pi, 8)
    let v1 = 0.5 * pow(1 + b * pi4 / 5, 2)
    let v2 = a * a / 8
    let v13 = 8 * b * b * pi8 / 225
    let v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5
    return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v])
  }

  @Test("GSL's Sobol sequence: its first points in two dimensions")
  func sobolPoints() {
    let s = SobolSequence(dimensions: 2)
    #expect(s.next() == [0.5, 0.5])
    #expect(s.next() == [0.75, 0.25])
    #expect(s.next() == [0.25, 0.75])
  }

  @Test("the design: A, B, then each AB_i is A with column i from B")
  func design() {
    let d = SensitivityDesign(inputs: 3, samples: 8)
    #expect(d.points.count == 8 * 5)
    for i in 0..<3 {
      for j in 0..<8 {
        let row = d.points[(2 + i) * 8 + j]
        for c in 0..<3 { #expect(row[c] == (c == i ? d.points[8 + j][c] : d.points[j][c])) }
      }
    }
  }

  @Test("Ishigami: every first-order and total index within 4.5 standard errors of the exact value")
  func ishigamiIndices() {
    let design = SensitivityDesign(inputs: 3, samples: 4096)
    let s = SensitivityIndices(design: design, outputs: design.points.map(Self.ishigami), seed: 11)
    let (first, total) = Self.exact
    for i in 0..<3 {
      let x = s.indices[i]
      #expect(abs(x.first - first[i]) <= 4.5 * x.firstSE, "S\(i + 1) = \(x.first) ± \(x.firstSE), exact \(first[i])")
      #expect(abs(x.total - total[i]) <= 4.5 * x.totalSE, "ST\(i + 1) = \(x.total) ± \(x.totalSE), exact \(total[i])")
      // Power: an error of 0.1 would be caught.
      #expect(4.5 * x.firstSE < 0.1 && 4.5 * x.totalSE < 0.1, "SE too large to test: \(x.firstSE), \(x.totalSE)")
    }
    // The ranking a council reads: x₁ then x₂ then x₃ in total effect, x₃ nothing alone.
    #expect(s.indices[0].total > s.indices[1].total && s.indices[1].total > s.indices[2].total)
    #expect(abs(s.indices[2].first) < 4.5 * s.indices[2].firstSE)
  }

  /// On random designs the 95 % intervals hold the exact value about 95 times
  /// in 100: counted over 60 designs for each of the six indices (360 intervals).
  @Test("the bootstrap intervals cover the exact indices at about their level (random designs)")
  func coverage() {
    let (first, total) = Self.exact
    var covered = 0
    var count = 0
    for r in 0..<60 {
      let design = SensitivityDesign(inputs: 3, samples: 512, stream: RandomStream(seed: UInt32(100 + r)))
      let s = SensitivityIndices(design: design, outputs: design.points.map(Self.ishigami), resamples: 300, seed: UInt32(r))
      for i in 0..<3 {
        let x = s.indices[i]
        for (interval, truth) in [(x.firstInterval, first[i]), (x.totalInterval, total[i])] where truth > 0 {
          count += 1
          if interval.low <= truth && truth <= interval.high { covered += 1 }
        }
      }
    }
    // At 95 %, 300 intervals cover on average 285 (SD 3.8); below 270 is 4 SD short.
    #expect(count == 300)
    #expect(covered >= 270, "covered \(covered) of \(count)")
  }
}

/// Keys fitted together are drawn in order (the Rosenblatt transform), and
/// the indices on the levels are Mara and Tarantola's: on y = x₁ + x₂ with
/// unit sds and correlation ρ, the first key's index is (1 + ρ)/2 (what it
/// carries along included), the second's (1 − ρ)/2 (its independent part).
@Suite("Uncertainty: indices of keys fitted together")
struct JointIndicesTests {
  @Test("y = x₁ + x₂, ρ = 0.6: first key 0.8, second 0.2, within 4.5 standard errors")
  func linear() throws {
    let rho = 0.6
    let law = try JointNormalLaw(means: [0, 0], sds: [1, 1], correlation: [[1, rho], [rho, 1]])
    let design = SensitivityDesign(inputs: 2, samples: 4096)
    let y = design.points.map { u in law.values(at: u, within: [-50...50, -50...50]).reduce(0, +) }
    let s = SensitivityIndices(design: design, outputs: y, seed: 5)
    let exact = [(1 + rho) / 2, (1 - rho) / 2]
    for i in 0..<2 {
      let x = s.indices[i]
      #expect(abs(x.first - exact[i]) <= 4.5 * x.firstSE + 1e-3, "S\(i + 1) = \(x.first) ± \(x.firstSE), exact \(exact[i])")
      #expect(abs(x.total - exact[i]) <= 4.5 * x.totalSE + 1e-3, "ST\(i + 1) = \(x.total) ± \(x.totalSE), exact \(exact[i])")
      #expect(4.5 * x.firstSE < 0.1, "SE too large to test: \(x.firstSE)")
    }
  }
}
