import SimulationCore
import Stochastic

extension TerritoryParameters {
  /// Limits that keep a run within a laptop's memory and a planner's patience.
  public enum Limits {
    public static let maxYears = 30
    public static let maxPPDE = 1_000_000
    public static let maxWorkshopTypes = 32
  }

  /// Checks every rule a simulation relies on; throws all the problems found:
  /// each value against its range first, then the rules that relate values,
  /// section by section, then the run's size.
  public func validate() throws(ParameterError) {
    var v = ValidationIssues(rangeIssues(), communes: communes)
    checkTime(&v)
    checkPlaces(&v)
    checkInvitationReach(&v)
    checkPathways(&v)
    checkWorkshops(&v)
    checkInvitations(&v)
    checkTZCLD(&v)
    checkMoney(&v)
    checkObjectives(&v)
    if v.issues.isEmpty { checkSize(&v) }
    if !v.issues.isEmpty { throw ParameterError(issues: v.issues) }
  }

  /// The horizon and the closures.
  func checkTime(_ v: inout ValidationIssues) {
    if end < start { v.fail("end", "is before start (\(start))", "the horizon runs from start to end, inclusive") }
    if end.year - start.year >= Limits.maxYears {
      v.fail("end", "the horizon spans \(end.year - start.year + 1) calendar years; at most \(Limits.maxYears) are allowed")
    }
    for (i, c) in closures.enumerated() {
      if c.to < c.from { v.fail("closures[\(i)].to", "is before from (\(c.from))") }
    }
  }

  /// Sites, permanences and who serves each commune: ids once, known communes and parents.
  func checkPlaces(_ v: inout ValidationIssues) {
    if sites.isEmpty { v.fail("sites", "at least one site is needed") }
    var places: [String] = []
    for (i, s) in sites.enumerated() {
      let path = "sites[\(s.id)]"
      if places.contains(s.id) { v.fail("sites[\(i)].id", "`\(s.id)` is used twice") }
      places.append(s.id)
      v.commune("\(path).commune", s.commune)
      if s.advisors.isEmpty { v.fail("\(path).advisors", "a site needs at least one advisor") }
      var advisorIDs = Set<String>()
      for (a, adv) in s.advisors.enumerated() where !advisorIDs.insert(adv.id).inserted {
        v.fail("\(path).advisors[\(a)].id", "`\(adv.id)` is used twice at this site", "give each advisor their own id")
      }
      if s.opening.minutesPerWeek == 0 && s.walkInsPerWeek + s.referralsPerWeek > 0 {
        v.fail("\(path).opening", "the site is never open but expects walk-ins or referrals")
      }
    }
    for (i, p) in permanences.enumerated() {
      let path = "permanences[\(p.id)]"
      if places.contains(p.id) { v.fail("permanences[\(i)].id", "`\(p.id)` is already the id of a site or permanence") }
      places.append(p.id)
      v.commune("\(path).commune", p.commune)
      if let parent = sites.first(where: { $0.id == p.parentSite }) {
        if p.advisorIndex < 0 || p.advisorIndex >= parent.advisors.count {
          v.fail("\(path).advisor", "site `\(p.parentSite)` has \(parent.advisors.count) advisors; index \(p.advisorIndex) does not exist")
        }
      } else {
        v.fail(
          "\(path).parent_site", "unknown site `\(p.parentSite)`",
          Spelling.nearest(to: p.parentSite, among: sites.map(\.id)).map { "did you mean `\($0)`?" })
      }
    }
    for (code, place) in servedBy.sorted(by: { $0.key < $1.key }) {
      v.commune("communes[\(code)]", code)
      if !places.contains(place) {
        v.fail(
          "communes[\(code)].served_by", "unknown site or permanence `\(place)`",
          Spelling.nearest(to: place, among: places).map { "did you mean `\($0)`?" })
      }
    }
  }

  /// Who answers an invitation goes to the place serving their commune; every commune the list
  /// reaches needs one (all of them, or those of positive weight when `commune_weights` gives the
  /// list's split), and a permanence nobody is sent to would serve nobody.
  func checkInvitationReach(_ v: inout ValidationIssues) {
    if let invitations {
      var reached = Set<String>()
      var unserved: [Commune] = []
      for c in communes {
        if let place = servedBy[c.inseeCode] {
          reached.insert(place)
        } else if let place =
          (sites.first { $0.commune == c.nearestServicePoint }?.id ?? permanences.first { $0.commune == c.nearestServicePoint }?.id
            ?? sites.first { $0.commune == c.inseeCode }?.id ?? permanences.first { $0.commune == c.inseeCode }?.id)
        {
          reached.insert(place)
        } else if invitations.communeWeights.map({ ($0[c.inseeCode] ?? 0) > 0 }) ?? true {
          // A commune of weight 0 receives no invitee: it needs no place.
          unserved.append(c)
        }
      }
      if let first = unserved.first {
        let names = unserved.prefix(3).map { "\($0.name) (\($0.inseeCode))" }.joined(separator: ", ") + (unserved.count > 3 ? ", …" : "")
        v.fail(
          "communes",
          "\(unserved.count) commune\(unserved.count > 1 ? "s are" : " is") served by no site or permanence of the scenario: \(names); invitees there would have nowhere to go",
          "say who serves them, for example `communes: {\"\(first.inseeCode)\": {served_by: \(sites.first?.id ?? "<site id>")}}`, or add the site or permanence of their nearest service point (\(first.nearestServicePoint))"
        )
      }
      for p in permanences where !reached.contains(p.id) {
        v.fail(
          "permanences[\(p.id)]", "no commune is served by this permanence: nobody invited would be sent to it",
          "set `served_by: \(p.id)` for the communes it serves, or remove it")
      }
    } else {
      for p in permanences {
        v.fail(
          "permanences[\(p.id)]", "without invitations nobody is sent to a permanence: it would serve nobody",
          "add an `invitations` section, or remove the permanence")
      }
    }
  }

  /// Appointment durations and the pathways' laws.
  func checkPathways(_ v: inout ValidationIssues) {
    for (name, d) in [
      ("appointments.first_duration_minutes", appointments.firstDurationMinutes),
      ("appointments.follow_up_duration_minutes", appointments.followUpDurationMinutes),
    ] {
      if !(d.mean > 0 && d.mean < 24 * 60) {
        v.fail(name, "the mean duration must be between 0 and 1440 minutes, found \(d.mean.shortestText)")
      }
      v.nonNegative(name, d)
    }
    if let patience = appointments.patienceDays { v.nonNegative("appointments.patience_days", patience) }
    if pathways.choice.labels != PathwayParameters.pathwayLabels {
      v.fail(
        "pathways.choice",
        "must give the probabilities of \(PathwayParameters.pathwayLabels.joined(separator: ", ")) in that order, found \(pathways.choice.labels.joined(separator: ", "))"
      )
    }
    if pathways.positioningOutcome.labels != PathwayParameters.outcomeLabels {
      v.fail(
        "pathways.positioning.outcomes",
        "must give the probabilities of \(PathwayParameters.outcomeLabels.joined(separator: ", ")) in that order")
    }
    v.nonNegative("pathways.positioning.delay_days", pathways.positioningDelayDays)
  }

  /// Workshop types: ids once, sessions at known sites.
  func checkWorkshops(_ v: inout ValidationIssues) {
    if workshops.count > Limits.maxWorkshopTypes { v.fail("workshops", "\(workshops.count) types; at most \(Limits.maxWorkshopTypes)") }
    var workshopIDs = Set<String>()
    for (i, w) in workshops.enumerated() {
      let path = "workshops[\(w.id)]"
      if !workshopIDs.insert(w.id).inserted { v.fail("workshops[\(i)].id", "`\(w.id)` is used twice") }
      if w.sessions.isEmpty { v.fail("\(path).sessions", "a workshop type needs at least one session") }
      for (k, s) in w.sessions.enumerated() where !sites.contains(where: { $0.id == s.site }) {
        v.fail(
          "\(path).sessions[\(k)].site", "unknown site `\(s.site)`",
          Spelling.nearest(to: s.site, among: sites.map(\.id)).map { "did you mean `\($0)`?" })
      }
    }
  }

  /// The invitation calendar against the list's retention.
  func checkInvitations(_ v: inout ValidationIssues) {
    if let inv = invitations {
      if inv.retentionDays > 0 && !(inv.letterDelayDays <= inv.retentionDays) {
        v.fail(
          "invitations.letter_delay_days",
          "must not be after retention_days (\(inv.retentionDays.shortestText)), found \(inv.letterDelayDays.shortestText)",
          "the list of new registrants must be deleted within two months: letters go out before")
      }
      if let r = inv.reminderDay, !(r > inv.letterDelayDays && r < inv.retentionDays) {
        v.fail(
          "invitations.reminder.day",
          "must fall after the letters (day \(inv.letterDelayDays.shortestText)) and before day \(inv.retentionDays.shortestText), found \(r.shortestText)",
          "no contact is allowed after the list's retention period")
      }
      v.nonNegative("invitations.response_delay_days", inv.responseDelayDays)
      if let weights = inv.communeWeights {
        for code in weights.keys.sorted() { v.commune("invitations.commune_weights[\(code)]", code) }
        if !(weights.values.reduce(0, +) > 0) {
          v.fail(
            "invitations.commune_weights", "the weights add up to 0: no commune would receive a registrant",
            "give each commune its registrants over past months (tzsim import registrants writes them)")
        }
      }
    }
  }

  /// The TZCLD territory: its PPDE, the EBE's state at the start, its hiring table and working times.
  func checkTZCLD(_ v: inout ValidationIssues) {
    if let tz = tzcld {
      var stock = 0
      for (code, p) in tz.communes.sorted(by: { $0.key < $1.key }) {
        let path = "tzcld.communes[\(code)]"
        v.commune(path, code)
        stock += min(max(0, p.initialStock), Limits.maxPPDE + 1)  // out-of-range stocks are reported with the ranges
      }
      if stock > Limits.maxPPDE { v.fail("tzcld.communes", "\(stock) PPDE in all; at most \(Limits.maxPPDE)") }
      v.nonNegative("tzcld.meeting_delay_days", tz.meetingDelayDays)
      let e = tz.ebe
      if e.opening < start {
        if let a = e.atStart {
          if a.headcount > e.headcountCeiling {
            v.fail("tzcld.ebe.at_start.headcount", "\(a.headcount) is above the headcount ceiling (\(e.headcountCeiling))")
          }
          if a.headcount == 0 && a.fte != 0 { v.fail("tzcld.ebe.at_start.fte", "must be 0 with no employee, found \(a.fte.shortestText)") }
          if a.headcount > 0 && !(a.fte > 0 && a.fte <= Double(a.headcount)) {
            v.fail(
              "tzcld.ebe.at_start.fte", "must be in (0, \(a.headcount)] for \(a.headcount) employees, found \(a.fte.shortestText)",
              "each employee works at most one FTE")
          }
        } else {
          v.fail(
            "tzcld.ebe.opening", "\(e.opening) is before the start (\(start)): the EBE already exists on the first day",
            "say what it is then: `at_start: {headcount: …, fte: …, waiting_list: …}`")
        }
      } else if e.atStart != nil {
        v.fail(
          "tzcld.ebe.at_start", "only an EBE that opened before the start (\(start)) has a state at the start; it opens on \(e.opening)",
          "remove `at_start`, or move `opening` before the start")
      }
      /// A row of the hiring table, and the table itself.
      func hiringRow(_ i: Int) -> String { ParameterKey.hiringCapacity.path("\(i)").parent.key("from").description }
      let hiringTable = ParameterKey.hiringCapacity.pattern.parent.parent.description
      if let first = e.hiringCapacity.first, first.from > Swift.max(e.opening, start), e.opening <= end {
        v.fail(
          hiringRow(0),
          "the table starts on \(first.from), after the first hiring month (\(Swift.max(e.opening, start)))",
          "start the table on or before \(Swift.max(e.opening, start))")
      }
      if e.hiringCapacity.isEmpty { v.fail(hiringTable, "needs at least one row") }
      for (i, row) in e.hiringCapacity.enumerated() {
        if i > 0 && row.from <= e.hiringCapacity[i - 1].from { v.fail(hiringRow(i), "dates must increase") }
      }
      if e.workingTime.isEmpty { v.fail("tzcld.ebe.working_time", "needs at least one working-time fraction") }
      for (i, w) in e.workingTime.enumerated() where !(w.fte > 0 && w.fte <= 1) {
        v.fail("tzcld.ebe.working_time[\(i)].fte", "must be in (0, 1], found \(w.fte.shortestText)")
      }
      let total = e.workingTime.reduce(0) { $0 + $1.probability }
      if abs(total - 1) > 1e-9 { v.fail("tzcld.ebe.working_time", "probabilities must sum to 1, found \(total.shortestText)") }
    }
  }

  /// The money tables: dated, increasing, and giving a value from the EBE's first month.
  func checkMoney(_ v: inout ValidationIssues) {
    for (name, table) in [
      ("money.smic_monthly_eur", money.monthlySMIC), ("money.cde_rate", money.cdeRate), ("money.departement_share", money.departementShare),
      ("money.startup_grant_eur", money.startupGrant),
    ] {
      for (i, row) in table.enumerated() {
        if i > 0 && row.from <= table[i - 1].from { v.fail("\(name)[\(i)].from", "dates must increase") }
      }
    }
    if let tz = tzcld, tz.ebe.opening <= end {
      // Money flows from the EBE's first month in the horizon: every table must give a value by then.
      let from = Swift.max(start, tz.ebe.opening)
      let firstMonth = CivilDate(year: from.year, month: from.month, day: 1)!
      for (name, table) in [
        ("money.smic_monthly_eur", money.monthlySMIC), ("money.cde_rate", money.cdeRate),
        ("money.departement_share", money.departementShare), ("money.startup_grant_eur", money.startupGrant),
      ] {
        if let first = table.first, first.from > firstMonth {
          v.fail(
            "\(name)[0].from",
            "the table starts on \(first.from), but the EBE's money is counted from \(firstMonth): no value would apply then",
            "add a row from \(firstMonth) or earlier, with its source")
        } else if table.isEmpty {
          v.fail(name, "needs at least one dated value")
        }
      }
    }
  }

  /// Objectives: ids once, inside the horizon, on a KPI the scenario has. With an end before the
  /// start, the horizon is reported once (at `end`) and no objective is said to be outside it.
  func checkObjectives(_ v: inout ValidationIssues) {
    var objectiveIDs = Set<String>()
    for (i, o) in objectives.enumerated() {
      if !objectiveIDs.insert(o.id).inserted { v.fail("objectives[\(i)].id", "`\(o.id)` is used twice") }
      switch end < start ? nil : o.period {
      case nil: break
      case .year(let y) where y < start.year || y > end.year:
        v.fail("objectives[\(o.id)].year", "\(y) is outside the horizon \(start.year)–\(end.year)")
      case .year(let y)
      where (y == start.year && (start.month, start.day) != (1, 1)) || (y == end.year && (end.month, end.day) != (12, 31)):
        let from = y == start.year ? start : CivilDate(year: y, month: 1, day: 1)!
        let to = y == end.year ? end : CivilDate(year: y, month: 12, day: 31)!
        v.fail(
          "objectives[\(o.id)].year",
          "the horizon covers only part of \(y) (\(from) to \(to)): a yearly count would be compared with a whole year's target",
          "use `date: \(to)` for a count up to that date, or widen the horizon to the whole year")
      case .date(let d) where d < start || d > end:
        v.fail("objectives[\(o.id)].date", "\(d) is outside the horizon \(start)–\(end)")
      default: break
      }
      if !o.target.isFinite { v.fail("objectives[\(o.id)].target", "must be a finite number") }
      if o.kpi.kpi.needsTZCLD && tzcld == nil {
        v.fail("objectives[\(o.id)].kpi", "`\(o.kpi.id)` needs a `tzcld` section")
      }
    }
  }

  /// The run's size: what is accepted runs within the documented budget.
  func checkSize(_ v: inout ValidationIssues) {
    if v.issues.isEmpty {
      let events = estimatedEventsPerReplication
      let persons = estimatedPersonsPerReplication
      if !(persons <= Self.personLimit) {
        v.fail(
          "",
          "about \(Self.countText(persons)) job seekers per replication are expected, above the limit of \(Self.countText(Self.personLimit)) (about 1.2 GB of memory per job)",
          "shorten the horizon, or lower the arrival rates")
      } else if !(events <= Self.eventLimit) {
        v.fail(
          "",
          "about \(Self.countText(events)) events per replication are expected, above the limit of \(Self.countText(Self.eventLimit)) (about 5 minutes each)",
          "shorten the horizon, or lower the arrival rates or the number of sites")
      }
    }
  }
}
