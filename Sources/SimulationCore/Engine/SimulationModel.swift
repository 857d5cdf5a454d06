/// A model: the state of a system and the rule that turns each event into
/// changes of that state and new events.
///
/// This is the event-scheduling world view. A model's `Event` is usually an enum
/// whose cases carry what the event needs (which person, which site); a flow
/// such as arrival → queue → service → departure is written as the cases that
/// follow one another.
///
/// ```swift
/// struct Ticker: SimulationModel {
///   var ticks = 0
///   mutating func handle(_ event: Int, in simulation: inout Simulation<Int>) {
///     ticks += 1
///     simulation.schedule(event + 1, after: 1)
///   }
/// }
/// ```
public protocol SimulationModel {
  associatedtype Event

  /// Reacts to `event` at `simulation.now`: update the state, schedule or cancel events.
  mutating func handle(_ event: Event, in simulation: inout Simulation<Event>)
}
