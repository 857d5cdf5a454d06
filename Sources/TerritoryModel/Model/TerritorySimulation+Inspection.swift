import SimulationCore

/// Reading the state between steps, injecting known requests, and an optional
/// trace: what step-by-step tests and what-if questions need.
extension TerritorySimulation {
  /// Advances the clock to `time` (days), firing every event up to it.
  public mutating func run(until time: Double) {
    var engine = simulation
    engine.run(&self, until: min(time, calendar.horizon))
    simulation = engine
  }

  /// A job seeker asks for a first appointment at site or permanence `id` at
  /// `time` (a walk-in): for what-if questions and step-by-step tests.
  public mutating func addRequest(at id: String, time: Double) {
    guard let d = plan.deskIDs.firstIndex(of: id) else { preconditionFailure("unknown site or permanence `\(id)`") }
    simulation.schedule(.request(desk: Int32(d)), at: time, priority: -1)
  }

  /// Advisors available for appointments now at a site or permanence.
  /// Advisors present at a site or permanence now: in an appointment there, or
  /// posted there and free to start one.
  public func advisorsAvailable(at id: String) -> Int { Int(network.desks[plan.deskIDs.firstIndex(of: id)!].present.current) }
  /// Requests waiting for an appointment at a site or permanence.
  public func waiting(at id: String) -> Int { network.desks[plan.deskIDs.firstIndex(of: id)!].waiting }
  /// Appointments in progress at a site or permanence.
  public func inAppointment(at id: String) -> Int { network.desks[plan.deskIDs.firstIndex(of: id)!].serving }
  /// Persons in reinforced accompaniment at a site, and waiting for a slot there.
  public func caseload(at siteID: String) -> (held: Int, waiting: Int) {
    let s = plan.siteIndex[siteID]!
    return (caseload[s].held, caseload[s].waiting)
  }
  /// Person records held now: people who have left give their slot to newcomers.
  public var personSlots: Int { persons.count }
  /// Persons seen so far.
  public var personsSeenCount: Int { personsSeen }
  /// Persons accompanied so far.
  public var accompaniedCount: Int { accompaniedSoFar }
  /// Volunteers waiting for the EBE, its headcount and FTE in post.
  public var ebeState: (waiting: Int, headcount: Int, fte: Double) {
    (tzcldState.waitingCount, tzcldState.headcount, tzcldState.fte.current)
  }
  /// PPDE still durably deprived of employment.
  public var ppdeStillDeprived: Int { tzcldState.ppdeRemaining }

  /// Starts recording a trace of the main events (arrivals, appointments,
  /// accompaniment, exits, hires), as `day hh:mm what` lines with no identity.
  public mutating func enableTrace() { trace = [] }

  /// Appends a trace line; callers test `trace != nil` first so that the
  /// line is not even built when tracing is off.
  mutating func log(_ what: String, at time: Double) {
    guard trace != nil else { return }
    let minutes = Int((time * 1440).rounded())
    let hh = minutes % 1440 / 60
    let mm = minutes % 60
    trace!.append("d\(minutes / 1440) \(hh < 10 ? "0" : "")\(hh):\(mm < 10 ? "0" : "")\(mm) \(what)")
  }
}
