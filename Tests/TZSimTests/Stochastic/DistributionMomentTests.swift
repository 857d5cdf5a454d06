import Stochastic
import Testing

/// Every distribution's sample mean and variance against its theory.
@Suite("Distributions: moments")
struct DistributionMomentTests {
  static let cases: [String] = [
    "constant(value: 3.5)",
    "exponential(mean: 2)",
    "gamma(shape: 2, scale: 3)",
    "gamma(mean: 45, sd: 15)",
    "lognormal(mean: 45, sd: 20)",
    "lognormal(mu: 1, sigma: 0.5)",
    "normal(mean: 10, sd: 2)",
    "uniform(min: 1, max: 3)",
    "triangular(min: 0, mode: 1, max: 4)",
    "weibull(shape: 1.5, scale: 2)",
    "poisson(mean: 4)",
    "poisson(mean: 250)",
    "binomial(trials: 10, p: 0.3)",
    "bernoulli(p: 0.2)",
    "empirical(values: [30, 45, 60, 60])",
  ]

  @Test("sample mean and variance match theory within 4.5 SE", arguments: cases)
  func moments(_ text: String) throws {
    let d = try Distribution(parsing: text)
    let stream = RandomStream(seed: 20_201_231)
    var m = SampleMoments()
    for _ in 0..<200_000 { m.add(d.sample(stream)) }
    if d.variance == 0 {
      #expect(m.mean == d.mean && m.variance == 0)
      return
    }
    expectWithin(m.mean, d.mean, se: m.meanSE, "\(text) mean")
    expectWithin(m.variance, d.variance, se: m.varianceSE, "\(text) variance")
    // The check can fail: an error of 2 % of the mean would be caught.
    #expect(4.5 * m.meanSE < 0.02 * max(abs(d.mean), d.standardDeviation), "\(text): test too weak")
  }

  @Test("lognormal from mean and sd has exactly that mean and sd")
  func lognormalParametrisation() throws {
    let d = try Distribution.lognormal(mean: 45, sd: 20)
    #expect(abs(d.mean - 45) < 1e-9)
    #expect(abs(d.standardDeviation - 20) < 1e-9)
    let g = try Distribution.gamma(mean: 45, sd: 20)
    #expect(abs(g.mean - 45) < 1e-9 && abs(g.standardDeviation - 20) < 1e-9)
  }

  @Test("exponential takes the mean, not the rate")
  func exponentialTakesMean() throws {
    let d = try Distribution.exponential(mean: 10)
    let stream = RandomStream(seed: 1)
    var m = SampleMoments()
    for _ in 0..<50_000 { m.add(d.sample(stream)) }
    expectWithin(m.mean, 10, se: m.meanSE, "exponential(mean: 10)")
  }

  @Test("categorical frequencies match probabilities")
  func categorical() throws {
    let c = try CategoricalDistribution(parsing: "categorical(autonomous: 0.4, workshops: 0.35, reinforced: 0.25)")
    let stream = RandomStream(seed: 5)
    let n = 100_000
    var counts = [0, 0, 0]
    for _ in 0..<n { counts[c.sample(stream)] += 1 }
    for (i, p) in c.probabilities.enumerated() {
      let se = (p * (1 - p) / Double(n)).squareRoot()
      expectWithin(Double(counts[i]) / Double(n), p, se: se, "share of \(c.labels[i])")
    }
    #expect(abs(c.mean - (0.35 + 0.5)) < 1e-12)
  }

  @Test("multinomial counts add up and match N p")
  func multinomial() throws {
    let m = try MultinomialDistribution(probabilities: [0.2, 0.5, 0.3])
    let stream = RandomStream(seed: 9)
    var sums = [SampleMoments(), SampleMoments(), SampleMoments()]
    for _ in 0..<20_000 {
      let counts = m.sample(trials: 100, stream)
      #expect(counts.reduce(0, +) == 100)
      for i in 0..<3 { sums[i].add(Double(counts[i])) }
    }
    for i in 0..<3 {
      expectWithin(sums[i].mean, m.means(trials: 100)[i], se: sums[i].meanSE, "multinomial mean \(i)")
      expectWithin(sums[i].variance, m.variances(trials: 100)[i], se: sums[i].varianceSE, "multinomial variance \(i)")
    }
  }

  @Test("Student t quantile matches the table value")
  func studentT() {
    #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 19) - 2.093024054408263) < 1e-9)
    #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 1e9) - 1.959963984540054) < 1e-6)
  }
}
