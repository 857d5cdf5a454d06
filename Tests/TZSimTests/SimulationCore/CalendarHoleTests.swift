import SimulationCore
import Testing

/// The engine takes the next event and leaves its slot for the next event
/// scheduled (``EventCalendar``'s fired root). Checked against a plain list
/// searched for its least (time, −priority, sequence) at every step: the
/// same events fire in the same order, whatever the handlers schedule or
/// cancel, and what a handler reads of the calendar is what is pending.
@Suite("Engine: the fired event's slot reused")
struct CalendarHoleTests {
  /// A model whose handlers schedule 1 to 3 events (soon, late, at once,
  /// with priorities), cancel one now and then, and read the calendar; the
  /// choices come from a xorshift generator, so a run is a fixed script as
  /// long as events fire in the same order.
  struct Script: SimulationModel {
    var x: UInt64
    var fired: [Int] = []
    var seen: [(count: Int, first: Int?)] = []
    var handles: [EventHandle] = []
    var nextID = 1

    mutating func random() -> UInt64 {
      x ^= x << 13
      x ^= x >> 7
      x ^= x << 17
      return x
    }

    /// The next event's delay (at once, soon or late) and priority.
    mutating func nextEvent() -> (delay: Double, priority: Int) {
      let r = random()
      return (r % 5 == 0 ? 0 : (r % 3 == 0 ? Double(r % 997) : Double(r % 1_000) / 1_000), Int(r >> 60) % 3 - 1)
    }

    mutating func handle(_ event: Int, in simulation: inout Simulation<Int>) {
      fired.append(event)
      // What the calendar says while the fired event's slot is still taken.
      seen.append((simulation.calendar.count, simulation.calendar.next?.event))
      guard nextID < 3_000 else { return }
      for _ in 0...Int(random() % 3) {
        let (delay, priority) = nextEvent()
        handles.append(simulation.schedule(nextID, after: delay, priority: priority))
        nextID += 1
      }
      if simulation.calendar.count > 1, random() % 7 == 0, let h = handles.randomElement(using: &self) { simulation.cancel(h) }
      seen.append((simulation.calendar.count, simulation.calendar.next?.event))
    }
  }

  /// The same script on a list searched from scratch at every step.
  struct Reference {
    var pending: [(time: Double, priority: Int, sequence: Int, id: Int)] = []
    var sequence = 0
    var now = 0.0

    mutating func run(seed: UInt64) -> (fired: [Int], seen: [(count: Int, first: Int?)]) {
      var model = Script(x: seed)
      pending.append((0, 0, 0, 0))
      sequence = 1
      while let i = least() {
        let e = pending.remove(at: i)
        now = e.time
        model.fired.append(e.id)
        model.seen.append((pending.count, least().map { pending[$0].id }))
        guard model.nextID < 3_000 else { continue }
        for _ in 0...Int(model.random() % 3) {
          let (delay, priority) = model.nextEvent()
          pending.append((now + delay, priority, sequence, model.nextID))
          model.handles.append(EventHandle(sequence: UInt64(sequence)))
          sequence += 1
          model.nextID += 1
        }
        if pending.count > 1, model.random() % 7 == 0, let h = model.handles.randomElement(using: &model) {
          pending.removeAll { $0.sequence == Int(h.sequence) }
        }
        model.seen.append((pending.count, least().map { pending[$0].id }))
      }
      return (model.fired, model.seen)
    }

    func least() -> Int? {
      pending.indices.min {
        let a = pending[$0]
        let b = pending[$1]
        return a.time != b.time ? a.time < b.time : a.priority != b.priority ? a.priority > b.priority : a.sequence < b.sequence
      }
    }
  }

  @Test("the same events in the same order as a list searched at every step, with what handlers read", arguments: [1, 2, 3] as [UInt64])
  func sameOrder(seed: UInt64) {
    var model = Script(x: seed &* 0x9E37_79B9_7F4A_7C15 | 1)
    var simulation = Simulation<Int>()
    simulation.schedule(0, at: 0)
    simulation.run(&model)
    var reference = Reference()
    let expected = reference.run(seed: seed &* 0x9E37_79B9_7F4A_7C15 | 1)
    #expect(model.fired.count > 2_500)
    #expect(model.fired == expected.fired)
    #expect(model.seen.map(\.count) == expected.seen.map(\.count))
    #expect(model.seen.map(\.first) == expected.seen.map(\.first))
  }

  @Test("a run stopped at a horizon resumes with the same calendar: pending count, order, cancel")
  func resumes() {
    struct Chain: SimulationModel {
      var fired: [Int] = []
      mutating func handle(_ event: Int, in simulation: inout Simulation<Int>) {
        fired.append(event)
        if event < 10 { simulation.schedule(event + 1, after: 1) }
      }
    }
    var model = Chain()
    var simulation = Simulation<Int>()
    simulation.schedule(0, at: 0)
    let late = simulation.schedule(100, at: 50)
    simulation.schedule(200, at: 60)
    simulation.run(&model, until: 4.5)
    // Event 4 fired last and scheduled 5; 100 and 200 wait.
    #expect(simulation.calendar.count == 3)
    #expect(simulation.calendar.pendingInOrder.map(\.event) == [5, 100, 200])
    let cancelled = simulation.cancel(late)
    #expect(cancelled)
    simulation.run(&model)
    #expect(model.fired == Array(0...10) + [200])
    #expect(simulation.calendar.isEmpty && simulation.calendar.nextTime == nil)
  }
}

extension CalendarHoleTests.Script: RandomNumberGenerator {
  mutating func next() -> UInt64 { random() }
}
