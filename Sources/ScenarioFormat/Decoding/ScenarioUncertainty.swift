import SimulationCore
public import Stochastic
public import TerritoryModel

/// A scenario's `uncertainty` section: the assumptions whose values are
/// uncertain, each with its law and source, and the size of the outer design
/// a run draws them in (``points`` base points of a Saltelli design, so
/// `points × (inputs + 2)` draws, each with ``replications`` inner
/// replications on common random numbers).
///
/// ```yaml
/// uncertainty:
///   points: 32
///   replications: 10
///   laws:
///     - key: pathways.exits.dropout_per_month
///       law: "uniform(min: 0.01, max: 0.03)"
///       source: "ASSUMPTION: 1–3 % a month"
/// ```
public struct ScenarioUncertainty: Sendable, Equatable {
  public static let pointsRange = ParameterRange("uncertainty.points", 2, 4096, integer: true, unit: "base points of the design")
  public static let replicationsRange = ParameterRange(
    "uncertainty.replications", 2, 1000, integer: true, unit: "inner replications per point")
  /// At most this many uncertain inputs (the Sobol sequence has 40 dimensions, two per input).
  public static let maxInputs = SobolSequence.maxDimensions / 2
  public static let defaultPoints = 32
  public static let defaultReplications = 10

  /// N, the base points of the design.
  public var points: Int
  /// R, the inner replications at each point.
  public var replications: Int
  public var inputs: [UncertainInput]

  public init(points: Int = defaultPoints, replications: Int = defaultReplications, inputs: [UncertainInput]) {
    self.points = points
    self.replications = replications
    self.inputs = inputs
  }

  /// The design's points in [0, 1)^k (A, B, then AB_i).
  public var design: SensitivityDesign { SensitivityDesign(inputs: inputs.count, samples: points) }

  /// Why the design's size cannot run (its rows' inner replications would
  /// exceed the streams a seed has), or nil.
  public var sizeProblem: String? {
    let limit = StreamSeeder(masterSeed: 0).replicationLimit
    guard points * replications > limit else { return nil }
    return "points × replications is \(points * replications); at most \(limit) inner replications fit the streams of one seed"
  }

  /// The draws of the assumptions: N (k + 2).
  public var draws: Int { points * (inputs.count + 2) }

  /// The replications the outer design runs: N (k + 2) R.
  public var replicationCount: Int { draws * replications }
}

extension ScenarioUncertainty {
  /// The parameters at draw `index` of the design: `base` with each uncertain
  /// input set to its value there, except the keys in `fixed` (those an
  /// option sets: the option's value is a decision, not drawn).
  public func parameters(_ base: TerritoryParameters, at levels: [Double], fixed: Set<ParameterPath> = []) throws(ParameterError)
    -> TerritoryParameters
  {
    let values = inputs.values(at: levels)
    let kept = inputs.indices.filter { !fixed.contains(inputs[$0].path) }
    return try base.drawing(kept.map { (inputs[$0].path, values[$0]) })
  }

  /// The levels of the tornado: each input alone at its law's 5th and 95th percentile.
  public static let tornadoLevels = (low: 0.05, high: 0.95)

  /// The parameters with input `i` alone at `level` of its law (a key of a
  /// joint law: of its marginal), the others at their scenario values (a tornado bar's end).
  public func parameters(_ base: TerritoryParameters, input i: Int, at level: Double) throws(ParameterError) -> TerritoryParameters {
    try base.drawing([(inputs[i].path, inputs[i].value(at: level))])
  }

  /// The index of the entry of `laws` that gives input `i` its law (a joint law is one entry for several keys).
  public func entry(ofInput i: Int) -> Int {
    inputs[...i].indices.filter { inputs[$0].joint == nil || inputs[$0].joint?.position == 0 }.count - 1
  }

  /// The first draw of the design (or end of a tornado bar) that makes no
  /// valid scenario, with the values drawn and the rule broken; nil when
  /// every one is valid, which `validate` requires so that the run cannot
  /// fail half-way. Draws are numbered from 1; a tornado end is named as such.
  public func firstInvalidDraw(of base: TerritoryParameters, fixed: Set<ParameterPath> = [])
    -> (draw: String, values: String, issue: ParameterError.Issue)?
  {
    // Every draw of the design, then (on the baseline only) each tornado end, checked in one batch.
    let kept = inputs.indices.filter { !fixed.contains(inputs[$0].path) }
    var draws = design.points.map { levels in
      let values = inputs.values(at: levels)
      return kept.map { (inputs[$0].path, values[$0]) }
    }
    let tornado = fixed.isEmpty ? inputs.indices.flatMap { i in [Self.tornadoLevels.low, Self.tornadoLevels.high].map { (i, $0) } } : []
    draws += tornado.map { i, level in [(inputs[i].path, inputs[i].value(at: level))] }
    guard let (d, error) = base.firstInvalidDrawing(draws) else { return nil }
    if d < design.points.count {
      let values = draws[d].map { "\($0.0) = \($0.1.shortestText)" }
      return ("draw \(d + 1) of the design", values.joined(separator: ", "), error.issues[0])
    }
    let (i, level) = tornado[d - design.points.count]
    return (
      "the tornado's \(level < 0.5 ? "low" : "high") end", "\(inputs[i].path) = \(inputs[i].value(at: level).shortestText)",
      error.issues[0]
    )
  }
}
