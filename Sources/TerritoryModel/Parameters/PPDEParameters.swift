import SimulationCore
import Stochastic

/// The PPDE stock and flows of one commune.
public struct PPDEParameters: Hashable, Sendable {
  /// Persons at the start.
  public var initialStock: Int
  /// New PPDE per year (Poisson). ASSUMPTION: 5–10 % of the stock per year.
  public var inflowPerYear: Double
  /// Yearly hazard of leaving for reasons other than the EBE (another job,
  /// retirement, moving away). ASSUMPTION.
  public var exitPerYear: Double

  public init(initialStock: Int, inflowPerYear: Double, exitPerYear: Double) {
    self.initialStock = initialStock
    self.inflowPerYear = inflowPerYear
    self.exitPerYear = exitPerYear
  }
}
