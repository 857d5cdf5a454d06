import SimulationCore

/// Where first appointments and follow-ups are held: a site's advisors, or a
/// permanence's visiting advisor. The queue is first come, first served;
/// requests that became void (a person gave up or left) stay in it and are
/// skipped when they reach the front, so that leaving costs O(1).
struct Desk {
  /// The site whose advisors, caseload and workshops serve this desk's persons.
  let site: Int
  /// The permanence this desk is; `nil` for a site.
  let permanence: Int?
  /// Identifier in results (`site=<id>`): the site's or the permanence's.
  let id: String
  var queue = FIFOQueue<DeskRequest>()
  /// Requests in the queue that are still wanted.
  var waiting = 0
  /// Advisors in an appointment here.
  var serving = 0
  /// Time-weighted advisors in an appointment, and present (for utilisation).
  var busy = TimeWeighted()
  var present = TimeWeighted()
}
