import Foundation
import Stochastic
import Testing

/// The laws of uncertain assumptions: each quantile against its closed form,
/// truncation to a key's range, and the textual form's checks.
@Suite("Uncertainty: the laws of assumptions")
struct AssumptionLawTests {
  static func law(_ text: String) throws -> AssumptionLaw { try AssumptionLaw(parsing: text) }
  static let anywhere = -Double.infinity...Double.infinity

  @Test("quantiles against closed forms")
  func closedForms() throws {
    #expect(try Self.law("uniform(min: 2, max: 6)").value(at: 0.25, within: Self.anywhere) == 3)
    // Triangular (0, 0, 1): F(x) = 1 − (1 − x)², median 1 − √½.
    #expect(abs(try Self.law("triangular(min: 0, mode: 0, max: 1)").value(at: 0.5, within: Self.anywhere) - (1 - 0.5.squareRoot())) < 1e-12)
    // Triangular (0, 2, 4) is symmetric: median 2.
    #expect(abs(try Self.law("triangular(min: 0, mode: 2, max: 4)").value(at: 0.5, within: Self.anywhere) - 2) < 1e-12)
    #expect(abs(try Self.law("normal(mean: 10, sd: 2)").value(at: 0.5, within: Self.anywhere) - 10) < 1e-12)
    // Lognormal with mean m and sd s: median exp(μ), μ = ln m − σ²/2, σ² = ln(1 + s²/m²).
    let sigma2 = log(1 + 0.25)
    #expect(abs(try Self.law("lognormal(mean: 4, sd: 2)").value(at: 0.5, within: Self.anywhere) - exp(log(4) - sigma2 / 2)) < 1e-9)
    #expect(abs(try Self.law("beta(alpha: 2, beta: 2)").value(at: 0.5, within: 0...1) - 0.5) < 1e-12)
    // beta(mean: 0.2, sd: 0.05): α = 0.2 × 63 = 12.6, β = 0.8 × 63 = 50.4.
    #expect(try Self.law("beta(mean: 0.2, sd: 0.05)") == .beta(alpha: 0.2 * 63, beta: 0.8 * 63))
    let values = try Self.law("values(values: [1, 2, 3], weights: [0.2, 0.3, 0.5])")
    #expect([0.1, 0.3, 0.9].map { values.value(at: $0, within: Self.anywhere) } == [1, 2, 3])
  }

  @Test("truncated to the key's range: the half-normal's median, and every level inside the range")
  func truncation() throws {
    let normal = try Self.law("normal(mean: 0, sd: 1)")
    // N(0, 1) on [0, ∞): median Φ⁻¹(0.75) = 0.6744897501960817.
    #expect(abs(normal.value(at: 0.5, within: 0...Double.infinity) - 0.6744897501960817) < 1e-12)
    #expect(abs(normal.mass(within: 0...Double.infinity) - 0.5) < 1e-15)
    let lognormal = try Self.law("lognormal(mean: 4, sd: 3)")
    for u in stride(from: 0.0, to: 1.0, by: 0.01) {
      let x = lognormal.value(at: u, within: 1...6)
      #expect((1...6).contains(x))
      #expect(abs(lognormal.cdf(x) - (lognormal.cdf(1) + u * (lognormal.cdf(6) - lognormal.cdf(1)))) < 1e-9)
    }
    // Values outside the range are left out, the others keep their weights' proportions.
    let values = try Self.law("values(values: [1, 2, 3], weights: [0.2, 0.3, 0.5])")
    #expect(values.mass(within: 2...10) == 0.8)
    #expect(values.value(at: 0.3, within: 2...10) == 2 && values.value(at: 0.5, within: 2...10) == 3)
    #expect(try Self.law("uniform(min: 5, max: 6)").mass(within: 0...1) == 0)
  }

  @Test("on a Sobol design the truncated law's sample mean matches its mean (uniform on [2, 6] cut to [3, 6])")
  func designMean() throws {
    let law = try Self.law("uniform(min: 2, max: 6)")
    let sobol = SobolSequence(dimensions: 1)
    let xs = (0..<4096).map { _ in law.value(at: sobol.next()[0], within: 3...6) }
    #expect(abs(xs.reduce(0, +) / 4096 - 4.5) < 1e-3)
  }

  @Test(
    "bad laws are refused with words",
    arguments: [
      ("normal(mean: 1, sd: 0)", "normal: `sd` must be > 0, found 0"),
      ("triangular(min: 2, mode: 1, max: 3)", "triangular: min ≤ mode ≤ max is needed, with min < max"),
      ("beta(mean: 0.5, sd: 0.6)", "beta: the mean must be in (0, 1) and sd² below mean × (1 − mean)"),
      ("values(values: [1, 2], weights: [1])", "values: give as many weights as values, each ≥ 0, not all 0"),
      ("gamma(mean: 1, sd: 1)", "unknown law `gamma`; expected one of beta, lognormal, normal, triangular, uniform, values"),
    ])
  func refusals(_ c: (String, String)) {
    let error = #expect(throws: DistributionError.self) { try AssumptionLaw(parsing: c.0) }
    #expect(error?.message == c.1)
  }
}
