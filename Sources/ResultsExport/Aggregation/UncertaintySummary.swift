/// What a run with uncertain assumptions found, ready for the files and the
/// report: each objective's second verdict (the probability once the
/// assumptions are drawn from their laws, with the share of the spread they
/// make), and each uncertain key's sensitivity indices for every objective
/// and headline figure. Built by `Studies` from the outer design's draws.
public struct UncertaintySummary: Sendable {
  /// One uncertain assumption.
  public struct Input: Sendable {
    /// Its place, as in the file (`sites[troyes].advisors`).
    public let path: String
    public let french: String
    public let english: String
    /// The entries of its place (`troyes` for `sites[troyes].advisors`), or empty.
    public let place: String
    public let law: String
    public let source: String
    /// The value in the scenario: the one "if the assumption holds" (NaN when the key is read through others, as a site's share).
    public let value: Double
    /// A probability or a share: written as a percentage.
    public let isShare: Bool
    /// The 5th and 95th percentiles of its law on the key's range.
    public let low: Double
    public let high: Double
    /// The keys it was fitted with (a joint law) and its correlation with each; empty for a law of its own.
    public let fittedWith: [(path: String, correlation: Double)]
    /// The keys of its joint law drawn before it: its indices count only its part independent of them.
    public let drawnAfter: [String]

    public init(
      path: String, french: String, english: String, place: String = "", law: String, source: String, value: Double, low: Double,
      high: Double, isShare: Bool = false, fittedWith: [(path: String, correlation: Double)] = [], drawnAfter: [String] = []
    ) {
      self.path = path
      self.fittedWith = fittedWith
      self.drawnAfter = drawnAfter
      self.isShare = isShare
      self.place = place
      self.french = french
      self.english = english
      self.law = law
      self.source = source
      self.value = value
      self.low = low
      self.high = high
    }
  }

  /// An objective's probability once the assumptions are uncertain.
  public struct Verdict: Sendable {
    public let objectiveID: String
    public let probability: Double
    public let standardError: Double
    /// The 10th and 90th percentiles of the draws' shares: how far the probability moves with the assumptions.
    public let low: Double
    public let high: Double
    /// The share of the outcome's variance that the assumptions make (the rest is chance).
    public let assumptionsShare: Double

    public init(objectiveID: String, probability: Double, standardError: Double, low: Double, high: Double, assumptionsShare: Double) {
      self.objectiveID = objectiveID
      self.probability = probability
      self.standardError = standardError
      self.low = low
      self.high = high
      self.assumptionsShare = assumptionsShare
    }
  }

  /// One uncertain key's indices for one output.
  public struct Index: Sendable {
    public let first: Double
    public let firstLow: Double
    public let firstHigh: Double
    public let total: Double
    public let totalLow: Double
    public let totalHigh: Double

    public init(first: Double, firstLow: Double, firstHigh: Double, total: Double, totalLow: Double, totalHigh: Double) {
      self.first = first
      self.firstLow = firstLow
      self.firstHigh = firstHigh
      self.total = total
      self.totalLow = totalLow
      self.totalHigh = totalHigh
    }
  }

  /// The indices of every key for one output: an objective's share of
  /// replications meeting it (`objective:<id>`) or a headline figure's mean (its result key).
  public struct Sensitivity: Sendable {
    public let output: String
    /// The output's variance over the draws (0: it does not move, and the indices say nothing).
    public let variance: Double
    /// One per input, in the inputs' order.
    public let indices: [Index]

    public init(output: String, variance: Double, indices: [Index]) {
      self.output = output
      self.variance = variance
      self.indices = indices
    }

    /// The inputs' positions, the largest total index first.
    public var ranking: [Int] { indices.indices.sorted { (indices[$0].total, -$0) > (indices[$1].total, -$1) } }
  }

  /// One draw of the design: the values drawn, and the baseline's outputs there.
  public struct Draw: Sendable {
    public let values: [Double]
    /// In the order of ``outputs``.
    public let outputs: [Double]

    public init(values: [Double], outputs: [Double]) {
      self.values = values
      self.outputs = outputs
    }
  }

  /// Where an objective is missed: a box of one or two assumptions (PRIM), or none.
  public struct FailureRule: Sendable {
    /// One bound of the box: the input's position, and the values it keeps (nil: unbounded on that side).
    public struct Bound: Sendable {
      public let input: Int
      public let lower: Double?
      public let upper: Double?

      public init(input: Int, lower: Double?, upper: Double?) {
        self.input = input
        self.lower = lower
        self.upper = upper
      }
    }

    public let objectiveID: String
    /// The share of replications missing the objective over all draws.
    public let baseRate: Double
    /// Empty when no simple rule stands out.
    public let bounds: [Bound]
    /// The share of all failures inside the box, and the failure rate inside it.
    public let coverage: Double
    public let density: Double

    public init(objectiveID: String, baseRate: Double, bounds: [Bound], coverage: Double, density: Double) {
      self.objectiveID = objectiveID
      self.baseRate = baseRate
      self.bounds = bounds
      self.coverage = coverage
      self.density = density
    }
  }

  /// What learning the assumptions before choosing among the options is worth,
  /// in points of probability of meeting the first objective (compare only).
  public struct InformationValue: Sendable {
    public let objectiveID: String
    /// The options' ids, the baseline first, and the one chosen now (best mean probability).
    public let options: [String]
    public let choice: Int
    /// Each option's mean probability over the draws.
    public let probabilities: [Double]
    public let overall: Double
    /// One per input.
    public let partial: [Double]

    public init(objectiveID: String, options: [String], choice: Int, probabilities: [Double], overall: Double, partial: [Double]) {
      self.objectiveID = objectiveID
      self.options = options
      self.choice = choice
      self.probabilities = probabilities
      self.overall = overall
      self.partial = partial
    }
  }

  /// Each assumption alone at its law's low and high value (5th and 95th
  /// percentiles), the others at their scenario values, on the same
  /// replications: the outputs at both ends, for the tornado chart.
  public struct Tornado: Sendable {
    public struct Bar: Sendable {
      public let input: Int
      public let lowValue: Double
      public let highValue: Double
      /// In the order of ``UncertaintySummary/outputs``.
      public let atLow: [Double]
      public let atHigh: [Double]

      public init(input: Int, lowValue: Double, highValue: Double, atLow: [Double], atHigh: [Double]) {
        self.input = input
        self.lowValue = lowValue
        self.highValue = highValue
        self.atLow = atLow
        self.atHigh = atHigh
      }
    }

    public let replications: Int
    /// The outputs with every assumption at its scenario value, on the same replications.
    public let center: [Double]
    public let bars: [Bar]

    public init(replications: Int, center: [Double], bars: [Bar]) {
      self.replications = replications
      self.center = center
      self.bars = bars
    }
  }

  /// N, the base points; R, the inner replications; the draws N(k + 2).
  public let points: Int
  public let replications: Int
  public let draws: Int
  public let inputs: [Input]
  public let verdicts: [Verdict]
  public let sensitivities: [Sensitivity]
  /// The names of each draw's outputs: each objective's share (`objective:<id>`), then the headline figures.
  public let outputs: [String]
  /// Every draw, in the design's order (A, B, then AB_i).
  public let drawTable: [Draw]
  /// One per objective.
  public let failureRules: [FailureRule]
  /// For a comparison of options.
  public let informationValue: InformationValue?
  public let tornado: Tornado?

  public init(
    points: Int, replications: Int, inputs: [Input], verdicts: [Verdict], sensitivities: [Sensitivity], outputs: [String],
    drawTable: [Draw],
    failureRules: [FailureRule] = [], informationValue: InformationValue? = nil, tornado: Tornado? = nil
  ) {
    self.tornado = tornado
    self.failureRules = failureRules
    self.informationValue = informationValue
    self.points = points
    self.replications = replications
    self.draws = drawTable.count
    self.inputs = inputs
    self.verdicts = verdicts
    self.sensitivities = sensitivities
    self.outputs = outputs
    self.drawTable = drawTable
  }

  /// The part of the design draw `d` belongs to: `A`, `B`, or `AB<i>` (column i from B, counted from 1).
  public func block(of d: Int) -> String {
    let b = d / points
    return b == 0 ? "A" : b == 1 ? "B" : "AB\(b - 1)"
  }

  /// The output name of an objective's share.
  public static func objectiveOutput(_ id: String) -> String { "objective:\(id)" }
}
