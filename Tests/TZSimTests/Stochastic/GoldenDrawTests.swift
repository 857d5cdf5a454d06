import Stochastic
import Testing

/// The first draws for seed 42 (mt19937), computed by a C program calling GSL
/// 2.7.1 directly (`gsl_rng_set(r, 42)` then the `gsl_ran_*` call). A change
/// of parametrisation or of GSL function shows up here first.
@Suite("Distributions: golden draws from C + GSL")
struct GoldenDrawTests {
  static let golden: [(String, [Double])] = [
    ("exponential(mean: 2)", [0.9385361654436789, 3.1846010419674329, 6.0202430709246286]),
    ("gamma(shape: 2, scale: 3)", [2.4701847409955415, 0.68843679494116394, 0.9407399576806974]),
    ("lognormal(mean: 45, sd: 20)", [33.017667601412718, 55.856705579762263, 81.743148548600118]),
    ("normal(mean: 10, sd: 2)", [12.443842434796281, 11.739271633644208, 13.177112732735715]),
    ("uniform(min: 1, max: 3)", [1.7490802286192775, 2.593085968401283, 2.9014286231249571]),
    ("weibull(shape: 1.5, scale: 2)", [1.9760030301825504, 0.7452776094164717, 0.27339866377741351]),
    ("poisson(mean: 4)", [6, 3, 1]),
    ("binomial(trials: 10, p: 0.3)", [2, 4, 5]),
    ("bernoulli(p: 0.5)", [1, 0, 0]),
    ("triangular(min: 0, mode: 1, max: 4)", [1.2603798386848708, 2.437475059529512, 3.2309562683109254]),
    ("empirical(values: [30, 45, 60])", [45, 60, 60]),
  ]

  @Test("seed 42 gives the C program's first three draws", arguments: golden.map(\.0))
  func draws(_ text: String) throws {
    let expected = Self.golden.first { $0.0 == text }!.1
    let d = try Distribution(parsing: text)
    let stream = RandomStream(seed: 42)
    let got = (0..<3).map { _ in d.sample(stream) }
    for (g, e) in zip(got, expected) {
      #expect(abs(g - e) <= 1e-12 * max(1, abs(e)), "\(text): got \(got), C gives \(expected)")
    }
  }

  @Test("categorical and multinomial draws match C")
  func tables() throws {
    let c = try CategoricalDistribution(labels: ["a", "b", "c"], probabilities: [0.2, 0.5, 0.3])
    let s1 = RandomStream(seed: 42)
    #expect((0..<5).map { _ in c.sample(s1) } == [1, 2, 2, 0, 2])
    let m = try MultinomialDistribution(probabilities: [0.2, 0.5, 0.3])
    #expect(m.sample(trials: 100, RandomStream(seed: 42)) == [20, 48, 32])
  }

  @Test("raw generator output matches C for each generator")
  func generators() {
    let expected: [GeneratorKind: [UInt]] = [
      .mt19937: [1_608_637_542, 3_421_126_067, 4_083_286_876],
      .taus2: [3_414_959_125, 2_659_993_108, 3_194_772_521],
      .ranlxd2: [547_465_060, 1_400_319_143, 2_373_375_689],
    ]
    for (kind, values) in expected {
      let s = RandomStream(generator: kind, seed: 42)
      #expect((0..<3).map { _ in s.nextRaw() } == values, "\(kind)")
    }
  }
}
