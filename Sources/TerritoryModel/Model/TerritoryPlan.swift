import SimulationCore
import Stochastic

/// A validated scenario compiled once into the tables every replication
/// reads: the calendar, each advisor's and site's change times over the whole
/// horizon, workshop and permanence dates, the commune → desk map.
///
/// Replications share one plan (a reference: neither it nor its arrays are
/// ever copied, and a handler reads it through one pointer), so building a
/// replication costs only its own state.
public final class TerritoryPlan: Sendable {
  public let parameters: TerritoryParameters
  public let calendar: WorkingCalendar
  /// The calendar's answers for every day, tabulated.
  let days: DayTable

  let siteIndex: [String: Int]
  /// Desk identifiers (sites, then permanences), their site, and their permanence (nil for a site's own desk).
  let deskIDs: [String]
  let deskSite: [Int]
  let deskPermanence: [Int?]
  /// Commune index → desk index.
  let communeDesk: [Int]
  /// The times at which any advisor's availability for appointments flips,
  /// all sites merged (one event where each advisor would make one), and at
  /// each the advisors whose duty changes then, site after site.
  ///
  /// One flat table read in order as the shifts come (not one per shift or
  /// per site: every separate array cost a cache miss per shift): shift k's
  /// edits are `shiftEdits[shiftEditStart[k]..<shiftEditStart[k + 1]]`.
  let shiftTimes: [Double]
  let shiftEditStart: [Int]
  let shiftEdits: [ShiftEdit]
  /// Every site's opening intervals, site after site (flat: site s's are
  /// `openIndex[s]..<openIndex[s + 1]`): each one's start and the opening
  /// time accumulated before it, to map a Poisson process on opening time to
  /// calendar time; and each site's total opening time over the horizon.
  let openIndex: [Int]
  let openStart: [Double]
  let openBefore: [Double]
  let openLimit: [Double]
  /// Walk-ins and referrals per day of opening time, by site.
  let walkInRate: [Double]
  let referralRate: [Double]
  let permanenceDays: [[Int]]
  let sessionDays: [[[Int]]]
  /// The site hosting each session of each workshop type.
  let sessionHost: [[Int]]
  /// Host site of each workshop type for a person of each site.
  let workshopHost: [[Int]]
  /// Each commune's share of the list of new registrants (by population).
  let communeShares: [Double]?
  let tzcldCommunes: [(commune: Int, parameters: PPDEParameters)]
  let workingTime: CategoricalDistribution?
  /// The laws drawn for each person who arrives.
  let arrivalLaws: ArrivalLaws
  /// Where persons come from, each with its family of personal streams.
  let origins: PersonOrigins
  /// The KPI recorder with every series registered and nothing recorded, and
  /// the series' identifiers: built once here (names, dimensions, a lookup
  /// by name), copied by each replication.
  let emptyRecorder: KPIRecorder
  let kpiIDs: KPIIDs
  /// The rows and monthly series a replication reports, in their order.
  let resultLayout: ResultLayout

  /// The calendar time at which site `s` has been open for `openTime` days
  /// since the start; `nil` beyond the horizon. `cursor` is the index (in
  /// the flat tables) of an interval at or before the answer: the caller
  /// keeps it, per process, so that non-decreasing opening times are mapped
  /// in O(1) amortised by moving forward rather than by a binary search.
  func calendarTime(site s: Int, openTime u: Double, cursor: inout Int) -> Double? {
    guard u < openLimit[s] else { return nil }
    let end = openIndex[s + 1]
    var i = Swift.max(cursor, openIndex[s])
    while i + 1 < end && openBefore[i + 1] <= u { i += 1 }
    cursor = i
    return openStart[i] + (u - openBefore[i])
  }

  /// Validates `parameters` and compiles them.
  public init(parameters: TerritoryParameters) throws(ParameterError) {
    try parameters.validate()
    self.parameters = parameters
    let calendar = WorkingCalendar(start: parameters.start, end: parameters.end, closures: parameters.closures)
    self.calendar = calendar
    days = DayTable(calendar)

    var siteIndex: [String: Int] = [:]
    for (i, s) in parameters.sites.enumerated() { siteIndex[s.id] = i }
    self.siteIndex = siteIndex
    deskIDs = parameters.sites.map(\.id) + parameters.permanences.map(\.id)
    deskSite = Array(parameters.sites.indices) + parameters.permanences.map { siteIndex[$0.parentSite]! }
    deskPermanence = parameters.sites.map { _ in nil } + parameters.permanences.indices.map { $0 }
    origins = PersonOrigins(
      siteIDs: parameters.sites.map(\.id), deskIDs: deskIDs, communeCodes: parameters.communes.map(\.inseeCode))
    var recorder = KPIRecorder(years: Array(parameters.start.year...parameters.end.year), months: days.months)
    kpiIDs = KPIIDs.register(in: &recorder, parameters: parameters)
    emptyRecorder = recorder
    resultLayout = ResultLayout(recorder: recorder, ids: kpiIDs, parameters: parameters, deskIDs: deskIDs)
    let clashes = Self.streamClashes(parameters)
    if !clashes.isEmpty { throw ParameterError(issues: clashes) }

    // Schedules met more than once (advisors and sites on the same hours) are walked once.
    var known: [AvailabilitySchedule: ([Double], [Bool])] = [:]
    let shifts = Self.shiftTables(parameters, calendar, known: &known)
    shiftTimes = shifts.times
    shiftEditStart = shifts.editStart
    shiftEdits = shifts.edits
    let open = Self.openingIntervals(parameters, calendar, known: &known)
    openIndex = open.starts.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    openStart = open.starts.flatMap { $0 }
    openBefore = open.before.flatMap { $0 }
    openLimit = open.starts.indices.map { s in
      guard let lastBefore = open.before[s].last else { return -.infinity }
      return lastBefore + (open.ends[s].last! - open.starts[s].last!)
    }
    walkInRate = parameters.sites.map { $0.walkInsPerWeek / Swift.max(1e-9, Double($0.opening.minutesPerWeek) / 1440) }
    referralRate = parameters.sites.map { $0.referralsPerWeek / Swift.max(1e-9, Double($0.opening.minutesPerWeek) / 1440) }
    permanenceDays = parameters.permanences.map { $0.slot.occurrences(in: calendar) }
    sessionDays = parameters.workshops.map { w in w.sessions.map { $0.slot.occurrences(in: calendar) } }
    let sites = parameters.sites
    sessionHost = parameters.workshops.map { w in w.sessions.map { siteIndex[$0.site]! } }
    workshopHost = parameters.workshops.map { w in
      let hosts = Set(w.sessions.compactMap { siteIndex[$0.site] })
      let first = w.sessions.first.flatMap { siteIndex[$0.site] } ?? 0
      return sites.indices.map { hosts.contains($0) ? $0 : first }
    }
    communeDesk = Self.communeDesks(parameters, deskIDs: deskIDs)

    // Invitations: the list is split over communes by their weights when given, else by population.
    if let inv = parameters.invitations {
      let weights = parameters.communes.map { c in inv.communeWeights.map { $0[c.inseeCode] ?? 0 } ?? Double(c.population) }
      let total = weights.reduce(0, +)
      communeShares = weights.map { total > 0 ? $0 / total : 0 }
    } else {
      communeShares = nil
    }

    arrivalLaws = ArrivalLaws(parameters)

    if let tz = parameters.tzcld {
      let index = Dictionary(uniqueKeysWithValues: parameters.communes.enumerated().map { ($1.inseeCode, $0) })
      tzcldCommunes = tz.communes.keys.sorted().map { (index[$0]!, tz.communes[$0]!) }
      workingTime = try? CategoricalDistribution(
        labels: tz.ebe.workingTime.indices.map { "fte\($0)" }, probabilities: tz.ebe.workingTime.map(\.probability))
    } else {
      tzcldCommunes = []
      workingTime = nil
    }
  }

  /// Streams keyed by a site id or an INSEE code must not share a member number.
  static func streamClashes(_ parameters: TerritoryParameters) -> [ParameterError.Issue] {
    var clashes: [ParameterError.Issue] = []
    for (what, names) in [("sites", parameters.sites.map(\.id)), ("communes", parameters.communes.map(\.inseeCode))] {
      let pairs = Set(GeneratorKind.allCases.map(\.seedBits)).flatMap { StreamFamily.memberCollisions(among: names, seedBits: $0) }
      for (a, b) in pairs {
        clashes.append(.init(path: what, message: "`\(a)` and `\(b)` would share a random stream", hint: "rename one of them"))
      }
    }
    return clashes
  }

  /// The times at which `schedule` flips over the horizon, and the state from
  /// each (available first if it is at 0); each distinct schedule walked once.
  static func changes(
    _ schedule: AvailabilitySchedule, horizon: Double, known: inout [AvailabilitySchedule: ([Double], [Bool])]
  ) -> ([Double], [Bool]) {
    if let c = known[schedule] { return c }
    let c = schedule.changes(before: horizon)
    known[schedule] = (c.times, c.available)
    return (c.times, c.available)
  }

  /// The sorted union of sorted lists of distinct times (a merge: no set, no sort).
  static func mergedUnique(_ lists: [[Double]]) -> [Double] {
    var heads = lists.map { _ in 0 }
    var merged: [Double] = []
    merged.reserveCapacity(lists.map(\.count).max() ?? 0)
    while true {
      var least = Double.infinity
      var found = false
      for i in lists.indices where heads[i] < lists[i].count && (!found || lists[i][heads[i]] < least) {
        least = lists[i][heads[i]]
        found = true
      }
      guard found else { return merged }
      merged.append(least)
      for i in lists.indices where heads[i] < lists[i].count && lists[i][heads[i]] == least { heads[i] += 1 }
    }
  }

  /// The advisors' shifts, all sites merged into one flat table (see ``shiftTimes``).
  static func shiftTables(
    _ parameters: TerritoryParameters, _ calendar: WorkingCalendar, known: inout [AvailabilitySchedule: ([Double], [Bool])]
  ) -> (times: [Double], editStart: [Int], edits: [ShiftEdit]) {
    // Each site: its advisors' flip times and states.
    let perSite = parameters.sites.map { site in
      site.advisors.map { a in
        changes(
          calendar.availability((a.schedule ?? site.opening).cut(toShare: a.availabilityShare), scope: .pce),
          horizon: calendar.horizon, known: &known)
      }
    }
    let allTimes = mergedUnique(perSite.flatMap { $0.map(\.0) })
    // Where each advisor stands in their own changes. Each change flips their
    // duty (a schedule lists only flips, from off before the first), so each is an edit.
    var cursor = perSite.map { $0.map { _ in 0 } }
    var firstAdvisor = 0
    var firstOfSite: [Int] = []
    for advisors in perSite {
      firstOfSite.append(firstAdvisor)
      firstAdvisor += advisors.count
    }
    var editStart = [0]
    var edits: [ShiftEdit] = []
    for t in allTimes {
      for s in perSite.indices {
        let before = edits.count
        for a in perSite[s].indices where cursor[s][a] < perSite[s][a].0.count && perSite[s][a].0[cursor[s][a]] == t {
          let state = perSite[s][a].1[cursor[s][a]]
          cursor[s][a] += 1
          edits.append(ShiftEdit(advisor: Int32(firstOfSite[s] + a), site: Int32(s), onDuty: state, dispatchesSite: false))
        }
        if edits.count > before { edits[edits.count - 1].dispatchesSite = true }
      }
      editStart.append(edits.count)
    }
    return (allTimes, editStart, edits)
  }

  /// Each site's opening intervals, their ends, and the opening time before each.
  static func openingIntervals(
    _ parameters: TerritoryParameters, _ calendar: WorkingCalendar, known: inout [AvailabilitySchedule: ([Double], [Bool])]
  ) -> (starts: [[Double]], ends: [[Double]], before: [[Double]]) {
    var starts: [[Double]] = []
    var ends: [[Double]] = []
    var before: [[Double]] = []
    for site in parameters.sites {
      let (times, states) = changes(calendar.availability(site.opening, scope: .pce), horizon: calendar.horizon, known: &known)
      var st: [Double] = []
      var en: [Double] = []
      var acc: [Double] = []
      var total = 0.0
      for (k, t) in times.enumerated() where states[k] {
        let end = k + 1 < times.count ? times[k + 1] : calendar.horizon
        st.append(t)
        en.append(end)
        acc.append(total)
        total += end - t
      }
      starts.append(st)
      ends.append(en)
      before.append(acc)
    }
    return (starts, ends, before)
  }

  /// Commune → desk: `served_by`, else the place in the nearest service point's commune, else in the commune.
  static func communeDesks(_ parameters: TerritoryParameters, deskIDs: [String]) -> [Int] {
    var deskOfPlace: [String: Int] = [:]
    for (i, id) in deskIDs.enumerated() { deskOfPlace[id] = i }
    var deskOfCommune: [String: Int] = [:]
    for (i, s) in parameters.sites.enumerated() where deskOfCommune[s.commune] == nil { deskOfCommune[s.commune] = i }
    for (i, p) in parameters.permanences.enumerated() where deskOfCommune[p.commune] == nil {
      deskOfCommune[p.commune] = parameters.sites.count + i
    }
    return parameters.communes.map { c in
      if let place = parameters.servedBy[c.inseeCode], let d = deskOfPlace[place] { return d }
      return deskOfCommune[c.nearestServicePoint] ?? deskOfCommune[c.inseeCode] ?? 0
    }
  }
}
