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
@Suite("Proofs: reductions to queueing theory")
struct QueueingTheoryProofs {
  struct Setting: Sendable, CustomTestStringConvertible {
    let name: String
    let lambda: Double
    let service: String
    let servers: Int
    let customers: Int
    let warmUp: Int
    let replications: Int
    let theory: Double
    var testDescription: String { name }
  }

  static let settings: [Setting] = [
    Setting(
      name: "M/M/1, rho = 0.9", lambda: 0.9, service: "exponential(mean: 1)", servers: 1,
      customers: 100_000, warmUp: 5_000, replications: 30,
      theory: QueueingFormulas.mmcMeanWait(arrivalRate: 0.9, serviceRate: 1, servers: 1)),
    Setting(
      name: "M/M/3, rho = 0.9 (Erlang C)", lambda: 2.7, service: "exponential(mean: 1)", servers: 3,
      customers: 100_000, warmUp: 5_000, replications: 30,
      theory: QueueingFormulas.mmcMeanWait(arrivalRate: 2.7, serviceRate: 1, servers: 3)),
    Setting(
      name: "M/D/1, rho = 0.9 (Pollaczek-Khinchine)", lambda: 0.9, service: "constant(value: 1)", servers: 1,
      customers: 100_000, warmUp: 5_000, replications: 30,
      theory: QueueingFormulas.mg1MeanWait(arrivalRate: 0.9, serviceMean: 1, serviceVariance: 0)),
  ]

  /// Mean wait in queue against the formula, and Little's law on the
  /// time-weighted queue length: Lq = λ·Wq (the queue length is averaged over
  /// the whole run, warm-up included; its transient is a few hundred customers).
  @Test("mean wait and time-weighted queue length match theory", .proof, .tags(.statisticalProof), arguments: settings)
  func meanWait(_ s: Setting) async throws {
    let interarrival = try Distribution.exponential(mean: 1 / s.lambda)
    let service = try Distribution(parsing: s.service)
    let results = await Replications.run(count: s.replications, jobs: 2) { r in
      var station = QueueingStation(
        interarrival: interarrival, service: service, servers: s.servers, customers: s.customers,
        warmUpCustomers: s.warmUp, streams: StreamSeeder(masterSeed: 2020), replication: r)
      station.run()
      return (station.waits.mean, station.servers.queueLength.mean(upTo: station.simulation.now))
    }
    var wq = Tally()
    var lq = Tally()
    for (w, l) in results {
      wq.record(w)
      lq.record(l)
    }
    expectWithin(wq.mean, s.theory, se: wq.standardError, "\(s.name) mean wait")
    expectWithin(lq.mean, s.lambda * s.theory, se: lq.standardError, "\(s.name) Little's law Lq = lambda Wq")
    // Power: a 7.5 % error in either would be caught.
    #expect(4.5 * wq.standardError < 0.075 * s.theory, "\(s.name): SE \(wq.standardError) too large to test")
    #expect(4.5 * lq.standardError < 0.075 * s.lambda * s.theory, "\(s.name): SE \(lq.standardError) too large to test")
  }

  @Test("M/M/infinity population: transient mean and variance", .proof, .tags(.statisticalProof), arguments: [1.0, 5, 20])
  func infiniteServer(_ t: Double) async {
    let (n0, lambda, mu) = (100, 2.0, 0.1)
    let sizes = await Replications.run(count: 4_000, jobs: 2) { r in
      var p = Population(initial: n0, entryRate: lambda, exitRate: mu, streams: StreamSeeder(masterSeed: 3), replication: r)
      p.run(until: t)
      return Double(p.size)
    }
    var m = SampleMoments()
    for s in sizes { m.add(s) }
    let mean = QueueingFormulas.infiniteServerMean(initial: n0, entryRate: lambda, exitRate: mu, time: t)
    let variance = QueueingFormulas.infiniteServerVariance(initial: n0, entryRate: lambda, exitRate: mu, time: t)
    expectWithin(m.mean, mean, se: m.meanSE, "E[N(\(t))]")
    expectWithin(m.variance, variance, se: m.varianceSE, "Var[N(\(t))]")
  }
}
