public import Foundation
public import ResultsExport
import Stochastic
import TerritoryModel

extension NationalStudy {
  /// The fit (when the study asks for one) and what follows from it.
  public func prepare(jobs: Int) async throws -> NationalPrepared {
    let (_, fit) = try await fitted(jobs: jobs)
    return prepared(from: fit.map { NationalFitRecord(outcome: $0.outcome) })
  }

  /// The prepared study for a fit already made (a shard's, in a merge).
  public func prepared(from fit: NationalFitRecord?) -> NationalPrepared {
    let parameters = fit?.applied(to: scenario.parameters, following: scenario.followingWave1) ?? scenario.parameters
    return NationalPrepared(
      parameters: parameters, fit: fit, law: fit.flatMap { NationalProfileLaw(fit: $0, following: scenario.followingWave1) })
  }

  /// Replications `range` under the fund's rule and, on the same random
  /// numbers, without cap (nil when the rule is already `unlimited`).
  public func tallies(_ prepared: NationalPrepared, replications range: Range<Int>, jobs: Int) async -> (
    capped: NationalTally, unlimited: NationalTally?
  ) {
    let capped = await run(prepared.parameters, law: prepared.law, replications: range.count, first: range.lowerBound, jobs: jobs)
    guard prepared.parameters.rule != .unlimited else { return (capped.tally, nil) }
    var free = prepared.parameters
    free.rule = .unlimited
    let unlimited = await run(free, law: prepared.law, replications: range.count, first: range.lowerBound, jobs: jobs)
    return (capped.tally, unlimited.tally)
  }

  /// The report from the tallies of all the replications.
  public func report(_ prepared: NationalPrepared, capped: NationalTally, unlimited: NationalTally?) -> NationalReport {
    let parameters = prepared.parameters
    var a = NationalAggregator(parameters: parameters, watching: watched(parameters))
    a.merge(capped)
    let summary = a.summary()
    var free: NationalSummary? = nil
    if let unlimited {
      var p = parameters
      p.rule = .unlimited
      var b = NationalAggregator(parameters: p, watching: watched(p))
      b.merge(unlimited)
      free = b.summary()
    }
    let checks = zip(moments(parameters), summary.watched).map { m, band in
      NationalReport.Check(
        territory: m.territory, month: m.month, hires: m.hires, observed: m.observed, band: band, fitted: m.fitted, source: m.source)
    }
    let verdict = prepared.fit.map { f in
      NationalReport.FitVerdict(
        keys: f.paths.indices.map {
          NationalReport.FittedKey(
            path: f.paths[$0], value: f.values[$0], low: f.values[$0] - 1.959964 * f.standardErrors[$0],
            high: f.values[$0] + 1.959964 * f.standardErrors[$0])
        }, pValue: f.pValue, moments: f.moments, replications: scenario.fit?.replications ?? 0,
        until: scenario.fit?.until ?? parameters.end)
    }
    return NationalReport(
      summary: summary, unlimited: free, points: scenario.points.points, fit: verdict, checks: checks, file: file, seed: scenario.seed,
      assumptions: scenario.assumptions, recordLines: scenario.record.observations.count)
  }

  /// The whole study: the fit, every replication with and without cap, the report.
  public func execute(replications: Int? = nil, jobs: Int, progress: @escaping (String) -> Void = { _ in }) async throws
    -> NationalReport
  {
    progress("ajustement des profils types")
    let prepared = try await prepare(jobs: jobs)
    let n = replications ?? scenario.replications
    progress("\(n) tirages avec la règle du fonds, puis sans plafond")
    let (capped, unlimited) = await tallies(prepared, replications: 0..<n, jobs: jobs)
    return report(prepared, capped: capped, unlimited: unlimited)
  }

  /// Every file of a national run, by name, the same for the command line, a merge and the
  /// workspace: the report's files, the study as read (`scenario.yaml`) and each detailed
  /// scenario it named (`scenario-<file>`).
  public func files(_ report: NationalReport, flavour: CSVFlavour) -> [(name: String, text: String)] {
    report.files(flavour: flavour) + [("scenario.yaml", String(decoding: scenario.source, as: UTF8.self))]
      + scenario.detailedSources.map {
        ("scenario-\(URL(fileURLWithPath: $0.file).lastPathComponent)", String(decoding: $0.bytes, as: UTF8.self))
      }
  }
}
