public import ResultsExport
import Stochastic
import TerritoryModel

/// Reads an outer design's outcomes into the second verdicts and the
/// sensitivity indices of the baseline (variant 0).
///
/// An input's place names it by its entries' ids (`troyes`, a commune's five-character INSEE code);
/// a list's index (`hiring_capacity[0]`) says nothing to a reader and is left out.
///
/// - The **verdict** of each objective comes from the A rows of the design:
///   N independent draws of the assumptions (their streams differ), R inner
///   replications each, read by ``TwoLevelProbability``.
/// - The **indices** of each uncertain key, for each objective's share and
///   each headline figure's mean, come from all N(k + 2) draws
///   (``SensitivityIndices``). The output of a draw is a share over R inner
///   replications, so chance is part of its variance: the indices are shares
///   of a variance that includes it, and sum below 1 by about the chance's part.
public enum UncertaintyAnalysis {
  /// The value of information for the first objective, when the study compares options.
  static func informationValue(_ outer: UncertaintyStudy, outcomes: [DrawOutcome], values: [[Double]])
    -> UncertaintySummary.InformationValue?
  {
    let variants = outer.study.variants
    guard variants.count > 1, let objective = outer.study.scenario.parameters.objectives.first else { return nil }
    let r = Double(outer.uncertainty.replications)
    let utilities = outcomes.map { o in variants.indices.map { Double(o.met[$0][0]) / r } }
    let voi = ValueOfInformation(values: values, utilities: utilities)
    return .init(
      objectiveID: objective.id, options: variants.map(\.id), choice: voi.choice,
      probabilities: variants.indices.map { v in utilities.reduce(0) { $0 + $1[v] } / Double(utilities.count) }, overall: voi.overall,
      partial: voi.partial)
  }

  public static func summary(_ outer: UncertaintyStudy, outcomes: [DrawOutcome], tornado: UncertaintySummary.Tornado? = nil)
    -> UncertaintySummary
  {
    precondition(outcomes.count == outer.draws, "one outcome per draw")
    let u = outer.uncertainty
    let p = outer.study.scenario.parameters
    let r = Double(u.replications)
    let inputs = u.inputs.map { i in
      UncertaintySummary.Input(
        path: i.path.description, french: i.key.french, english: i.key.english,
        place: (i.path.entries(matching: i.key.pattern) ?? []).filter { Int($0) == nil || $0.count == 5 }.joined(separator: ", "),
        law: i.law.description,
        source: i.source, value: i.key.value(at: i.path, in: p) ?? .nan, low: i.value(at: 0.05),
        high: i.value(at: 0.95), isShare: i.key.range.lower >= 0 && i.key.range.upper == 1 && !i.key.range.isInteger,
        fittedWith: i.joint.map { j in
          j.paths.indices.filter { $0 != j.position }.map { (j.paths[$0].description, j.law.correlation[j.position][$0]) }
        } ?? [],
        drawnAfter: i.joint.map { j in j.paths[..<j.position].map(\.description) } ?? [])
    }
    let base = outcomes[0..<u.points]
    let verdicts = p.objectives.indices.map { o in
      let two = TwoLevelProbability(met: base.map { $0.met[0][o] }, inner: u.replications)
      return UncertaintySummary.Verdict(
        objectiveID: p.objectives[o].id, probability: two.probability, standardError: two.standardError, low: two.shareRange.p10,
        high: two.shareRange.p90, assumptionsShare: two.assumptionsShare)
    }
    let design = u.design
    var outputs: [(String, [Double])] = p.objectives.indices.map { o in
      (UncertaintySummary.objectiveOutput(p.objectives[o].id), outcomes.map { Double($0.met[0][o]) / r })
    }
    outputs += outer.headline.indices.map { h in (outer.headline[h], outcomes.map { $0.means[0][h] }) }
    let sensitivities = outputs.enumerated().compactMap { k, output -> UncertaintySummary.Sensitivity? in
      guard output.1.allSatisfy(\.isFinite) else { return nil }
      let s = SensitivityIndices(design: design, outputs: output.1, seed: UInt32(truncatingIfNeeded: outer.study.seed &+ UInt64(k)))
      return UncertaintySummary.Sensitivity(
        output: output.0, variance: s.variance,
        indices: s.indices.map {
          .init(
            first: $0.first, firstLow: $0.firstInterval.low, firstHigh: $0.firstInterval.high, total: $0.total,
            totalLow: $0.totalInterval.low, totalHigh: $0.totalInterval.high)
        })
    }
    let table = outcomes.indices.map { d in
      UncertaintySummary.Draw(values: u.inputs.values(at: outer.levels[d]), outputs: outputs.map { $0.1[d] })
    }
    let values = table.map(\.values)
    let rules = p.objectives.indices.map { o in
      let region = FailureRegion(values: values, failure: outcomes.map { 1 - Double($0.met[0][o]) / r })
      return UncertaintySummary.FailureRule(
        objectiveID: p.objectives[o].id, baseRate: region.baseRate,
        bounds: region.rule?.bounds.map { .init(input: $0.dimension, lower: $0.lower, upper: $0.upper) } ?? [],
        coverage: region.rule?.coverage ?? 0, density: region.rule?.density ?? 0)
    }
    return UncertaintySummary(
      points: u.points, replications: u.replications, inputs: inputs, verdicts: verdicts, sensitivities: sensitivities,
      outputs: outputs.map(\.0), drawTable: table, failureRules: rules,
      informationValue: informationValue(outer, outcomes: outcomes, values: values), tornado: tornado)
  }
}
