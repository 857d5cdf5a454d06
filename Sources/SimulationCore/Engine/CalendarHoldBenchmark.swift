import Foundation

/// The classic "hold" benchmark of a future event list: `pending` events in
/// the calendar, then each hold pops the first and schedules one later by the
/// next increment (the caller's draws, cycled). Compares the engine's binary
/// heap with a 4-ary heap and a calendar queue on the same entries and
/// increments.
///
/// ```swift
/// let ns = CalendarHoldBenchmark.nanosecondsPerHold(.binaryHeap, pending: 1_000, holds: 100_000, increments: [0.5, 1.5])
/// ```
public enum CalendarHoldBenchmark {
  /// Nanoseconds per hold (pop + push), measured over `holds` holds after filling.
  /// - Precondition: `pending` ≥ 1, `increments` not empty.
  public static func nanosecondsPerHold(_ structure: EventListStructure, pending: Int, holds: Int, increments: [Double]) -> Double {
    precondition(pending >= 1 && !increments.isEmpty, "pending >= 1, increments")
    switch structure {
    case .binaryHeap:
      return measure(BinaryHeap<CalendarEntry<Int32>>(), insert: { $0.insert($1) }, pop: { $0.popFirst() }, pending, holds, increments)
    case .quaternaryHeap:
      return measure(QuaternaryHeap<CalendarEntry<Int32>>(), insert: { $0.insert($1) }, pop: { $0.popFirst() }, pending, holds, increments)
    case .calendarQueue:
      return measure(CalendarQueue<CalendarEntry<Int32>>(), insert: { $0.insert($1) }, pop: { $0.popFirst() }, pending, holds, increments)
    }
  }

  static func measure<H>(
    _ empty: H, insert: (inout H, CalendarEntry<Int32>) -> Void, pop: (inout H) -> CalendarEntry<Int32>?, _ pending: Int, _ holds: Int,
    _ increments: [Double]
  ) -> Double {
    var heap = empty
    var sequence: UInt64 = 0
    var k = 0
    func next() -> Double {
      let x = increments[k]
      k = k + 1 == increments.count ? 0 : k + 1
      return x
    }
    for _ in 0..<pending {
      insert(&heap, CalendarEntry(time: next(), priority: 0, sequence: sequence, event: 0))
      sequence &+= 1
    }
    let start = DispatchTime.now().uptimeNanoseconds
    var checksum = 0.0
    for _ in 0..<holds {
      guard let e = pop(&heap) else { break }
      checksum += e.time
      insert(&heap, CalendarEntry(time: e.time + next(), priority: 0, sequence: sequence, event: e.event))
      sequence &+= 1
    }
    let spent = DispatchTime.now().uptimeNanoseconds - start
    // The checksum keeps the work from being optimised away.
    return checksum.isNaN ? .nan : Double(spent) / Double(max(1, holds))
  }
}
