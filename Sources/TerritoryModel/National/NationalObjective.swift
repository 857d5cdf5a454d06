/// A territory's objective the national study follows: a count of its EBE
/// (employees or cumulative hires) at least some value at the end of a month.
public struct NationalObjective: Sendable, Hashable {
  public enum Measure: String, Sendable, Hashable {
    case headcount
    case hires
  }

  public var id: String
  public var measure: Measure
  public var month: YearMonth
  public var atLeast: Double

  public init(id: String, measure: Measure, month: YearMonth, atLeast: Double) {
    self.id = id
    self.measure = measure
    self.month = month
    self.atLeast = atLeast
  }
}
