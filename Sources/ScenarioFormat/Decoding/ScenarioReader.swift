import SimulationCore
import Stochastic
import TerritoryModel
internal import Yams

/// Walks a scenario's YAML tree into values. Absent keys take the defaults of
/// the parameter types' initialisers (the one source of defaults); present
/// keys are checked for type, unit and range, with their place.
struct ScenarioReader {
  let context: DecodingContext
  typealias K = ScenarioKeys
  typealias P = ParameterKey

  static let directory = CommuneDirectory.troyesChampagneMetropole

  func scenario(_ v: ScenarioValue, source: [UInt8]) -> Scenario? {
    guard let f = v.fields(K.root) else { return nil }
    if let version = f.required("tzsim_scenario") {
      if let n = version.integer(0...1000), n != Scenario.formatVersion {
        version.fail("this program reads format version \(Scenario.formatVersion), the file says \(n)")
      }
    }
    let name = f["name"]?.string() ?? "scenario"
    let start = f.required("start")?.date()
    let end = f.required("end")?.date()
    let communes = communes(f["communes"])
    let sites = f.required("sites")?.items(max: 200)?.compactMap(site) ?? []
    let permanences = f["permanences"]?.items(max: 200)?.compactMap(permanence) ?? []
    let appointments = appointments(f["appointments"])
    let pathways = pathways(f["pathways"])
    let workshops = f["workshops"]?.items(max: 32)?.compactMap(workshop) ?? []
    let invitations = f["invitations"].flatMap(invitations)
    let tzcld = f["tzcld"].flatMap { (v: ScenarioValue) -> TZCLDParameters? in self.tzcld(v, communes: communes.list) }
    let money = money(f["money"])
    let objectives = f["objectives"]?.items(max: 100)?.compactMap(objective) ?? []
    let closures = f["closures"]?.items(max: 100)?.compactMap(closure) ?? []
    let options = f["options"]?.items(max: 50)?.compactMap(option) ?? []
    let assumptions = f["assumptions"]?.items(max: 500)?.compactMap { $0.string() } ?? []
    let seed = f["seed"]?.integer(0...Int.max).map(UInt64.init) ?? 2020
    let replications = f["replications"]?.integer(in: Scenario.replicationsRange) ?? 200
    guard let start, let end else { return nil }
    let parameters = TerritoryParameters(
      name: name, start: start, end: end, closures: closures, communes: communes.list, servedBy: communes.servedBy,
      sites: sites, permanences: permanences, appointments: appointments, pathways: pathways, workshops: workshops,
      invitations: invitations, tzcld: tzcld, money: money, objectives: objectives)
    var s = Scenario(
      name: name, description: f["description"]?.string() ?? "", seed: seed, replications: replications,
      assumptions: assumptions, parameters: parameters, options: options)
    s.uncertainty = f["uncertainty"].flatMap { uncertainty($0, parameters: parameters) }
    s.source = source
    s.notes = context.notes
    return s
  }

  // MARK: Territory

  func communes(_ v: ScenarioValue?) -> (list: [Commune], servedBy: [String: String]) {
    var list = Self.directory.communes
    var servedBy: [String: String] = [:]
    guard let entries = v?.entries() else { return (list, servedBy) }
    for (code, keyNode, value) in entries {
      guard let i = list.firstIndex(where: { $0.inseeCode == code }) else {
        // A commune outside TCM (a neighbouring territory) is described in full: its name, population and service point.
        if code.range(of: #"^([0-9]{5}|2[AB][0-9]{3})$"#, options: .regularExpression) != nil, let f = value.fields(K.commune),
          f.has("name")
        {
          let name = f.required("name")?.string()
          let population = f.required("population")?.integer()
          let place = f.required("served_by")?.identifier()
          if let name, let population, let place {
            // Its position is not known (nor needed: who serves it is given); 0, not NaN, so that a scenario equals itself.
            list.append(
              Commune(
                inseeCode: code, name: name, population: population, latitude: 0, longitude: 0, nearestServicePoint: "",
                nearestServicePointKm: 0))
            servedBy[code] = place
          }
          continue
        }
        let hint =
          Self.directory.communes.first { $0.name.lowercased() == code.lowercased() }.map {
            "`\(code)` is commune \($0.inseeCode): use the INSEE code"
          }
          ?? Spelling.nearest(to: code, among: list.map(\.inseeCode)).map {
            "Did you mean `\($0)`? A commune outside Troyes Champagne Métropole is described in full: `\"\(code)\": {name: …, population: …, served_by: <site id>}`"
          }
          ?? "Use the INSEE code of a TCM commune, or describe one outside TCM with `name`, `population` and `served_by`"
        context.fail(keyNode, value.path, "unknown commune", hint: hint)
        continue
      }
      guard let f = value.fields(K.commune) else { continue }
      if f.has("name") { f["name"]?.fail("a commune of Troyes Champagne Métropole keeps its INSEE name", hint: "remove `name`") }
      if let place = f["served_by"]?.identifier() { servedBy[code] = place }
      if let pop = f["population"]?.integer() { list[i].population = pop }
    }
    return (list, servedBy)
  }

  func weekly(_ v: ScenarioValue) -> WeeklySchedule? {
    guard let f = v.fields(K.weekly) else { return nil }
    var windows: [Weekday: [TimeWindow]] = [:]
    if let all = f["weekdays"]?.items(max: 24)?.compactMap({ $0.window() }) {
      for d in [Weekday.monday, .tuesday, .wednesday, .thursday, .friday] { windows[d] = all }
    }
    for d in Weekday.allCases {
      if let day = f[d.rawValue], let list = day.items(max: 24)?.compactMap({ $0.window() }) {
        if f.has("weekdays") && d != .saturday && d != .sunday {
          day.note("`\(d.rawValue)` replaces the hours `weekdays` gives that day")
        }
        windows[d] = list
      }
    }
    do {
      return try WeeklySchedule(windows)
    } catch {
      v.fail("\(error)", hint: "windows of one day must not overlap")
      return nil
    }
  }

  func site(_ v: ScenarioValue) -> SiteParameters? {
    guard let f = v.fields(K.site), let id = f.required("id")?.identifier() else { return nil }
    let opening = f.required("opening").flatMap(weekly) ?? .never
    let share =
      f["availability_share"]?.number(in: ParameterKey.siteAvailabilityShare.range) ?? AdvisorParameters(id: "").availabilityShare
    var advisors: [AdvisorParameters] = []
    if let a = f.required("advisors") {
      if case .scalar = a.node {
        let n = a.integer(in: ParameterKey.advisors.range) ?? 1
        advisors = (1...n).map { AdvisorParameters(id: "\(id)-\($0)", availabilityShare: share) }
      } else {
        advisors =
          a.items(max: 1000)?.enumerated().compactMap { i, item in
            guard let af = item.fields(K.advisor) else { return nil }
            return AdvisorParameters(
              id: af["id"]?.identifier() ?? "\(id)-\(i + 1)", schedule: af["schedule"].flatMap(weekly),
              availabilityShare: af["availability_share"]?.number() ?? share)
          } ?? []
      }
    }
    return SiteParameters(
      id: id, name: f["name"]?.string() ?? id, commune: f.required("commune")?.string() ?? "",
      opening: opening, advisors: advisors,
      walkInsPerWeek: f[P.walkInsPerWeek.name]?.number(unit: "per week") ?? 0,
      referralsPerWeek: f[P.referralsPerWeek.name]?.number(unit: "per week") ?? 0)
  }

  /// A recurring slot; `every_weeks` is checked here, as a slot cannot exist without a period.
  func slot(_ f: ScenarioFields, everyWeeks range: ParameterRange) -> RecurringSlot? {
    guard let day = f.required("weekday")?.weekday(), let hours = f.required("hours")?.window() else { return nil }
    return RecurringSlot(
      weekday: day, window: hours, everyWeeks: f["every_weeks"]?.integer(in: range) ?? 1, firstDate: f["first_date"]?.date())
  }

  func permanence(_ v: ScenarioValue) -> PermanenceParameters? {
    guard let f = v.fields(K.permanence), let id = f.required("id")?.identifier() else { return nil }
    let commune = f.required("commune")?.string()
    let parent = f.required("parent_site")?.identifier()
    guard let slot = slot(f, everyWeeks: ParameterKey.permanenceEveryWeeks.range), let commune, let parent else { return nil }
    return PermanenceParameters(
      id: id, name: f["name"]?.string() ?? id, commune: commune, parentSite: parent, slot: slot,
      advisorIndex: f["advisor"]?.integer() ?? 0)
  }

  func closure(_ v: ScenarioValue) -> Closure? {
    guard let f = v.fields(K.closure) else { return nil }
    let from = f.required("from")?.date()
    let to = f.required("to")?.date()
    let factor = f.required("capacity_factor")?.number()
    var scopes = Set(Closure.Scope.allCases)
    if let list = f["applies_to"]?.items(max: 3) {
      scopes = Set(
        list.compactMap { item in
          guard let s = item.string() else { return nil }
          guard let scope = Closure.Scope(rawValue: s) else {
            item.fail(
              "expected one of pce, workshops, ebe_hiring, found `\(s)`",
              hint: Spelling.nearest(to: s, among: Closure.Scope.allCases.map(\.rawValue)).map { "Did you mean `\($0)`?" })
            return nil
          }
          return scope
        })
    }
    guard let from, let to, let factor else { return nil }
    return Closure(name: f["name"]?.string() ?? "closure", from: from, to: to, capacityFactor: factor, appliesTo: scopes)
  }

  // MARK: Pathways

  func appointments(_ v: ScenarioValue?) -> AppointmentParameters {
    let d = AppointmentParameters()
    guard let f = v?.fields(K.appointments) else { return d }
    return AppointmentParameters(
      firstDurationMinutes: f["first_duration_minutes"]?.distribution(unit: "minutes") ?? d.firstDurationMinutes,
      followUpDurationMinutes: f["follow_up_duration_minutes"]?.distribution(unit: "minutes") ?? d.followUpDurationMinutes,
      patienceDays: f["patience_days"]?.distribution(unit: "days") ?? d.patienceDays)
  }

  /// A mapping `label: probability` with exactly the given labels (in any order), summing to 1;
  /// each probability is checked here, as the law cannot be built otherwise.
  func shares(_ v: ScenarioValue, labels: [String], range: ParameterRange) -> CategoricalDistribution? {
    guard let f = v.fields(labels) else { return nil }
    var ps: [Double] = []
    for label in labels {
      guard let p = f.required(label)?.number(in: range) else { return nil }
      ps.append(p)
    }
    do {
      return try CategoricalDistribution(labels: labels, probabilities: ps)
    } catch {
      v.fail(error.message)
      return nil
    }
  }

  func pathways(_ v: ScenarioValue?) -> PathwayParameters {
    let d = PathwayParameters()
    guard let f = v?.fields(K.pathways) else { return d }
    var p = d
    if let c = f["choice"].flatMap({ shares($0, labels: PathwayParameters.pathwayLabels, range: ParameterKey.pathwayChoice.range) }) {
      p.choice = c
    }
    if let m = f["autonomous_months"]?.number(unit: "months") { p.autonomousMonths = m }
    if let r = f["reinforced"]?.fields(K.reinforced) {
      if let x = r["follow_up_interval_days"]?.number(unit: "days") { p.followUpIntervalDays = x }
      if let x = r["max_months"]?.number(unit: "months") { p.reinforcedMaxMonths = x }
      if let x = r["caseload_cap_per_advisor"]?.integer() { p.caseloadCapPerAdvisor = x }
    }
    if let r = f["positioning"]?.fields(K.positioning) {
      if let o = r["outcomes"].flatMap({
        shares($0, labels: PathwayParameters.outcomeLabels, range: ParameterKey.positioningOutcome.range)
      }) {
        p.positioningOutcome = o
      }
      if let x = r["delay_days"]?.distribution(unit: "days") { p.positioningDelayDays = x }
    }
    if let r = f["exits"]?.fields(K.exits) {
      if let x = r["employment_per_month"]?.number(unit: "per month") { p.employmentPerMonth = x }
      if let x = r["training_per_month"]?.number(unit: "per month") { p.trainingPerMonth = x }
      if let x = r["dropout_per_month"]?.number(unit: "per month") { p.dropoutPerMonth = x }
    }
    return p
  }

  func workshop(_ v: ScenarioValue) -> WorkshopParameters? {
    guard let f = v.fields(K.workshop), let id = f.required("id")?.identifier() else { return nil }
    let sessions =
      f.required("sessions")?.items(max: 100)?.compactMap { s -> WorkshopSession? in
        guard let sf = s.fields(K.session), let site = sf.required("site")?.identifier(),
          let slot = slot(sf, everyWeeks: ParameterKey.sessionEveryWeeks.range)
        else { return nil }
        return WorkshopSession(site: site, slot: slot)
      } ?? []
    let d = WorkshopParameters(id: id, name: id, sessions: [], enrolProbability: 0)
    return WorkshopParameters(
      id: id, name: f["name"]?.string() ?? id, sessions: sessions,
      seats: f["seats"]?.integer() ?? d.seats, facilitators: f["facilitators"]?.integer() ?? d.facilitators,
      noShowProbability: f["no_show_probability"]?.number() ?? d.noShowProbability,
      reenrolProbability: f["reenrol_probability"]?.number() ?? d.reenrolProbability,
      enrolProbability: f.required("enrol_probability")?.number() ?? 0)
  }

  func invitations(_ v: ScenarioValue) -> InvitationParameters? {
    guard let f = v.fields(K.invitations) else { return nil }
    let d = InvitationParameters(newRegistrantsPerMonth: 0)
    var reminderDay = d.reminderDay
    var reminderP = d.reminderResponseProbability
    if f.has("reminder") {
      if let r = f["reminder"]?.fields(K.reminder) {
        reminderDay = r.required(P.reminderDay.name)?.number(unit: "days")
        reminderP = r[P.reminderResponseProbability.name]?.number() ?? reminderP
      } else {
        reminderDay = nil  // `reminder:` left empty: no reminder
      }
    }
    return InvitationParameters(
      newRegistrantsPerMonth: f.required("new_registrants_per_month")?.number(unit: "per month") ?? 0,
      letterDelayDays: f["letter_delay_days"]?.number(unit: "days") ?? d.letterDelayDays,
      responseProbability: f[P.responseProbability.name]?.number() ?? d.responseProbability,
      responseDelayDays: f["response_delay_days"]?.distribution(unit: "days") ?? d.responseDelayDays,
      reminderDay: reminderDay, reminderResponseProbability: reminderP,
      retentionDays: f["retention_days"]?.number(unit: "days") ?? d.retentionDays,
      communeWeights: f["commune_weights"].map { value in
        var weights: [String: Double] = [:]
        for (code, _, w) in value.entries() ?? [] { weights[code] = w.number() }
        return weights
      })
  }

  // MARK: TZCLD

  func tzcld(_ v: ScenarioValue, communes known: [Commune]) -> TZCLDParameters? {
    guard let f = v.fields(K.tzcld) else { return nil }
    var communes: [String: PPDEParameters] = [:]
    for (code, keyNode, value) in f.required("communes")?.entries() ?? [] {
      guard let commune = known.first(where: { $0.inseeCode == code }) else {
        context.fail(
          keyNode, value.path, "unknown commune",
          hint: Spelling.nearest(to: code, among: known.map(\.inseeCode)).map { "Did you mean `\($0)`?" }
            ?? "Use the INSEE code of a TCM commune, or describe the commune under `communes`")
        continue
      }
      guard let pf = value.fields(K.ppde) else { continue }
      var stock: Int?
      if let n = pf["initial_stock"]?.integer() { stock = n }
      if let rate = pf["initial_stock_per_1000"]?.number(in: ParameterKey.initialStockPer1000.range) {
        if stock != nil { pf.owner.fail("give `initial_stock` or `initial_stock_per_1000`, not both") }
        stock = Int((rate * Double(commune.population) / 1000).rounded())
      }
      if stock == nil { pf.owner.fail("missing key `initial_stock` (or `initial_stock_per_1000`)") }
      communes[code] = PPDEParameters(
        initialStock: stock ?? 0, inflowPerYear: pf.required("inflow_per_year")?.number(unit: "per year") ?? 0,
        exitPerYear: pf.required("exit_per_year")?.number(unit: "per year") ?? 0)
    }
    guard let start = f.required("mobilisation_start")?.date(), let ebe = f.required("ebe").flatMap(ebe) else { return nil }
    let delay = f.required("meeting_delay_days")?.distribution(unit: "days")
    let d = TZCLDParameters(communes: [:], mobilisationStart: start, meetingDelayDays: try! .constant(0), ebe: ebe)
    guard let delay else { return nil }
    return TZCLDParameters(
      communes: communes, mobilisationStart: start, meetingDelayDays: delay,
      volunteerProbability: f[P.volunteerProbability.name]?.number() ?? d.volunteerProbability,
      otherEmployerPerYear: f["other_employer_per_year"]?.number(unit: "per year") ?? d.otherEmployerPerYear, ebe: ebe)
  }

  func ebe(_ v: ScenarioValue) -> EBEParameters? {
    guard let f = v.fields(K.ebe) else { return nil }
    let opening = f.required("opening")?.date()
    let capacity =
      f.required(P.hiringCapacity.containerName)?.items(max: 200)?.compactMap { item -> DatedValue? in
        guard let r = item.fields(K.hiringStep), let from = r.required("from")?.date(),
          let n = r.required(P.hiringCapacity.name)?.number(unit: "hires per month")
        else { return nil }
        return DatedValue(from: from, value: n, source: r["source"]?.string() ?? "")
      } ?? []
    guard let opening else { return nil }
    let d = EBEParameters(opening: opening, openingCohort: 0, hiringCapacity: [])
    var budget: [Int: Double] = [:]
    for (year, keyNode, value) in f["fte_budget"]?.entries() ?? [] {
      guard let y = Int(year), (1900...2200).contains(y) else {
        context.fail(keyNode, value.path, "expected a year as key, found `\(year)`")
        continue
      }
      if let b = value.number(unit: "FTE") { budget[y] = b }
    }
    var workingTime = d.workingTime
    if let entries = f["working_time"]?.entries() {
      workingTime = entries.compactMap { key, keyNode, value in
        guard let fte = Double(key), fte > 0, fte <= 1 else {
          context.fail(keyNode, value.path, "expected a working-time fraction in (0, 1] as key, e.g. `0.8`, found `\(key)`")
          return nil
        }
        return value.number().map { (fte, $0) }
      }
      let total = workingTime.reduce(0) { $0 + $1.probability }
      if abs(total - 1) > 1e-9 { f["working_time"]!.fail("the probabilities must sum to 1, found \(total)") }
    }
    let reasons = f["exit_reasons"].flatMap { value -> CategoricalDistribution? in
      guard let entries = value.entries() else { return nil }
      let labels = entries.map(\.key)
      let ps = entries.compactMap { $0.value.number(in: ParameterKey.exitReasons.range) }
      guard ps.count == labels.count else { return nil }
      do { return try CategoricalDistribution(labels: labels, probabilities: ps) } catch let error as DistributionError {
        value.fail(error.message)
        return nil
      } catch {
        return nil
      }
    }
    let atStart = f["at_start"].flatMap { value -> EBEAtStart? in
      guard let a = value.fields(K.ebeAtStart), let headcount = a.required("headcount")?.integer(),
        let fte = a.required("fte")?.number(unit: "FTE"), let waiting = a.required("waiting_list")?.integer()
      else { return nil }
      return EBEAtStart(headcount: headcount, fte: fte, waitingList: waiting)
    }
    return EBEParameters(
      opening: opening, openingCohort: f.required("opening_cohort")?.integer() ?? 0, hiringCapacity: capacity,
      headcountCeiling: f["headcount_ceiling"]?.integer() ?? d.headcountCeiling, fteBudget: budget,
      workingTime: workingTime, exitPerYear: f["exit_per_year"]?.number(unit: "per year") ?? d.exitPerYear,
      exitReasons: reasons ?? d.exitReasons, supervisionRatio: f["supervision_ratio"]?.integer() ?? d.supervisionRatio,
      supervisorYearlyCost: f["supervisor_yearly_cost_eur"]?.number(unit: "€ per year") ?? d.supervisorYearlyCost,
      atStart: atStart)
  }

  func money(_ v: ScenarioValue?) -> MoneyTables {
    let d = MoneyTables()
    guard let f = v?.fields(K.money) else { return d }
    func table(_ key: String, _ fallback: [DatedValue], _ unit: String) -> [DatedValue] {
      guard let items = f[key]?.items(max: 500) else { return fallback }
      return items.compactMap { item in
        guard let r = item.fields(K.datedValue), let from = r.required("from")?.date(),
          let x = r.required("value")?.number(unit: unit)
        else { return nil }
        return DatedValue(from: from, value: x, source: r["source"]?.string() ?? "")
      }
    }
    return MoneyTables(
      monthlySMIC: table("smic_monthly_eur", d.monthlySMIC, "€ per month"),
      cdeRate: table("cde_rate", d.cdeRate, "(share of the SMIC)"),
      departementShare: table("departement_share", d.departementShare, "(share of the State CDE)"),
      startupGrant: table("startup_grant_eur", d.startupGrant, "€ per post"),
      employerCostFactor: f[P.employerCostFactor.name]?.number() ?? d.employerCostFactor)
  }

  // MARK: Objectives and options

  func objective(_ v: ScenarioValue) -> Objective? {
    guard let f = v.fields(K.objective), let id = f.required("id")?.identifier() else { return nil }
    var kpi: TrackedKPI?
    if let k = f.required("kpi"), let s = k.string() {
      kpi = KPI.named(s).flatMap(TrackedKPI.init)
      if kpi == nil {
        k.fail(
          "`\(s)` cannot be an objective; use one of \(TrackedKPI.allCases.map(\.id).joined(separator: ", "))",
          hint: Spelling.nearest(to: s, among: TrackedKPI.allCases.map(\.id)).map { "Did you mean `\($0)`?" })
      }
    }
    var period = Objective.Period.horizon
    if let y = f["year"]?.integer(in: Scenario.objectiveYearRange) { period = .year(y) }
    if let d = f["date"]?.date() {
      if f.has("year") { v.fail("give `year` or `date`, not both") }
      period = .date(d)
    }
    let atLeast = f["at_least"]?.number()
    let atMost = f["at_most"]?.number()
    guard let kpi else { return nil }
    switch (atLeast, atMost) {
    case (let a?, nil): return Objective(id: id, kpi: kpi, period: period, comparison: .atLeast, target: a)
    case (nil, let b?): return Objective(id: id, kpi: kpi, period: period, comparison: .atMost, target: b)
    case (nil, nil):
      // A target that could not be read has its own message already.
      if !f.has("at_least") && !f.has("at_most") { v.fail("missing key `at_least` or `at_most`") }
      return nil
    default:
      v.fail("give `at_least` or `at_most`, not both")
      return nil
    }
  }

  func option(_ v: ScenarioValue) -> StaffingOption? {
    guard let f = v.fields(K.option), let id = f.required("id")?.identifier() else { return nil }
    var overrides: [(String, String)] = []
    for (path, _, value) in f.required("set")?.entries() ?? [] {
      // An option changes values, not structure: one scalar per key path.
      guard value.safe else { continue }
      guard case .scalar = value.node, !value.isNull else {
        value.context.fail(
          value.node, "options[\(id)].set.\(path)", "an option sets one value (a number, a date, a text or a law), found \(value.kind)",
          hint: "write the new value after the key, e.g. `\"\(path.prefix(60))\": 4`; change structure in the scenario itself")
        continue
      }
      overrides.append((path, (try? Yams.serialize(node: value.node)) ?? ""))
    }
    return StaffingOption(
      id: id, name: f["name"]?.string() ?? id, overrides: overrides,
      yearlyCostEUR: f["yearly_cost_eur"]?.number(unit: "€ per year") ?? 0)
  }
}
