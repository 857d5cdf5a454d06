#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Wilson score interval for a proportion (Wilson 1927, JASA 22:209–212):
/// well behaved at 0 and 1, where the normal approximation collapses.
public enum WilsonInterval {
  /// The 95 % interval (z = 1.959963984540054) for `successes` out of `trials`.
  public static func interval(successes: Int, trials: Int, z: Double = 1.959963984540054) -> (low: Double, high: Double) {
    precondition(trials >= 0 && successes >= 0 && successes <= trials, "invalid counts \(successes)/\(trials)")
    guard trials > 0 else { return (0, 1) }
    let n = Double(trials)
    let p = Double(successes) / n
    let z2 = z * z
    let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    let half = z / (1 + z2 / n) * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
    // At p = 0 (or 1) the bound is exactly 0 (or 1); clamp rounding.
    return (successes == 0 ? 0 : Swift.max(0, centre - half), successes == trials ? 1 : Swift.min(1, centre + half))
  }
}
