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

  /// The options side by side, for a study with options (nil otherwise).
  /// Headline figures: each objective's figure, then the mean wait and the
  /// advisor utilisation. `summaries` are the aggregators' summaries, in variant order.
  public func comparisonSummary(study: Study, summaries: [RunSummary]) -> ComparisonSummary? {
    guard study.variants.count > 1 else { return nil }
    let p = study.scenario.parameters
    let years = Double(p.start.days(until: p.end) + 1) / 365.25
    let headline = Self.headlineKeys(p)
    return ComparisonSummary(
      baseline: summaries[0],
      options: study.variants.indices.dropFirst().map {
        (study.variants[$0].id, study.variants[$0].name, study.variants[$0].yearlyCostEUR, summaries[$0])
      },
      comparison: comparison, years: years, headline: headline)
  }

  /// The headline figures of a study: each objective's figure, then the mean
  /// wait for a first appointment and the advisors' utilisation.
  public static func headlineKeys(_ p: TerritoryParameters) -> [String] {
    var headline: [String] = []
    for key in p.objectives.map(\.figureKey) + [KPI.firstAppointmentWait.id, KPI.advisorUtilization.id] where !headline.contains(key) {
      headline.append(key)
    }
    return headline
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
