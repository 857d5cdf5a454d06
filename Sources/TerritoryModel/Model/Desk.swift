public import SimulationCore

/// Where first appointments and follow-ups are held: a site's advisors, or a
/// permanence's visiting advisor. Requests encode `person << 1 | followUp`.
struct Desk {
  var queue = Resource<Int>(capacity: 0)
  /// The site whose caseload and workshops serve this desk's persons.
  let site: Int
  /// The permanence this desk is, or -1 for a site.
  let permanence: Int
  /// Identifier in results (`site=<id>`): the site's or the permanence's.
  let id: String
}
