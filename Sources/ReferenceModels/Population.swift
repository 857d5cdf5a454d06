public import SimulationCore
public import Stochastic

/// An M/M/∞ population: an initial stock, Poisson entries, and an exponential
/// stay for everyone (infinitely many servers, nobody waits). It is the
/// reduction of a PPDE stock with no employment company: entries are new
/// persons durably deprived of employment, exits are every other way out.
///
/// Its mean at time *t* is n₀·e^(−μt) + (λ/μ)(1 − e^(−μt)), and its law is
/// Binomial(n₀, e^(−μt)) + Poisson((λ/μ)(1 − e^(−μt))).
///
/// ```swift
/// var stock = Population(initial: 100, entryRate: 2, exitRate: 0.1,
///                        streams: StreamSeeder(masterSeed: 1), replication: 0)
/// stock.run(until: 5)
/// print(stock.size)   // around 68.5
/// ```
public struct Population: SimulationModel {
  public enum Event: Sendable {
    case entry
    case exit
  }

  public static let entryStreamName = "population.entries"
  public static let exitStreamName = "population.exits"

  /// Entries per day (λ).
  public let entryRate: Double
  /// Exit rate per person per day (μ).
  public let exitRate: Double
  let entries: RandomStream
  let exits: RandomStream

  /// Persons present now.
  public private(set) var size: Int
  /// Time-weighted size.
  public private(set) var level: TimeWeighted
  /// The engine running this model.
  public private(set) var simulation = Simulation<Event>()

  /// - Precondition: `initial >= 0`, `entryRate >= 0`, `exitRate > 0`, all finite.
  public init(initial: Int, entryRate: Double, exitRate: Double, streams: StreamSeeder, replication: Int) {
    precondition(
      initial >= 0 && entryRate >= 0 && entryRate.isFinite && exitRate > 0 && exitRate.isFinite,
      "Population(initial: \(initial), entryRate: \(entryRate), exitRate: \(exitRate)) is invalid")
    self.entryRate = entryRate
    self.exitRate = exitRate
    entries = streams.stream(replication: replication, name: Self.entryStreamName)
    exits = streams.stream(replication: replication, name: Self.exitStreamName)
    size = initial
    level = TimeWeighted(startTime: 0, initial: Double(initial))
    for _ in 0..<initial { simulation.schedule(.exit, after: exits.exponential(mean: 1 / exitRate)) }
    if entryRate > 0 { simulation.schedule(.entry, after: entries.exponential(mean: 1 / entryRate)) }
  }

  /// Advances to `time` (days); the size is then the size at `time`.
  public mutating func run(until time: Double) {
    var engine = simulation
    engine.run(&self, until: time)
    simulation = engine
  }

  public mutating func handle(_ event: Event, in simulation: inout Simulation<Event>) {
    switch event {
    case .entry:
      size += 1
      simulation.schedule(.exit, after: exits.exponential(mean: 1 / exitRate))
      simulation.schedule(.entry, after: entries.exponential(mean: 1 / entryRate))
    case .exit:
      size -= 1
    }
    level.record(Double(size), at: simulation.now)
  }
}
