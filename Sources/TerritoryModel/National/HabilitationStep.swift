/// A point of the habilitation calendar: how many territories were
/// habilitated by a date, with its source.
public struct HabilitationStep: Sendable, Hashable {
  public var date: YearMonth
  public var territories: Int
  public var source: String

  public init(date: YearMonth, territories: Int, source: String) {
    self.date = date
    self.territories = territories
    self.source = source
  }
}
