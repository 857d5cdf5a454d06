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

// MARK: Ranges (the one statement of each; see ParameterRange)

extension PPDEParameters {
  public static let initialStockRange = ParameterRange("tzcld.communes[].initial_stock", 0, 1_000_000, integer: true, unit: "persons")
  public static let initialStockPer1000Range = ParameterRange(
    "tzcld.communes[].initial_stock_per_1000", 0, 1000, unit: "per 1,000 inhabitants")
  public static let inflowRange = ParameterRange("tzcld.communes[].inflow_per_year", 0, 1_000_000, unit: "per year")
  public static let exitRange = ParameterRange("tzcld.communes[].exit_per_year", 0, 100, unit: "per year")
}
