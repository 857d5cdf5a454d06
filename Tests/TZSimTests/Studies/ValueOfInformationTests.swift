import Stochastic
import Studies
import Testing

/// Value of information on decisions whose answer is known in closed form.
@Suite("Uncertainty: value of information")
struct ValueOfInformationTests {
  @Test("two options, u₁ = θ and u₂ = ½ with θ uniform: EVPI = E[max(θ, ½)] − ½ = 1/8, all of it θ's; a key that moves nothing is worth 0")
  func closedForm() {
    let s = RandomStream(seed: 5)
    let m = 4000
    let values = (0..<m).map { _ in [s.uniform(), s.uniform()] }
    let voi = ValueOfInformation(values: values, utilities: values.map { [$0[0], 0.5] })
    // SE of the mean of max(θ, ½) is sd/√m = 0.161/63 ≈ 0.0026, and max(mean θ, ½) moves by about 0.0046:
    // 0.015 is over 3 times their combined error.
    #expect(abs(voi.overall - 0.125) < 0.015, "\(voi.overall)")
    // Binning on θ (63 bins) loses at most the within-bin spread: ≈ 1/(8·63²) of the value.
    #expect(abs(voi.partial[0] - 0.125) < 0.015, "\(voi.partial[0])")
    // An irrelevant key: its bins' means differ by chance only (sd 0.29/√63 ≈ 0.036 per bin), biased up by less than 0.02.
    #expect(voi.partial[1] < 0.02, "\(voi.partial[1])")
    #expect(voi.bins == 63)
  }

  @Test("an exact small case: a whole-number key binned by value, and no value when one option is always best")
  func exact() {
    // θ ∈ {1, 2}: option 0 is worth θ − 1, option 1 is worth ½; both have mean ½ now (the first is kept); learning θ gains ¼.
    let values: [[Double]] = [[1], [1], [2], [2]]
    let u: [[Double]] = [[0, 0.5], [0, 0.5], [1, 0.5], [1, 0.5]]
    let voi = ValueOfInformation(values: values, utilities: u)
    #expect(voi.choice == 0 && voi.overall == 0.25 && voi.partial == [0.25])
    let dominated = ValueOfInformation(values: values, utilities: u.map { [$0[0], $0[1] + 2] })
    #expect(dominated.choice == 1 && dominated.overall == 0 && dominated.partial == [0])
  }
}
