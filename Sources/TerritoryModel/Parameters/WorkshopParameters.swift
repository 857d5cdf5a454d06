/// A workshop type (atelier) and its sessions.
public struct WorkshopParameters: Hashable, Sendable {
  public var id: String
  public var name: String
  /// Sessions: where and when. A person enrols for a session at their own
  /// site when the type has one there, otherwise at the type's first site.
  public var sessions: [WorkshopSession]
  public var seats: Int
  /// Advisors of the host site taken for the session's duration.
  public var facilitators: Int
  /// Probability that a called person does not come: 0.5, the only observation
  /// we hold (lesjours.fr: about half of the registered came).
  public var noShowProbability: Double
  /// Probability that a no-show enrols again (at the back of the queue); the
  /// others drop out. ASSUMPTION 0.5.
  public var reenrolProbability: Double
  /// Probability that a person on the workshops pathway enrols in this type.
  public var enrolProbability: Double

  public init(
    id: String, name: String, sessions: [WorkshopSession], seats: Int = 12, facilitators: Int = 1,
    noShowProbability: Double = 0.5, reenrolProbability: Double = 0.5, enrolProbability: Double
  ) {
    self.id = id
    self.name = name
    self.sessions = sessions
    self.seats = seats
    self.facilitators = facilitators
    self.noShowProbability = noShowProbability
    self.reenrolProbability = reenrolProbability
    self.enrolProbability = enrolProbability
  }
}
