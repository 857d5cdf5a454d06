/// Order of simultaneous events that touch advisors: an advisor leaving for a
/// permanence or a workshop goes before shifts change, and comes back after,
/// so that nobody starts an appointment in the instant an advisor leaves.
enum EventPriority {
  static let midnight = 10
  static let awayStarts = 8
  static let shift = 7
  static let awayEnds = 6
  static let hiring = -10
}
