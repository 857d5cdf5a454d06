import ReferenceModels
import SimulationCore
import Stochastic
import Testing

/// The engine, through its public API, reproduces queueing theory.
///
/// Each check runs independent replications (after a warm-up deletion), and
/// compares the mean of the replication means with the formula within 4.5
/// standard errors of that mean; a second expectation makes sure the standard
/// error is small enough for the check to catch a 7.5 % error.
@Suite("Reductions to queueing theory")
struct QueueingTheoryTests {
  @Test("the formulas give the published values")
  func formulas() {
    #expect(abs(QueueingFormulas.mmcMeanWait(arrivalRate: 2.7, serviceRate: 1, servers: 3) - 2.7235) < 5e-5)
    #expect(abs(QueueingFormulas.mmcMeanWait(arrivalRate: 0.9, serviceRate: 1, servers: 1) - 9) < 1e-12)
    #expect(abs(QueueingFormulas.mg1MeanWait(arrivalRate: 0.9, serviceMean: 1, serviceVariance: 0) - 4.5) < 1e-12)
  }

  @Test("Little's law holds exactly on a run that starts and ends empty")
  func littleExact() throws {
    var station = QueueingStation(
      interarrival: try .exponential(mean: 1 / 2.7), service: try .exponential(mean: 1), servers: 3,
      customers: 50_000, streams: StreamSeeder(masterSeed: 7), replication: 0)
    station.run()
    let end = station.simulation.now
    #expect(station.departed == 50_000 && station.inSystem.current == 0)
    // ∫ queue length dt = Σ waits, and ∫ number in system dt = Σ (wait + service).
    let queueArea = station.servers.queueLength.integral(upTo: end)
    #expect(abs(queueArea - station.totalWait) <= 1e-9 * station.totalWait)
    let systemArea = station.inSystem.integral(upTo: end)
    let sojourns = station.totalWait + station.totalService
    #expect(abs(systemArea - sojourns) <= 1e-9 * sojourns)
  }

  @Test("keeping only the anchor's statistics changes no wait: the same waits to the bit, the servers' own statistics left empty")
  func anchorStatistics() throws {
    func run(_ lean: Bool) throws -> QueueingStation {
      var s = QueueingStation(
        interarrival: try .exponential(mean: 1 / 2.7), service: try .exponential(mean: 1), servers: 3,
        customers: 20_000, streams: StreamSeeder(masterSeed: 11), replication: 0, anchorStatisticsOnly: lean)
      s.run()
      return s
    }
    let full = try run(false)
    let lean = try run(true)
    #expect(lean.waits.mean.bitPattern == full.waits.mean.bitPattern && lean.waits.count == full.waits.count)
    #expect(lean.totalWait.bitPattern == full.totalWait.bitPattern && lean.simulation.now == full.simulation.now)
    #expect(lean.servers.waits.count == 0 && lean.servers.busy.integral(upTo: lean.simulation.now) == 0)
    #expect(full.servers.waits.count == 20_000)
  }

  @Test("same seed, same bytes; the bench model is deterministic")
  func determinism() throws {
    func run() throws -> [UInt64] {
      var s = QueueingStation(
        interarrival: try .exponential(mean: 1 / 2.7), service: try .exponential(mean: 1), servers: 3,
        customers: 10_000, streams: StreamSeeder(masterSeed: 12345), replication: 0)
      s.run()
      return [s.waits.mean.bitPattern, s.simulation.now.bitPattern, s.simulation.eventsProcessed]
    }
    #expect(try run() == run())
  }
}
