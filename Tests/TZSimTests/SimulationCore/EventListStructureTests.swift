import Testing

@testable import SimulationCore

@Suite("Engine: the future event lists measured against the calendar")
struct EventListStructureTests {
  /// A hold sequence with what makes a calendar queue go wrong: ties of time
  /// and priority, bursts, long empty stretches, far events, growth and
  /// shrinking (resizes), an event earlier than the last popped day.
  static func operations() -> [(time: Double, priority: Int)?] {
    var x: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      x ^= x << 13
      x ^= x >> 7
      x ^= x << 17
      return x
    }
    var ops: [(time: Double, priority: Int)?] = []
    var now = 0.0
    for round in 0..<40 {
      // A burst of events within the "day", some at the same time.
      for _ in 0..<(round % 2 == 0 ? 300 : 40) {
        let t = now + Double(next() % 50) / 10
        ops.append((t, Int(next() % 3) - 1))
      }
      // Far events, weeks ahead.
      for _ in 0..<5 { ops.append((now + 500 + Double(next() % 5_000), 0)) }
      for _ in 0..<(round % 2 == 0 ? 200 : 150) { ops.append(nil) }
      // A night: the next events come much later.
      now += 100 + Double(next() % 300)
    }
    return ops
  }

  static func replay<Q>(_ q: inout Q, insert: (inout Q, CalendarEntry<Int>) -> Void, pop: (inout Q) -> CalendarEntry<Int>?) -> [Int] {
    var out: [Int] = []
    var sequence: UInt64 = 0
    var clock = 0.0
    for (i, op) in operations().enumerated() {
      if let op {
        insert(&q, CalendarEntry(time: Swift.max(op.time, clock), priority: op.priority, sequence: sequence, event: i))
        sequence += 1
      } else if let e = pop(&q) {
        clock = e.time
        out.append(e.event)
      }
    }
    while let e = pop(&q) { out.append(e.event) }
    return out
  }

  @Test("the binary heap, the 4-ary heap and the calendar queue give the same order, the calendar's")
  func sameOrder() {
    var calendar = EventCalendar<Int>()
    let expected = Self.replay(&calendar, insert: { $0.schedule($1.event, at: $1.time, priority: $1.priority) }, pop: { $0.popNext() })
    #expect(expected.count == Self.operations().count { $0 != nil })
    // The first position where an order departs from the calendar's (nil: none).
    func departure(_ order: [Int]) -> Int? {
      order.count != expected.count ? Swift.min(order.count, expected.count) : order.indices.first { order[$0] != expected[$0] }
    }
    var binary = BinaryHeap<CalendarEntry<Int>>()
    #expect(departure(Self.replay(&binary, insert: { $0.insert($1) }, pop: { $0.popFirst() })) == nil)
    var quaternary = QuaternaryHeap<CalendarEntry<Int>>()
    #expect(departure(Self.replay(&quaternary, insert: { $0.insert($1) }, pop: { $0.popFirst() })) == nil)
    var queue = CalendarQueue<CalendarEntry<Int>>()
    #expect(departure(Self.replay(&queue, insert: { $0.insert($1) }, pop: { $0.popFirst() })) == nil)
    #expect(queue.buckets.count == 2 && queue.count == 0)
  }

  @Test("the calendar queue takes an event earlier than its current day")
  func earlierThanCurrentDay() {
    var queue = CalendarQueue<CalendarEntry<Int>>(width: 1)
    queue.insert(CalendarEntry(time: 10, priority: 0, sequence: 0, event: 0))
    queue.insert(CalendarEntry(time: 20, priority: 0, sequence: 1, event: 1))
    #expect(queue.popFirst()?.event == 0)
    queue.insert(CalendarEntry(time: 3, priority: 0, sequence: 2, event: 2))
    #expect(queue.popFirst()?.event == 2)
    #expect(queue.popFirst()?.event == 1)
    #expect(queue.popFirst() == nil)
  }

  @Test("each structure's hold is timed")
  func holdTimed() {
    for structure in EventListStructure.allCases {
      let ns = CalendarHoldBenchmark.nanosecondsPerHold(structure, pending: 50, holds: 1_000, increments: [0.5, 1.5, 0.1])
      #expect(ns > 0 && ns.isFinite, "\(structure)")
    }
  }
}
