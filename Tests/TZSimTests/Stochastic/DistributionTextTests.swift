import Stochastic
import Testing

@Suite("Distributions: textual form and validation")
struct DistributionTextTests {
  @Test("description reads back to an equal distribution", arguments: DistributionMomentTests.cases)
  func roundTrip(_ text: String) throws {
    let d = try Distribution(parsing: text)
    #expect(d.description == text)
    #expect(try Distribution(parsing: d.description) == d)
  }

  @Test("blanks are free")
  func blanks() throws {
    #expect(try Distribution(parsing: "  lognormal( mean :45 ,sd: 20 ) ") == .lognormal(mean: 45, sd: 20))
  }

  struct BadCase: Sendable, CustomTestStringConvertible {
    let text: String
    let message: String
    var testDescription: String { text }
  }

  static let bad: [BadCase] = [
    .init(text: "exponential(mean: -3)", message: "exponential: mean must be a finite number > 0, found -3"),
    .init(text: "exponential(mean: 0)", message: "exponential: mean must be a finite number > 0, found 0"),
    .init(text: "exponential(rate: 2)", message: "exponential: parameters (rate) do not match; write exponential(mean: …)"),
    .init(
      text: "gamma(shape: 2)", message: "gamma: parameters (shape) do not match; write gamma(shape: …, scale: …) or gamma(mean: …, sd: …)"),
    .init(text: "lognormal(mean: 45, sd: 0)", message: "lognormal: sd must be a finite number > 0, found 0"),
    .init(text: "normal(mean: 1, sd: -1)", message: "normal: sd must be a finite number > 0, found -1"),
    .init(text: "uniform(min: 3, max: 1)", message: "uniform: max must be a finite number > min (3), found 1"),
    .init(text: "triangular(min: 0, mode: 5, max: 4)", message: "triangular: mode must lie in [min, max] = [0, 4], found 5"),
    .init(text: "weibull(shape: 0, scale: 1)", message: "weibull: shape must be a finite number > 0, found 0"),
    .init(text: "poisson(mean: -1)", message: "poisson: mean must be a number in [0, 1e9), found -1"),
    .init(text: "binomial(trials: 2.5, p: 0.5)", message: "binomial: trials must be a whole number, found 2.5"),
    .init(text: "binomial(trials: 10, p: 1.5)", message: "binomial: p must be a probability in [0, 1], found 1.5"),
    .init(text: "bernoulli(p: -0.1)", message: "bernoulli: p must be a probability in [0, 1], found -0.1"),
    .init(text: "empirical(values: [])", message: "empirical: needs at least one observed value, found none"),
    .init(
      text: "expnential(mean: 2)",
      message:
        "unknown distribution `expnential`; expected one of bernoulli, binomial, constant, empirical, exponential, gamma, lognormal, normal, poisson, triangular, uniform, weibull. Did you mean `exponential`?"
    ),
    .init(text: "exponential(mean: abc)", message: "exponential: mean must be a number, found `abc)`"),
    .init(text: "exponential(mean: nan)", message: "exponential: mean must be a number, found `nan)`"),
    .init(text: "exponential(mean: 1e999)", message: "exponential: mean must be a number, found `1e999`"),
    .init(text: "exponential mean 2", message: "expected `(` after `exponential`, found `mean 2`"),
    .init(text: "exponential(mean: 2", message: "expected `)` after the parameters of `exponential`, found the end of the text"),
    .init(text: "exponential(mean: 2, mean: 3)", message: "exponential: parameter `mean` is given twice"),
    .init(text: "exponential(mean: 2) x", message: "unexpected text after `)`: `x`"),
    .init(text: "", message: "expected a distribution name such as `exponential(mean: 2)`, found the end of the text"),
  ]

  @Test("invalid text is rejected with a readable message", arguments: bad)
  func rejects(_ c: BadCase) {
    #expect(throws: DistributionError.self) { try Distribution(parsing: c.text) }
    do {
      _ = try Distribution(parsing: c.text)
    } catch {
      #expect(error.message == c.message)
    }
  }

  @Test("categorical probabilities must sum to 1")
  func categoricalSum() {
    do {
      _ = try CategoricalDistribution(parsing: "categorical(a: 0.5, b: 0.45)")
      Issue.record("accepted probabilities summing to 0.95")
    } catch {
      #expect(error.message == "categorical: probabilities must sum to 1, found 0.95 (a + b)")
    }
    #expect(throws: DistributionError("categorical: outcome `a` is listed twice")) {
      try CategoricalDistribution(labels: ["a", "a"], probabilities: [0.5, 0.5])
    }
    #expect(throws: DistributionError("multinomial: probabilities must sum to 1, found 0.9")) {
      try MultinomialDistribution(probabilities: [0.5, 0.4])
    }
  }

  @Test("categorical and multinomial read and write their textual forms")
  func categoricalText() throws {
    let text = "categorical(autonomous: 0.4, workshops: 0.35, reinforced: 0.25)"
    #expect(try CategoricalDistribution(parsing: text).description == text)
    let m = "multinomial(p: [0.2, 0.5, 0.3])"
    #expect(try MultinomialDistribution(parsing: m).description == m)
    #expect(try MultinomialDistribution(parsing: m) == MultinomialDistribution(probabilities: [0.2, 0.5, 0.3]))
    #expect(throws: DistributionError("multinomial: probabilities must sum to 1, found 0.9")) {
      try MultinomialDistribution(parsing: "multinomial(p: [0.5, 0.4])")
    }
  }
}
