import Foundation
import Studies
import Testing

/// Calibration proven on data the model made: series drawn at a known value,
/// fitted from a wrong start, must put the known value inside the reported
/// 95 % interval about 95 times in 100.
@Suite("Proofs: calibration")
struct CalibrationProofs {
  @Test(
    "coverage: the true value is inside the 95 % interval in about 95 % of repeats (12 repeats, from a wrong start)", .proof,
    .tags(.statisticalProof))
  func coverage() async throws {
    var inside = 0
    var errors: [Double] = []
    for k in 0..<12 {
      let c = try Calibration(
        scenario: CalibrationFixtures.scenario, file: "starter.yaml",
        observed: CalibrationFixtures.observed(seed: 500 + UInt64(k), kpis: [.accompanied, .workshopAttended]),
        keys: [.init(path: CalibrationFixtures.walkIns, range: 1...20)], replications: 6, seed: 1)
      let o = try await c.run(jobs: 2, start: [15])
      let f = o.fitted[0]
      if f.low <= CalibrationFixtures.truth && CalibrationFixtures.truth <= f.high { inside += 1 }
      errors.append((f.value - CalibrationFixtures.truth) / f.standardError)
    }
    // Binomial(12, 0.95): 10 or more with probability 0.98.
    #expect(inside >= 10, "true value inside \(inside) of 12; standardised errors \(errors)")
    let meanError = errors.reduce(0, +) / Double(errors.count)
    #expect(abs(meanError) < 3 / sqrt(Double(errors.count)) + 0.2, "no bias: mean standardised error \(meanError)")
  }

  @Test("a series the model cannot reproduce in the ranges is a poor fit, and said so", .proof, .tags(.statisticalProof))
  func poorFit() async throws {
    let c = try Calibration(
      scenario: CalibrationFixtures.scenario, file: "starter.yaml",
      observed: CalibrationFixtures.observed(seed: 8, kpis: [.accompanied], scale: 3),
      keys: [.init(path: CalibrationFixtures.walkIns, range: 1...8)], replications: 6, seed: 1)
    let o = try await c.run(jobs: 2)
    #expect(o.poorFit && o.pValue < 0.01, "p = \(o.pValue)")
    #expect(o.fitted[0].value > 7.5, "pushed to the range's end")
  }
}
