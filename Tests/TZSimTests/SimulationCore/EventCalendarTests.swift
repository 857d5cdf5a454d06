import SimulationCore
import Testing

@Suite("Engine: event calendar")
struct EventCalendarTests {
  @Test("events come out by time, then priority (higher first), then FIFO")
  func order() {
    var c = EventCalendar<String>()
    c.schedule("late", at: 5)
    c.schedule("tie-1", at: 2)
    c.schedule("urgent", at: 2, priority: 1)
    c.schedule("tie-2", at: 2)
    c.schedule("early", at: 1)
    c.schedule("tie-3", at: 2)
    var out: [String] = []
    while let e = c.popNext() { out.append(e.event) }
    #expect(out == ["early", "urgent", "tie-1", "tie-2", "tie-3", "late"])
  }

  @Test("10,000 simultaneous events keep their scheduling order")
  func fifoTies() {
    var c = EventCalendar<Int>()
    for i in 0..<10_000 { c.schedule(i, at: 3) }
    var out: [Int] = []
    while let e = c.popNext() { out.append(e.event) }
    #expect(out == Array(0..<10_000))
  }

  @Test("random times come out sorted, ties in scheduling order")
  func heapProperty() {
    var c = EventCalendar<Int>()
    var x: UInt64 = 88_172_645_463_325_252
    var expected: [(Double, Int)] = []
    for i in 0..<5_000 {
      x ^= x << 13; x ^= x >> 7; x ^= x << 17
      let t = Double(x % 100)
      c.schedule(i, at: t)
      expected.append((t, i))
    }
    expected.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    var out: [Int] = []
    while let e = c.popNext() { out.append(e.event) }
    #expect(out == expected.map(\.1))
  }

  @Test("cancel removes a pending event once")
  func cancel() {
    var c = EventCalendar<String>()
    c.schedule("a", at: 1)
    let b = c.schedule("b", at: 2)
    c.schedule("c", at: 3)
    let first = c.cancel(b)
    let second = c.cancel(b)
    #expect(first && !second)
    #expect(c.pendingInOrder.map(\.event) == ["a", "c"])
    let a = EventHandle(sequence: 0)
    _ = c.popNext()
    let fired = c.cancel(a)
    #expect(!fired, "an event that fired cannot be cancelled")
    #expect(c.count == 1)
  }
}
