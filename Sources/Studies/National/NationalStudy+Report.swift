public import ResultsExport
import TerritoryModel

extension NationalStudy {
  /// The whole study: the fit, the replications under the fund's rule and
  /// without cap (same random numbers), and the report built from them.
  public func execute(replications: Int? = nil, jobs: Int, progress: @escaping (String) -> Void = { _ in }) async throws
    -> NationalReport
  {
    progress("ajustement des profils types")
    let (parameters, fit) = try await fitted(jobs: jobs)
    let n = replications ?? scenario.replications
    progress("\(n) tirages avec la règle du fonds")
    // The fit's uncertainty is carried into every replication (its joint law).
    let law = fit.flatMap { NationalProfileLaw(outcome: $0.outcome, following: scenario.followingWave1) }
    let summary = await run(parameters, law: law, replications: n, jobs: jobs)
    var unlimited: NationalSummary? = nil
    if parameters.rule != .unlimited {
      progress("\(n) tirages sans plafond")
      var free = parameters
      free.rule = .unlimited
      unlimited = await run(free, law: law, replications: n, jobs: jobs)
    }
    let moments = moments(parameters)
    let checks = zip(moments, summary.watched).map { m, band in
      NationalReport.Check(
        territory: m.territory, month: m.month, hires: m.hires, observed: m.observed, band: band, fitted: m.fitted, source: m.source)
    }
    let verdict = fit.map { f in
      NationalReport.FitVerdict(
        keys: f.outcome.fitted.map { NationalReport.FittedKey(path: $0.key.path, value: $0.value, low: $0.low, high: $0.high) },
        pValue: f.outcome.pValue, moments: f.outcome.moments, replications: scenario.fit?.replications ?? 0,
        until: scenario.fit?.until ?? parameters.end)
    }
    return NationalReport(
      summary: summary, unlimited: unlimited, points: scenario.points.points, fit: verdict, checks: checks, file: file,
      seed: scenario.seed, assumptions: scenario.assumptions, recordLines: scenario.record.observations.count)
  }
}
