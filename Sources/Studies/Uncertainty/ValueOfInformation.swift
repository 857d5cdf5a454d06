/// What it is worth to know an assumption before choosing among options:
/// the expected value of perfect information (EVPI), overall and for each
/// assumption alone (partial, EVPPI), in the decision's own unit.
///
/// With draws θ_d of the assumptions and each option v's value u_v(θ_d)
/// (higher is better):
/// - **EVPI** = mean over draws of max_v u_v(θ_d) − max_v mean_d u_v(θ_d):
///   what choosing after learning every assumption gains over choosing now;
/// - **EVPPI of assumption i** = E over θ_i of max_v E[u_v | θ_i] − max_v E[u_v],
///   with E[u_v | θ_i] estimated by sorting the draws on θ_i and averaging
///   each option's value within bins of equal size (Strong and Oakley 2013's
///   single-parameter method; a whole-number assumption with few values is
///   binned by value).
///
/// The values of a draw are means over its inner replications, so chance
/// adds a little to E[max]: the overall EVPI is an upper estimate by about
/// that noise, which the partial values, averaged within bins, mostly shed.
///
/// ```swift
/// let voi = ValueOfInformation(values: draws, utilities: perOption)
/// voi.overall       // in the utilities' unit
/// voi.partial[i]    // for assumption i alone
/// ```
public struct ValueOfInformation: Sendable {
  /// The option chosen now: the best mean value.
  public let choice: Int
  public let overall: Double
  /// One per assumption, in the values' order.
  public let partial: [Double]
  /// The bins each partial value used.
  public let bins: Int

  /// - Parameters:
  ///   - values: each draw's assumption values (one column per assumption).
  ///   - utilities: each draw's value of each option (one column per option).
  public init(values: [[Double]], utilities: [[Double]], bins: Int? = nil) {
    precondition(values.count == utilities.count && !utilities.isEmpty && !utilities[0].isEmpty, "one row of utilities per draw")
    let m = utilities.count
    let options = utilities[0].count
    let means = (0..<options).map { v in utilities.reduce(0) { $0 + $1[v] } / Double(m) }
    let best = means.max()!
    choice = means.firstIndex(of: best)!
    overall = max(0, utilities.reduce(0) { $0 + $1.max()! } / Double(m) - best)
    let b = bins ?? max(2, Int(Double(m).squareRoot().rounded()))
    self.bins = b
    let k = values.first?.count ?? 0
    partial = (0..<k).map { i in
      let order = (0..<m).sorted { values[$0][i] < values[$1][i] }
      // Bins: by value when the assumption takes at most `b` values, else `b` bins of equal count.
      var groups: [[Int]] = []
      let distinct = Set(values.map { $0[i] })
      if distinct.count <= b {
        var current: [Int] = []
        for d in order {
          if let last = current.last, values[last][i] != values[d][i] {
            groups.append(current)
            current = []
          }
          current.append(d)
        }
        groups.append(current)
      } else {
        groups = (0..<b).map { g in Array(order[(g * m / b)..<((g + 1) * m / b)]) }.filter { !$0.isEmpty }
      }
      var expectedMax = 0.0
      for g in groups {
        let conditional = (0..<options).map { v in g.reduce(0) { $0 + utilities[$1][v] } / Double(g.count) }
        expectedMax += conditional.max()! * Double(g.count) / Double(m)
      }
      return max(0, expectedMax - best)
    }
  }
}
