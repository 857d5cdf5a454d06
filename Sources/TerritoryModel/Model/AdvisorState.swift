/// One advisor, tracked as a person: on duty or not (their schedule is in the
/// plan's change times), away for a workshop, sent to a permanence, and whom
/// they are serving where.
struct AdvisorState {
  var onDuty = false
  /// Workshop sessions the advisor facilitates now.
  var away = 0
  /// The permanence the advisor holds now, if any (away from the site).
  var permanence: Int?
  /// The desk where the advisor is in an appointment, and with whom.
  var servingDesk: Int?
  var serving = DeskRequest(person: 0, version: 0, followUp: false, since: 0)

  var isIdle: Bool { servingDesk == nil }
}
