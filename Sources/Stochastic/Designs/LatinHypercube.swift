/// A Latin hypercube sample of the unit cube `[0, 1)^d`: in each dimension
/// the n strata `[i/n, (i+1)/n)` hold exactly one point each, the strata
/// paired across dimensions by independent random permutations and each point
/// placed uniformly inside its stratum (McKay, Beckman & Conover 1979). Drawn
/// from a GSL stream, so the same seed gives the same sample.
///
/// TZSim's outer designs use the Sobol sequence; this sample exists to
/// measure which of the two converges faster on the model's outputs
/// (`tzsim bench designs`, docs/uncertainty.md).
///
/// ```swift
/// let points = LatinHypercube.points(count: 8, dimensions: 2, stream: RandomStream(seed: 1))
/// // each column holds one value in [0, 1/8), one in [1/8, 2/8), …
/// ```
public enum LatinHypercube {
  /// - Precondition: `count ≥ 1`, `dimensions ≥ 1`.
  public static func points(count n: Int, dimensions d: Int, stream: RandomStream) -> [[Double]] {
    precondition(n >= 1 && d >= 1, "a Latin hypercube needs at least one point and one dimension")
    var points = [[Double]](repeating: [Double](repeating: 0, count: d), count: n)
    for c in 0..<d {
      var strata = Array(0..<n)
      // Fisher–Yates, from the back.
      for i in stride(from: n - 1, to: 0, by: -1) { strata.swapAt(i, stream.uniformInt(below: i + 1)) }
      for i in 0..<n { points[i][c] = (Double(strata[i]) + stream.uniform()) / Double(n) }
    }
    return points
  }
}
