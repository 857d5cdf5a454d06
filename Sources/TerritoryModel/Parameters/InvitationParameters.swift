public import Stochastic

/// Invitations from the monthly list of new registrants sent by Pôle emploi.
///
/// Each month the list arrives on the first working day; its size is Poisson
/// for the whole perimeter and is split over communes by population
/// (multinomial), or by ``communeWeights`` when the list's own split is known
/// (`tzsim import registrants` counts it). Letters go out `letterDelayDays` later. Each invitee
/// responds with `responseProbability` after `responseDelayDays`; an optional
/// reminder at day `reminderDay` gives those who have not answered a second
/// chance. **Nothing happens after day `retentionDays` (60) from the list's
/// arrival**: the list must be deleted within two months.
public struct InvitationParameters: Hashable, Sendable {
  /// Mean number of new registrants on the monthly list. ASSUMPTION.
  public var newRegistrantsPerMonth: Double
  public var letterDelayDays: Double
  /// ASSUMPTION 0.2 (range 0.1–0.3; "few replies" in Thiers, Banque des Territoires).
  public var responseProbability: Double
  public var responseDelayDays: Distribution
  /// Day (from the list's arrival) of the reminder; `nil` for none.
  public var reminderDay: Double?
  public var reminderResponseProbability: Double
  /// The list may be kept this many days (two months).
  public var retentionDays: Double
  /// The list's split over communes (relative weights by INSEE code, e.g. the
  /// registrants each commune had over past months); `nil` splits by population.
  /// A commune left out gets no registrant.
  public var communeWeights: [String: Double]?

  public init(
    newRegistrantsPerMonth: Double, letterDelayDays: Double = 5, responseProbability: Double = 0.2,
    responseDelayDays: Distribution = try! .exponential(mean: 10), reminderDay: Double? = 30,
    reminderResponseProbability: Double = 0.1, retentionDays: Double = 60, communeWeights: [String: Double]? = nil
  ) {
    self.newRegistrantsPerMonth = newRegistrantsPerMonth
    self.letterDelayDays = letterDelayDays
    self.responseProbability = responseProbability
    self.responseDelayDays = responseDelayDays
    self.reminderDay = reminderDay
    self.reminderResponseProbability = reminderResponseProbability
    self.retentionDays = retentionDays
    self.communeWeights = communeWeights
  }
}
