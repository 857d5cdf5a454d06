/// The State's credits for the experiment in one year (the programme line
/// that pays the State's part of the CDE and the start-up grants), €.
public struct VotedCredit: Sendable, Hashable {
  public var year: Int
  public var amount: Double
  /// Where the figure comes from, or `ASSUMPTION`.
  public var source: String

  public init(year: Int, amount: Double, source: String) {
    self.year = year
    self.amount = amount
    self.source = source
  }
}
