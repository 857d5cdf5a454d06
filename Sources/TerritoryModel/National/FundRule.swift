/// What the national fund does when a year's credits cannot pay every hire
/// the territories are ready to make.
public enum FundRule: String, Sendable, Hashable, CaseIterable {
  /// Each month, the fund commits the State's part of every FTE in post to
  /// the end of the year; the credits left pay for so many new hires (each at
  /// the mean FTE, to the year's end, plus its start-up grant), and those are
  /// shared between the territories in proportion to the hires each was ready
  /// to make (largest remainders, ties to the earlier habilitation). Those not
  /// hired stay on their waiting list. Nobody in post is laid off.
  case sharedCap = "shared_cap"
  /// Credits never stop a hire (what the territories would spend at their own pace).
  case unlimited
}
