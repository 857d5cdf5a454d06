import Foundation
import SimulationCore

/// One replication run event by event with a clock around each: where the time goes, by kind.
extension TerritorySimulation {
  /// Events fired and nanoseconds spent (taking the event from the calendar
  /// and its handler, clock reads included; an event whose handler schedules
  /// nothing is removed from the heap at the next take, so that removal is
  /// counted with the next event's kind) by kind of event, in the order of
  /// ``TerritoryEvent/kindNames``.
  /// The results are those of ``run()``: the same events in the same order. Also the
  /// pending events seen before each one fires (their sum, and the most), and
  /// the pending events by kind seen before every 256th event (their sums, and
  /// how many times they were counted).
  public mutating func runProfiled() -> (
    result: ReplicationResult, counts: [Int], nanoseconds: [UInt64], pendingSum: Int, pendingMax: Int,
    pendingByKind: [Int], pendingSamples: Int
  ) {
    var pendingByKind = [Int](repeating: 0, count: TerritoryEvent.kindNames.count)
    var pendingSamples = 0
    var counts = [Int](repeating: 0, count: TerritoryEvent.kindNames.count)
    var nanoseconds = [UInt64](repeating: 0, count: TerritoryEvent.kindNames.count)
    var engine = simulation
    let horizon = calendar.horizon
    var pendingSum = 0
    var pendingMax = 0
    while let next = engine.calendar.next, next.time <= horizon {
      let kind = next.event.kindIndex
      pendingSum += engine.calendar.count
      pendingMax = Swift.max(pendingMax, engine.calendar.count)
      if engine.eventsProcessed & 255 == 0 {
        pendingSamples += 1
        for entry in engine.calendar.pendingUnordered { pendingByKind[entry.event.kindIndex] += 1 }
      }
      let start = DispatchTime.now().uptimeNanoseconds
      engine.step(&self)
      nanoseconds[kind] &+= DispatchTime.now().uptimeNanoseconds &- start
      counts[kind] += 1
    }
    engine.run(&self, until: horizon)
    simulation = engine
    return (results(), counts, nanoseconds, pendingSum, pendingMax, pendingByKind, pendingSamples)
  }
}
