public import ResultsExport
public import ScenarioFormat
import SimulationCore
import Stochastic
public import TerritoryModel

/// A national study run: the fit of the typical profiles on the first wave's
/// ramps, then the replications under the fund's rule and, on the same
/// random numbers, without any cap (what the territories would do at their
/// own pace), so that the cap's effect is a paired difference.
///
/// ```swift
/// let study = NationalStudy(scenario: national, file: "tzcld-national.yaml")
/// let parameters = try await study.fitted(jobs: 2).parameters
/// let summary = await study.run(parameters, replications: 100, jobs: 2).summary()
/// ```
public struct NationalStudy: Sendable {
  public let scenario: NationalScenario
  public let file: String

  public init(scenario: NationalScenario, file: String) {
    self.scenario = scenario
    self.file = file
  }

  /// The record's observations of the listed territories, as moments: those
  /// of wave 1 up to the fit's last month are fitted (an opening headcount,
  /// which sets the cohort, is not); the others check the study out of sample.
  /// The watched figures of an aggregator for `parameters` (one per moment).
  public func watched(_ parameters: NationalParameters) -> [(territory: Int, month: Int, hires: Bool)] {
    moments(parameters).map { (territory: $0.territoryIndex, month: parameters.start.months(to: $0.month), hires: $0.hires) }
  }

  public func moments(_ parameters: NationalParameters) -> [NationalMoment] {
    let territories = parameters.territories
    let until = scenario.fit?.until ?? parameters.start.adding(months: -1)
    var moments: [NationalMoment] = []
    for o in scenario.record.observations where o.kind == .headcount || o.kind == .hiresCumulative {
      guard let t = territories.firstIndex(where: { $0.id == o.territory }) else { continue }
      let plan = territories[t]
      let month = YearMonth(year: o.date.year, month: o.date.month ?? 12)
      // An opening headcount sets the cohort of a typical territory: not a check of it.
      if plan.detailed == nil, o.kind == .headcount, month == plan.opening, o.value == plan.openingCohort.map(Double.init) { continue }
      guard parameters.start.months(to: month) >= 0, month <= parameters.end else { continue }
      moments.append(
        NationalMoment(
          territory: o.territory, territoryIndex: t, month: month, hires: o.kind == .hiresCumulative, observed: o.value,
          source: o.source, fitted: plan.wave == 1 && plan.detailed == nil && month <= until))
    }
    return moments
  }

  /// Why the fit cannot run, if it cannot: fewer observations than keys.
  public var fitProblem: StudyProblem? {
    guard let fit = scenario.fit else { return nil }
    let count = moments(scenario.parameters).filter(\.fitted).count
    guard count <= fit.keys.count else { return nil }
    return StudyProblem(
      "error: \(count) observation(s) of wave 1 up to \(fit.until) for \(fit.keys.count) key(s) to fit",
      hint: "fit later (`fit.until`) or fewer keys")
  }

  /// The parameters with the fitted keys set (and wave 2 following wave 1
  /// where it says nothing), and the fit; the parameters as written when the
  /// study fits nothing.
  public func fitted(jobs: Int, progress: @escaping (Int) -> Void = { _ in }) async throws -> (
    parameters: NationalParameters, fit: NationalFitOutcome?
  ) {
    let base = scenario.parameters
    guard let fit = scenario.fit else { return (base, nil) }
    if let fitProblem { throw fitProblem }
    let all = moments(base).filter(\.fitted)
    // The fit simulates the first wave's listed territories alone, uncapped, up to the last month observed.
    let ids = Array(Set(all.map(\.territory))).sorted()
    var small = base
    small.listed = base.listed.filter { ids.contains($0.id) }
    small.calendar = []
    small.rule = .unlimited
    small.end = all.map(\.month).max() ?? fit.until
    let reduced = small
    let smallTerritories = small.territories
    let place = all.map { m in
      (smallTerritories.firstIndex { $0.id == m.territory } ?? 0, small.start.months(to: m.month), m.hires)
    }
    let seeder = StreamSeeder(masterSeed: scenario.seed)
    let keys = fit.keys.map { Calibration.Key(path: $0.path, range: $0.range) }
    let following = scenario.followingWave1
    let replications = fit.replications
    let n = small.monthCount
    let momentFit = MomentFit(keys: keys, targets: all.map(\.observed), replications: replications) { theta, count in
      var p = reduced
      for (k, v) in zip(keys, theta) { p = p.setting(k.path, v) }
      let simulation = NationalSimulation(parameters: p, seeder: seeder)
      var sums = [Double](repeating: 0, count: place.count)
      var squares = [Double](repeating: 0, count: place.count)
      var values: [[Double]] = []
      let r = count ?? replications
      await OrderedReplications.run(count: r, jobs: jobs, body: { simulation.run(replication: $0) }) { _, result in
        let v = place.map { t, m, hires in Double(hires ? result.hires[t * n + m] : result.headcount[t * n + m]) }
        for i in v.indices {
          sums[i] += v[i]
          squares[i] += v[i] * v[i]
        }
        values.append(v)
      }
      let mean = sums.map { $0 / Double(r) }
      let variance = sums.indices.map { i in max(0, (squares[i] - Double(r) * mean[i] * mean[i]) / Double(max(1, r - 1))) }
      return (mean, variance, values)
    }
    // From the values the file writes (clamped into each range).
    let start = keys.map { k in min(k.range.upperBound, max(k.range.lowerBound, value(of: k.path, in: base) ?? k.range.lowerBound)) }
    let outcome = try await momentFit.run(start: start, progress: progress)
    let record = NationalFitRecord(outcome: outcome)
    return (record.applied(to: base, following: following), NationalFitOutcome(outcome: outcome, moments: all))
  }

  func value(of path: String, in p: NationalParameters) -> Double? {
    let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2, let wave = Int(parts[0].dropFirst("wave_".count)), (1...p.profiles.count).contains(wave) else {
      return nil
    }
    return p.profiles[wave - 1].value(of: parts[1])
  }

  /// Replications `first..<first + replications` folded in order (the same bytes for any `jobs`).
  /// With `law`, each replication draws the fitted numbers from it first.
  public func run(
    _ parameters: NationalParameters, law: NationalProfileLaw? = nil, replications: Int, first: Int = 0, jobs: Int
  ) async -> NationalAggregator {
    let seeder = StreamSeeder(masterSeed: scenario.seed)
    let simulation = NationalSimulation(parameters: parameters, seeder: seeder)
    var aggregator = NationalAggregator(parameters: parameters, watching: watched(parameters))
    let body: @Sendable (Int) -> NationalReplication = { r in
      guard let law else { return simulation.run(replication: r) }
      return NationalSimulation(parameters: law.parameters(parameters, replication: r, seeder: seeder), seeder: seeder).run(replication: r)
    }
    await OrderedReplications.run(first: first, count: replications, jobs: jobs, body: body) {
      _, r in aggregator.add(r)
    }
    return aggregator
  }
}
