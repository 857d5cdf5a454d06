public import SimulationCore
public import Stochastic

/// The territory model: the PCE network (sites, advisors, permanences,
/// arrivals, appointments, pathways, exits), workshops, invitations, and the
/// TZCLD flows with the employment company and its money, on the engine.
///
/// ```swift
/// // parameters: a decoded scenario, or built in Swift (the module's landing page)
/// var model = try TerritorySimulation(parameters: parameters,
///                                     seeder: StreamSeeder(masterSeed: 2020), replication: 0)
/// let result = model.run()
/// print(result.value("pce.accompanied@2020") ?? 0)
/// ```
///
/// The rules are those of the project's model description, with the choices
/// it left open written in `docs/territory-model.md`.
public struct TerritorySimulation: SimulationModel {
  public typealias Event = TerritoryEvent

  /// The families of the model's random streams whose members are named
  /// parts (sites, communes); see `TerritoryStreams` for every family.
  public static var streamFamilies: [String] { TerritoryStreams.namedFamilies }

  /// The compiled scenario, shared with the other replications.
  public let plan: TerritoryPlan
  public var parameters: TerritoryParameters { plan.parameters }
  public var calendar: WorkingCalendar { plan.calendar }
  var streams: TerritoryStreams
  let replication: Int

  // MARK: State, by part
  var network: PCENetwork
  var tzcldState: TZCLDState

  // MARK: Persons and pathways
  var persons: [Person] = []
  /// Slots of `persons` left by people who have gone, to be reused.
  var freeSlots: [Int32] = []
  /// Persons seen so far in the run.
  var personsSeen = 0
  /// Persons so far from each origin (the next one's rank there).
  var originCount: [UInt32]
  var accompaniedSoFar = 0
  var caseload: [Caseload]
  let followUpDistribution: Distribution
  let arrivalLaws: ArrivalLaws

  // MARK: Workshops
  /// Queue of person indices per workshop type and host site.
  var workshopQueues: [[FIFOQueue<PersonRef>]]
  /// The persons called to a session (kept to be reused, never read between sessions).
  var calledBuffer: [Int] = []
  /// The answers to a commune's letters (kept to be reused, never read between lists).
  var answerBuffer: [Double] = []

  // MARK: Recording
  var recorder: KPIRecorder
  var ids = KPIIDs()
  var trackedToday = [Double](repeating: 0, count: TrackedKPI.allCases.count)
  var objectiveState: [ObjectiveTracker]
  var today = 0
  var yearOfToday = 0
  var monthOfToday = 0
  var fteIntegralAtMonthStart = 0.0
  var desksAtLastClose: [(busy: Double, capacity: Double)] = []
  var caseloadAtLastClose: [Double] = []

  /// Trace lines when enabled (``enableTrace()``).
  public internal(set) var trace: [String]?

  /// The engine running this model.
  public internal(set) var simulation = Simulation<Event>()

  /// Builds the model for one replication of a compiled plan.
  public init(plan: TerritoryPlan, seeder: StreamSeeder, replication: Int) {
    self.plan = plan
    self.replication = replication
    streams = TerritoryStreams(plan: plan, seeder: seeder, replication: replication)
    let p = plan.parameters
    network = PCENetwork(plan: plan)
    originCount = plan.origins.names.map { _ in 0 }
    tzcldState = TZCLDState(communes: plan.tzcldCommunes.count)
    caseload = p.sites.map { Caseload(capacity: $0.advisors.count * p.pathways.caseloadCapPerAdvisor) }
    followUpDistribution = p.appointments.followUpDurationMinutes
    arrivalLaws = plan.arrivalLaws
    workshopQueues = p.workshops.map { _ in p.sites.map { _ in FIFOQueue<PersonRef>() } }
    recorder = plan.emptyRecorder
    objectiveState = p.objectives.map { ObjectiveTracker(objective: $0, calendar: plan.calendar) }
    ids = plan.kpiIDs
    desksAtLastClose = network.desks.map { _ in (0, 0) }
    caseloadAtLastClose = caseload.map { _ in 0 }
    scheduleStart()
  }

  /// Validates and compiles `parameters`, then builds one replication. To run
  /// many replications, compile a ``TerritoryPlan`` once and share it.
  public init(parameters: TerritoryParameters, seeder: StreamSeeder, replication: Int) throws(ParameterError) {
    self.init(plan: try TerritoryPlan(parameters: parameters), seeder: seeder, replication: replication)
  }

  /// Runs the whole horizon and returns the replication's results.
  public mutating func run() -> ReplicationResult {
    var engine = simulation
    engine.run(&self, until: calendar.horizon)
    simulation = engine
    return results()
  }

  public mutating func handle(_ event: Event, in sim: inout Simulation<Event>) {
    // The horizon is [0, horizon): the midnight at the horizon closes the last
    // day, and anything else due at that instant falls outside the simulated
    // period (it would otherwise count in totals after the books were closed).
    if sim.now >= calendar.horizon {
      guard case .midnight = event else { return }
    }
    switch event {
    case .midnight(let day): midnight(Int(day), &sim)
    case .advisorShift(let k): advisorShift(Int(k), &sim)
    case .walkIn(let s, let referral): walkIn(site: Int(s), referral: referral, &sim)
    case .request(let d): newPerson(desk: Int(d), source: .walkIn, origin: plan.origins.request(desk: Int(d)), &sim)
    case .permanence(let p, let starts): permanence(Int(p), starts: starts, &sim)
    case .giveUp(let p, let v): giveUp(Int(p), version: v, &sim)
    case .appointmentEnd(let s, let a): appointmentEnd(site: Int(s), advisor: Int(a), &sim)
    case .followUpDue(let p, let v): followUpDue(Int(p), version: v, &sim)
    case .hazardExit(let p, let v): hazardExit(Int(p), version: v, &sim)
    case .pathwayEnd(let p, let v): pathwayEnd(Int(p), version: v, &sim)
    case .positioningOutcome(let p, let v): positioningOutcome(Int(p), version: v, &sim)
    case .workshopStart(let t, let s, let o): workshopStart(type: Int(t), session: Int(s), occurrence: Int(o), &sim)
    case .workshopEnd(let t, let s): workshopEnd(type: Int(t), session: Int(s), &sim)
    case .registrantsList: registrantsList(&sim)
    case .lettersSent(let n): recorder.add(ids.invitationsSent, Double(n), year: yearOfToday, month: monthOfToday)
    case .invitationResponse(let c): invitationResponse(commune: Int(c), &sim)
    case .ppdeInflow(let c): ppdeInflow(Int(c), &sim)
    case .ppdeExit(let i, let v): ppdeExit(Int(i), version: v)
    case .ppdeMet(let i, let v): ppdeMet(Int(i), version: v, &sim)
    case .otherEmployer(let i, let v): otherEmployer(Int(i), version: v)
    case .ebeOpening: ebeOpening(&sim)
    case .hiringRound: hiringRound(&sim)
    case .employeeExit(let i, let v): employeeExit(Int(i), version: v, &sim)
    }
  }

  /// Schedules the first event of every process. The engine is taken out of
  /// `self` for the duration, so that its calendar has one owner and grows in
  /// place (a copy per scheduled event would copy the whole calendar).
  mutating func scheduleStart() {
    var sim = Simulation<Event>()
    swap(&sim, &simulation)
    defer { swap(&sim, &simulation) }
    sim.schedule(.midnight(day: 0), at: 0, priority: EventPriority.midnight)
    if let first = plan.shiftTimes.first { sim.schedule(.advisorShift(index: 0), at: first, priority: EventPriority.shift) }
    for s in parameters.sites.indices {
      scheduleWalkIn(site: s, referral: false, &sim)
      scheduleWalkIn(site: s, referral: true, &sim)
    }
    for p in parameters.permanences.indices { schedulePermanence(p, &sim) }
    for t in parameters.workshops.indices {
      for s in parameters.workshops[t].sessions.indices where !plan.sessionDays[t][s].isEmpty {
        scheduleWorkshop(type: t, session: s, occurrence: 0, &sim)
      }
    }
    if parameters.invitations != nil, let first = plan.days.nextListDay(after: -1) {
      sim.schedule(.registrantsList, at: Double(first))
    }
    if parameters.tzcld != nil { startTZCLD(&sim) }
  }
}
