/// The points at which a model is evaluated to estimate every input's
/// first-order and total sensitivity indices (Saltelli 2002, 2010): two base
/// samples A and B of N points in the unit cube `[0, 1)^k`, then for each
/// input i the matrix AB_i, A with its column i taken from B. N(k + 2)
/// evaluations in all.
///
/// The base samples come from GSL's Sobol sequence in 2k dimensions (A the
/// first k coordinates, B the last k), or from a random stream when the
/// design must be random (to check the intervals' coverage).
///
/// ```swift
/// let design = SensitivityDesign(inputs: 3, samples: 1024)
/// let y = design.points.map { x in model(x) }          // N(k + 2) values
/// let indices = SensitivityIndices(design: design, outputs: y, seed: 1)
/// ```
public struct SensitivityDesign: Sendable {
  public let inputs: Int
  public let samples: Int
  /// A (rows 0..<N), B (N..<2N), then AB_0, AB_1, … (N rows each): points in `[0, 1)^k`.
  public let points: [[Double]]

  /// A quasi-random design (Sobol). - Precondition: `1 ≤ inputs ≤ 20`, `samples ≥ 2`.
  public init(inputs: Int, samples: Int) {
    precondition((1...SobolSequence.maxDimensions / 2).contains(inputs) && samples >= 2)
    let sobol = SobolSequence(dimensions: 2 * inputs)
    self.init(inputs: inputs, samples: samples) { sobol.next() }
  }

  /// A random design, from `stream`.
  public init(inputs: Int, samples: Int, stream: RandomStream) {
    precondition(inputs >= 1 && samples >= 2)
    self.init(inputs: inputs, samples: samples) { (0..<(2 * inputs)).map { _ in stream.uniform() } }
  }

  /// A design on given base points (each of 2k coordinates: A's then B's),
  /// e.g. a Latin hypercube or a randomly shifted Sobol sequence.
  /// - Precondition: `samples ≥ 2` points, each with `2 × inputs` coordinates in [0, 1).
  public init(inputs: Int, basePoints: [[Double]]) {
    precondition(inputs >= 1 && basePoints.count >= 2 && basePoints.allSatisfy { $0.count == 2 * inputs })
    var next = basePoints.makeIterator()
    self.init(inputs: inputs, samples: basePoints.count) { next.next()! }
  }

  private init(inputs: Int, samples: Int, point: () -> [Double]) {
    self.inputs = inputs
    self.samples = samples
    let base = (0..<samples).map { _ in point() }
    let a = base.map { Array($0[0..<inputs]) }
    let b = base.map { Array($0[inputs...]) }
    var points = a + b
    for i in 0..<inputs {
      points += zip(a, b).map { rowA, rowB in
        var row = rowA
        row[i] = rowB[i]
        return row
      }
    }
    self.points = points
  }
}
