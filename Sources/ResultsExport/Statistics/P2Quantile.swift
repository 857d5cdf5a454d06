/// A streaming estimate of one quantile in constant memory: the P² algorithm
/// of Jain and Chlamtac (1985, Communications of the ACM 28(10), 1076–1085,
/// doi:10.1145/4372.4378). Five markers move with parabolic interpolation.
///
/// Exact for the first five observations; for more, an estimate whose error
/// shrinks as observations accumulate. The result depends on the order of
/// the observations, so they are fed in replication order: the same run
/// gives the same bytes whatever the number of jobs.
public struct P2Quantile: Sendable, Hashable {
  public let p: Double
  var heights: [Double] = []
  var positions: [Double] = [1, 2, 3, 4, 5]
  var desired: [Double]
  let increments: [Double]
  public private(set) var count = 0

  public init(_ p: Double) {
    precondition(p > 0 && p < 1, "quantile \(p) outside (0, 1)")
    self.p = p
    desired = [1, 1 + 2 * p, 1 + 4 * p, 3 + 2 * p, 5]
    increments = [0, p / 2, p, (1 + p) / 2, 1]
  }

  public mutating func add(_ x: Double) {
    count += 1
    if heights.count < 5 {
      heights.append(x)
      heights.sort()
      return
    }
    var k: Int
    if x < heights[0] {
      heights[0] = x
      k = 0
    } else if x >= heights[4] {
      heights[4] = x
      k = 3
    } else {
      k = 0
      while k < 3 && x >= heights[k + 1] { k += 1 }
    }
    for i in (k + 1)..<5 { positions[i] += 1 }
    for i in 0..<5 { desired[i] += increments[i] }
    for i in 1...3 {
      let d = desired[i] - positions[i]
      if (d >= 1 && positions[i + 1] - positions[i] > 1) || (d <= -1 && positions[i - 1] - positions[i] < -1) {
        let s: Double = d > 0 ? 1 : -1
        let parabolic =
          heights[i] + s / (positions[i + 1] - positions[i - 1])
          * ((positions[i] - positions[i - 1] + s) * (heights[i + 1] - heights[i]) / (positions[i + 1] - positions[i])
            + (positions[i + 1] - positions[i] - s) * (heights[i] - heights[i - 1]) / (positions[i] - positions[i - 1]))
        if heights[i - 1] < parabolic && parabolic < heights[i + 1] {
          heights[i] = parabolic
        } else {
          let j = i + Int(s)
          heights[i] += s * (heights[j] - heights[i]) / (positions[j] - positions[i])
        }
        positions[i] += s
      }
    }
  }

  /// The estimate; with five observations or fewer, the sample quantile by
  /// linear interpolation between order statistics (type 7).
  public var value: Double {
    guard count > 0 else { return .nan }
    if count <= 5 {
      let h = Double(count - 1) * p
      let lo = Int(h.rounded(.down))
      let hi = Swift.min(lo + 1, count - 1)
      return heights[lo] + (h - Double(lo)) * (heights[hi] - heights[lo])
    }
    return heights[2]
  }
}
