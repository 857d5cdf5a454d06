public import SimulationCore
public import Stochastic

/// A G/G/c queueing station on the general engine API: Poisson or general
/// arrivals, `servers` identical servers (a ``Resource``), FIFO, general
/// service times. With exponential laws it is the M/M/c queue of the
/// performance anchor; with a constant service it is M/D/1.
///
/// ```swift
/// var station = try QueueingStation(
///   interarrival: .exponential(mean: 1 / 2.7), service: .exponential(mean: 1),
///   servers: 3, customers: 100_000, streams: StreamSeeder(masterSeed: 1), replication: 0)
/// station.run()
/// print(station.waits.mean)   // ≈ 2.72 days, Erlang C
/// ```
///
/// The first arrival comes after one interarrival time; exactly `customers`
/// arrive; the run ends when all are served. Two streams are used, named
/// ``arrivalStreamName`` and ``serviceStreamName``.
public struct QueueingStation: SimulationModel {
  public enum Event: Sendable {
    case arrival
    case departure
  }

  public static let arrivalStreamName = "queue.arrivals"
  public static let serviceStreamName = "queue.services"

  public let interarrival: Distribution
  public let service: Distribution
  public let customers: Int
  /// Services started before this count are left out of ``waits`` (warm-up deletion).
  public let warmUpCustomers: Int
  let arrivalStream: RandomStream
  let serviceStream: RandomStream

  /// The servers; their queue holds each waiting customer's arrival time.
  public private(set) var servers: Resource<Double>
  /// Customers arrived so far.
  public private(set) var arrived = 0
  /// Customers served to completion.
  public private(set) var departed = 0
  /// Waits in queue (days) after the warm-up, in the order services start.
  public private(set) var waits = Tally()
  /// Sum of every customer's wait, warm-up included (for Little's law).
  public private(set) var totalWait = 0.0
  /// Sum of the service times drawn, warm-up included (for Little's law).
  public private(set) var totalService = 0.0
  /// Services started so far.
  public private(set) var started = 0
  /// Time-weighted number of customers in the system (queue + service).
  public private(set) var inSystem = TimeWeighted()
  /// Batch means of the waits, for a confidence interval (20 batches).
  public private(set) var batches: BatchMeans
  /// The engine running this model.
  public private(set) var simulation = Simulation<Event>()

  /// Keeps only what the C anchor keeps (the waits' tally and batch means):
  /// no time-weighted level of the system, no statistics inside the servers.
  public let anchorStatisticsOnly: Bool

  public init(
    interarrival: Distribution, service: Distribution, servers: Int, customers: Int,
    warmUpCustomers: Int = 0, streams: StreamSeeder, replication: Int, anchorStatisticsOnly: Bool = false
  ) {
    self.anchorStatisticsOnly = anchorStatisticsOnly
    precondition(customers >= 20, "customers must be >= 20 (one per batch)")
    precondition(warmUpCustomers >= 0 && warmUpCustomers < customers, "warm-up must leave customers to observe")
    self.warmUpCustomers = warmUpCustomers
    self.interarrival = interarrival
    self.service = service
    self.customers = customers
    self.servers = Resource(capacity: servers, keepsStatistics: !anchorStatisticsOnly)
    arrivalStream = streams.stream(replication: replication, name: Self.arrivalStreamName)
    serviceStream = streams.stream(replication: replication, name: Self.serviceStreamName)
    batches = BatchMeans(batches: 20, expectedCount: customers)
  }

  /// Runs until every customer is served (or until `horizon`).
  public mutating func run(until horizon: Double = .infinity) {
    if arrived == 0 && simulation.calendar.isEmpty {
      simulation.schedule(.arrival, after: interarrival.sample(arrivalStream))
      arrived = 1
    }
    var engine = simulation
    engine.run(&self, until: horizon)
    simulation = engine
  }

  public mutating func handle(_ event: Event, in simulation: inout Simulation<Event>) {
    let now = simulation.now
    switch event {
    case .arrival:
      if arrived < customers {
        simulation.schedule(.arrival, after: interarrival.sample(arrivalStream))
        arrived += 1
      }
      if !anchorStatisticsOnly { inSystem.record(inSystem.current + 1, at: now) }
      if servers.request(now, at: now) != nil { startService(wait: 0, in: &simulation) }
    case .departure:
      departed += 1
      if !anchorStatisticsOnly { inSystem.record(inSystem.current - 1, at: now) }
      if let grant = servers.release(at: now) { startService(wait: grant.wait, in: &simulation) }
    }
  }

  mutating func startService(wait: Double, in simulation: inout Simulation<Event>) {
    if started >= warmUpCustomers { waits.record(wait) }
    started += 1
    totalWait += wait
    batches.record(wait)
    let duration = service.sample(serviceStream)
    totalService += duration
    simulation.schedule(.departure, after: duration)
  }
}
