/// Runs independent replications in parallel and returns their results in
/// replication order, so that the output never depends on the number of jobs
/// or on which task finished first.
///
/// ```swift
/// let means = await Replications.run(count: 100, jobs: 2) { r in
///   var station = QueueingStation(…, replication: r)
///   station.run()
///   return station.waits.mean
/// }
/// ```
public enum Replications {
  /// Calls `body(r)` for `r` in `0..<count`, at most `jobs` at a time.
  ///
  /// Each call must build its own simulation and streams (from the replication
  /// index): nothing is shared between calls, so results are identical for
  /// any `jobs`.
  ///
  /// - Precondition: `count >= 0` and `jobs >= 1`.
  public static func run<Result: Sendable>(
    count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> Result
  ) async -> [Result] {
    precondition(count >= 0 && jobs >= 1, "count must be >= 0 and jobs >= 1")
    var results: [Result] = []
    results.reserveCapacity(count)
    await OrderedReplications.run(count: count, jobs: jobs, body: body) { _, result in results.append(result) }
    return results
  }
}
