import Benchmark
import HeapModule
import ReferenceModels
import ScenarioFormat
import SimulationCore
import Stochastic
import TerritoryModel

/// Each benchmark checks its own result and black-holes it, so the optimiser
/// cannot remove the work and a broken engine cannot look fast.
let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal],
    maxDuration: .seconds(5),
    maxIterations: 50
  )

  // Calendar: push 100 events with pseudo-random times, then pop them (x1000 per sample).
  Benchmark("calendar push+pop, 100 events", configuration: .init(scalingFactor: .kilo)) { benchmark in
    for _ in benchmark.scaledIterations {
      var calendar = EventCalendar<Int>()
      var x: UInt64 = 0x9E37_79B9_7F4A_7C15
      for i in 0..<100 {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17
        calendar.schedule(i, at: Double(x % 1_000_000))
      }
      var last = -1.0
      while let e = calendar.popNext() {
        precondition(e.time >= last)
        last = e.time
      }
      blackHole(last)
    }
  }

  // The same hold pattern (1,000 pending events; pop the next, push one a
  // random delay later) on the engine's calendar and on swift-collections'
  // min-max Heap with the same (time, sequence) order.
  for (name, useHeapModule) in [
    ("calendar hold, 1,000 pending: EventCalendar", false), ("calendar hold, 1,000 pending: HeapModule.Heap", true),
  ] {
    Benchmark(name, configuration: .init(scalingFactor: .kilo)) { benchmark in
      var x: UInt64 = 0x2545_F491_4F6C_DD1D
      func next() -> Double {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17
        return Double(x % 1_000_000) / 1000
      }
      if useHeapModule {
        var heap = Heap<HeldEvent>()
        var seq: UInt64 = 0
        for _ in 0..<1000 { heap.insert(HeldEvent(time: next(), sequence: seq)); seq += 1 }
        for _ in benchmark.scaledIterations {
          let e = heap.removeMin()
          heap.insert(HeldEvent(time: e.time + next(), sequence: seq))
          seq += 1
        }
        blackHole(heap.min)
      } else {
        var calendar = EventCalendar<Int>()
        for i in 0..<1000 { calendar.schedule(i, at: next()) }
        for _ in benchmark.scaledIterations {
          let e = calendar.popNext()!
          calendar.schedule(e.event, at: e.time + next())
        }
        blackHole(calendar.next)
      }
    }
  }

  // Draws: one million exponential and lognormal draws through Distribution.
  for text in ["exponential(mean: 1)", "lognormal(mean: 45, sd: 20)"] {
    Benchmark("draws \(text)", configuration: .init(scalingFactor: .mega)) { benchmark in
      let d = try Distribution(parsing: text)
      let stream = RandomStream(seed: 1)
      var sum = 0.0
      for _ in benchmark.scaledIterations { sum += d.sample(stream) }
      precondition(sum > 0)
      blackHole(sum)
    }
  }

  // The anchor model: M/M/3 at rho = 0.9, 1,000,000 customers per iteration.
  Benchmark("M/M/3 1M customers", configuration: .init(scalingFactor: .one, maxIterations: 10)) { benchmark in
    for i in benchmark.scaledIterations {
      var station = QueueingStation(
        interarrival: try .exponential(mean: 1 / 2.7), service: try .exponential(mean: 1), servers: 3,
        customers: 1_000_000, streams: StreamSeeder(masterSeed: UInt64(i)), replication: 0)
      station.run()
      precondition(abs(station.waits.mean - 2.7235) < 0.5, "M/M/3 mean wait \(station.waits.mean) is wrong")
      blackHole(station.waits.mean)
    }
  }

  // One replication of the default five-year Troyes scenario (embedded
  // troyes-2020.yaml): events per second and replications per second.
  let troyes = try! TerritoryPlan(
    parameters: ScenarioDecoder.decode(bytes: EmbeddedScenarios.troyes2020, file: "troyes-2020.yaml").parameters)
  Benchmark(
    "territory: one replication of troyes-2020",
    configuration: .init(
      metrics: [.wallClock, .throughput, .mallocCountTotal, .custom("events", polarity: .prefersLarger)], maxIterations: 200)
  ) { benchmark in
    for i in benchmark.scaledIterations {
      var model = TerritorySimulation(plan: troyes, seeder: StreamSeeder(masterSeed: 2020), replication: i)
      let result = model.run()
      precondition((result.value("pce.accompanied@2020") ?? 0) > 500, "the Troyes scenario accompanied too few persons")
      benchmark.measurement(.custom("events", polarity: .prefersLarger), Int(result.events))
      blackHole(result)
    }
  }
}

/// An event for the HeapModule comparison: ordered by time, then sequence.
struct HeldEvent: Comparable {
  let time: Double
  let sequence: UInt64
  static func < (a: Self, b: Self) -> Bool { a.time < b.time || (a.time == b.time && a.sequence < b.sequence) }
}
