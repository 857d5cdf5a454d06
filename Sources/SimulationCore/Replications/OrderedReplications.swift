/// Runs replications in parallel and hands each result to `consume` in
/// replication order, holding at most a small window of finished results:
/// memory does not grow with the number of replications, and what `consume`
/// sees never depends on the number of jobs. When the calling task is
/// cancelled, no further replication starts: those running finish and are
/// consumed, and `run` returns early (the caller checks `Task.isCancelled`).
///
/// ```swift
/// var total = 0.0
/// await OrderedReplications.run(count: 1_000, jobs: 2, body: { r in simulate(r) }) { r, result in
///   total += result
/// }
/// ```
public enum OrderedReplications {
  /// - Parameters:
  ///   - first: index of the first replication (shards start elsewhere).
  ///   - body: one replication; it must build everything it uses from `r`.
  ///   - consume: called on the calling task, in order `first, first + 1, …`.
  /// - Precondition: `count >= 0`, `jobs >= 1`.
  public static func run<Result: Sendable>(
    first: Int = 0, count: Int, jobs: Int,
    body: @escaping @Sendable (Int) -> Result,
    consume: (Int, Result) -> Void
  ) async {
    precondition(count >= 0 && jobs >= 1, "count must be >= 0 and jobs >= 1")
    let window = 4 * jobs
    await withTaskGroup(of: (Int, Result).self) { group in
      var nextToStart = first
      var nextToConsume = first
      let end = first + count
      var pending: [Int: Result] = [:]
      var running = 0
      func startMore() {
        while running < jobs && nextToStart < end && nextToStart < nextToConsume + window && !Task.isCancelled {
          let r = nextToStart
          group.addTask { (r, body(r)) }
          nextToStart += 1
          running += 1
        }
      }
      startMore()
      while let (r, result) = await group.next() {
        running -= 1
        pending[r] = result
        while let ready = pending.removeValue(forKey: nextToConsume) {
          consume(nextToConsume, ready)
          nextToConsume += 1
        }
        startMore()
      }
    }
  }
}
