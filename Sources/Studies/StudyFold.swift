public import ResultsExport
public import TerritoryModel

/// Folds a study's results, in unit order, into per-variant summaries, the
/// paired comparison, and `replications.csv` text — the same whether the units
/// come straight from the simulations or from shards' partial files.
public struct StudyFold {
  public let variantIDs: [String]
  public private(set) var aggregators: [RunAggregator]
  public private(set) var comparison: ComparisonAggregator
  var csv: [ReplicationsCSV]
  var pending: [ReplicationResult?]
  /// The next unit expected: units must come in order, each once.
  public private(set) var nextUnit = 0

  public init(study: Study, flavour: CSVFlavour) {
    variantIDs = study.variants.map(\.id)
    aggregators = study.variants.map { RunAggregator(parameters: $0.plan.parameters, seed: study.seed) }
    comparison = ComparisonAggregator(optionIDs: Array(variantIDs.dropFirst()), objectives: study.scenario.parameters.objectives.count)
    csv = study.variants.map { _ in ReplicationsCSV(flavour: flavour) }
    pending = study.variants.map { _ in nil }
  }

  /// Adds unit `u`; returns the `replications.csv` text of its variant to append.
  public mutating func add(unit u: Int, _ result: ReplicationResult) -> (variant: Int, csv: String) {
    precondition(u == nextUnit, "unit \(u) arrives when \(nextUnit) is expected")
    nextUnit += 1
    let v = u % variantIDs.count
    aggregators[v].add(result)
    pending[v] = result
    if v == variantIDs.count - 1 {
      if variantIDs.count > 1 { comparison.add(baseline: pending[0]!, options: pending.dropFirst().map { $0! }) }
      pending = pending.map { _ in nil }
    }
    return (v, csv[v].add(result))
  }
}
