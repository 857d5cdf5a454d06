import SimulationCore
import Testing

/// A model that logs what it sees, and follows simple scripted reactions.
struct Recorder: SimulationModel {
  enum Event: Equatable {
    case ping(String)
    case spawn(String, after: Double)
    case cancel(EventHandle)
  }
  var log: [String] = []
  var lastHandle: EventHandle?

  mutating func handle(_ event: Event, in simulation: inout Simulation<Event>) {
    let t = simulation.now
    switch event {
    case .ping(let name):
      log.append("\(t) \(name)")
    case .spawn(let name, let delay):
      log.append("\(t) spawn \(name)")
      lastHandle = simulation.schedule(.ping(name), after: delay)
    case .cancel(let handle):
      log.append("\(t) cancel \(simulation.cancel(handle))")
    }
  }
}

@Suite("Engine: step by step")
struct SimulationStepTests {
  @Test("the clock advances to each event; state is checked at each stop")
  func stepByStep() {
    var sim = Simulation<Recorder.Event>()
    var model = Recorder()
    sim.schedule(.ping("a"), at: 1)
    sim.schedule(.spawn("b", after: 2.5), at: 2)
    sim.schedule(.ping("c"), at: 4)

    #expect(sim.now == 0 && sim.calendar.count == 3)
    #expect(sim.step(&model) == true)
    #expect(sim.now == 1 && model.log == ["1.0 a"])
    #expect(sim.step(&model) == true)
    #expect(sim.now == 2 && sim.calendar.count == 2)
    #expect(sim.step(&model) == true)
    #expect(sim.now == 4 && model.log.last == "4.0 c")
    #expect(sim.step(&model) == true)
    #expect(sim.now == 4.5 && model.log.last == "4.5 b")
    #expect(sim.step(&model) == false)
    #expect(sim.eventsProcessed == 4)
  }

  @Test("run(until:) fires events at the horizon, then stops the clock there")
  func runUntil() {
    var sim = Simulation<Recorder.Event>()
    var model = Recorder()
    for t in [1.0, 2, 3, 4] { sim.schedule(.ping("t\(Int(t))"), at: t) }
    #expect(sim.run(&model, until: 2) == .reachedHorizon)
    #expect(sim.now == 2 && model.log == ["1.0 t1", "2.0 t2"])
    #expect(sim.run(&model, until: 2.5) == .reachedHorizon)
    #expect(sim.now == 2.5 && model.log.count == 2)
    #expect(sim.run(&model, until: 10) == .calendarEmpty)
    #expect(sim.now == 10 && model.log == ["1.0 t1", "2.0 t2", "3.0 t3", "4.0 t4"])
  }

  @Test("an event cancelled before its time never fires")
  func cancellation() {
    var sim = Simulation<Recorder.Event>()
    var model = Recorder()
    sim.schedule(.spawn("x", after: 5), at: 1)
    sim.run(&model, until: 1)
    let handle = model.lastHandle!
    sim.schedule(.cancel(handle), at: 3)
    sim.schedule(.cancel(handle), at: 4)
    sim.run(&model)
    #expect(model.log == ["1.0 spawn x", "3.0 cancel true", "4.0 cancel false"])
    #expect(sim.now == 4)
  }

  @Test("simultaneous events fire FIFO, priorities first")
  func ties() {
    var sim = Simulation<Recorder.Event>()
    var model = Recorder()
    sim.schedule(.ping("first"), at: 1)
    sim.schedule(.ping("second"), at: 1)
    sim.schedule(.ping("urgent"), at: 1, priority: 10)
    sim.schedule(.ping("third"), at: 1)
    sim.run(&model)
    #expect(model.log == ["1.0 urgent", "1.0 first", "1.0 second", "1.0 third"])
  }
}
