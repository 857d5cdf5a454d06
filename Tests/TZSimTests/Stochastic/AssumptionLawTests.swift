import Foundation
import Stochastic
import Testing

/// The laws of uncertain assumptions: each quantile against its closed form,
/// truncation to a key's range, and the textual form's checks.
@Suite("Uncertainty: the laws of assumptions")
struct AssumptionLawTests {
  static func law(_ text: String) throws -> AssumptionLaw { try AssumptionLaw(parsing: text) }
  static let anywhere = -Double.infinity...Double.infinity

  /// The value of `text`'s law at level `u` within `range` (NaN, so that an expectation fails, when there is none).
  static func at(_ text: String, _ u: Double, _ range: ClosedRange<Double> = anywhere) throws -> Double {
    try law(text).value(at: u, within: range) ?? .nan
  }

  @Test("quantiles against closed forms")
  func closedForms() throws {
    #expect(try Self.at("uniform(min: 2, max: 6)", 0.25) == 3)
    // Triangular (0, 0, 1): F(x) = 1 − (1 − x)², median 1 − √½.
    #expect(abs(try Self.at("triangular(min: 0, mode: 0, max: 1)", 0.5) - (1 - 0.5.squareRoot())) < 1e-12)
    // Triangular (0, 2, 4) is symmetric: median 2.
    #expect(abs(try Self.at("triangular(min: 0, mode: 2, max: 4)", 0.5) - 2) < 1e-12)
    #expect(abs(try Self.at("normal(mean: 10, sd: 2)", 0.5) - 10) < 1e-12)
    // Lognormal with mean m and sd s: median exp(μ), μ = ln m − σ²/2, σ² = ln(1 + s²/m²).
    let sigma2 = log(1 + 0.25)
    #expect(abs(try Self.at("lognormal(mean: 4, sd: 2)", 0.5) - exp(log(4) - sigma2 / 2)) < 1e-9)
    #expect(abs(try Self.at("beta(alpha: 2, beta: 2)", 0.5, 0...1) - 0.5) < 1e-12)
    // beta(mean: 0.2, sd: 0.05): α = 0.2 × 63 = 12.6, β = 0.8 × 63 = 50.4.
    #expect(try Self.law("beta(mean: 0.2, sd: 0.05)") == .beta(alpha: 0.2 * 63, beta: 0.8 * 63))
    let values = "values(values: [1, 2, 3], weights: [0.2, 0.3, 0.5])"
    #expect(try [0.1, 0.3, 0.9].map { try Self.at(values, $0) } == [1, 2, 3])
  }

  @Test("truncated to the key's range: the half-normal's median, and every level inside the range")
  func truncation() throws {
    // N(0, 1) on [0, ∞): median Φ⁻¹(0.75) = 0.6744897501960817.
    #expect(abs(try Self.at("normal(mean: 0, sd: 1)", 0.5, 0...Double.infinity) - 0.6744897501960817) < 1e-12)
    #expect(abs(try Self.law("normal(mean: 0, sd: 1)").mass(within: 0...Double.infinity) - 0.5) < 1e-15)
    let lognormal = try Self.law("lognormal(mean: 4, sd: 3)")
    for u in stride(from: 0.0, to: 1.0, by: 0.01) {
      let x = lognormal.value(at: u, within: 1...6) ?? .nan
      #expect((1...6).contains(x))
      #expect(abs(lognormal.cdf(x) - (lognormal.cdf(1) + u * (lognormal.cdf(6) - lognormal.cdf(1)))) < 1e-9)
    }
    // Values outside the range are left out, the others keep their weights' proportions.
    let values = "values(values: [1, 2, 3], weights: [0.2, 0.3, 0.5])"
    #expect(try Self.law(values).mass(within: 2...10) == 0.8)
    #expect(try Self.at(values, 0.3, 2...10) == 2 && Self.at(values, 0.5, 2...10) == 3)
    // A law that gives the range nothing has no value there (validate refuses it), rather than a crash.
    #expect(try Self.law("uniform(min: 5, max: 6)").mass(within: 0...1) == 0)
    #expect(try Self.law("uniform(min: 5, max: 6)").value(at: 0.5, within: 0...1) == nil)
    #expect(try Self.law(values).value(at: 0.5, within: 5...6) == nil)
  }

  @Test("on a Sobol design the truncated law's sample mean matches its mean (uniform on [2, 6] cut to [3, 6])")
  func designMean() throws {
    let law = try Self.law("uniform(min: 2, max: 6)")
    let sobol = SobolSequence(dimensions: 1)
    let xs = (0..<4096).map { _ in law.value(at: sobol.next()[0], within: 3...6) ?? .nan }
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
