import Foundation
import SimulationCore
import Stochastic
import TerritoryModel

/// Writes a scenario back as YAML with every default filled in: the
/// `dump-scenario --effective` output. Reading it back gives equal parameters
/// (a test checks the round trip on every shipped scenario).
public enum ScenarioWriter {
  private typealias P = ParameterKey

  public static func effectiveYAML(_ s: Scenario) -> String {
    var w = Lines()
    let p = s.parameters
    w.line("# Effective scenario: every key with the value the simulator uses.")
    w.line("tzsim_scenario: \(Scenario.formatVersion)")
    w.line("name: \(q(s.name))")
    w.line("description: \(q(s.description))")
    w.line("seed: \(s.seed)")
    w.line("replications: \(s.replications)")
    w.line("assumptions:\(s.assumptions.isEmpty ? " []" : "")")
    for a in s.assumptions { w.line("  - \(q(a))") }
    w.line("start: \(p.start)")
    w.line("end: \(p.end)")
    closures(p, &w)
    communes(p, &w)
    sites(p, &w)
    permanences(p, &w)
    appointments(p, &w)
    pathways(p, &w)
    workshops(p, &w)
    invitations(p, &w)
    tzcld(p, &w)
    money(p, &w)
    objectives(p, &w)
    options(s, &w)
    uncertainty(s, &w)
    return w.text
  }

  /// The closures, each with the services it applies to.
  static func closures(_ p: TerritoryParameters, _ w: inout Lines) {
    w.line("closures:\(p.closures.isEmpty ? " []" : "")")
    for c in p.closures {
      w.line("  - name: \(q(c.name))")
      w.line("    from: \(c.from)")
      w.line("    to: \(c.to)")
      w.line("    capacity_factor: \(num(c.capacityFactor))")
      w.line("    applies_to: [\(Closure.Scope.allCases.filter(c.appliesTo.contains).map(\.rawValue).joined(separator: ", "))]")
    }
  }

  /// Communes: only what differs from the shipped directory.
  static func communes(_ p: TerritoryParameters, _ w: inout Lines) {
    let directory = CommuneDirectory.troyesChampagneMetropole
    let changed = p.communes.filter { c in p.servedBy[c.inseeCode] != nil || directory.commune(c.inseeCode)?.population != c.population }
    w.line("communes:\(changed.isEmpty ? " {}" : "")")
    for c in changed {
      w.line("  \(q(c.inseeCode)):")
      // A commune outside TCM is written in full: it exists only in this scenario.
      if directory.commune(c.inseeCode) == nil { w.line("    name: \(q(c.name))") }
      if let place = p.servedBy[c.inseeCode] { w.line("    served_by: \(place)") }
      if directory.commune(c.inseeCode)?.population != c.population { w.line("    population: \(c.population)") }
    }
  }

  /// The sites, each advisor written out.
  static func sites(_ p: TerritoryParameters, _ w: inout Lines) {
    w.line("sites:")
    for site in p.sites {
      w.line("  - id: \(site.id)")
      w.line("    name: \(q(site.name))")
      w.line("    commune: \(q(site.commune))")
      w.line("    opening:")
      weekly(site.opening, indent: 6, &w)
      w.line("    advisors:")
      for a in site.advisors {
        w.line("      - id: \(a.id)")
        w.line("        availability_share: \(num(a.availabilityShare))")
        if let sch = a.schedule {
          w.line("        schedule:")
          weekly(sch, indent: 10, &w)
        }
      }
      w.line("    \(P.walkInsPerWeek.name): \(num(site.walkInsPerWeek))")
      w.line("    referrals_per_week: \(num(site.referralsPerWeek))")
    }
  }

  /// The permanences.
  static func permanences(_ p: TerritoryParameters, _ w: inout Lines) {
    w.line("permanences:\(p.permanences.isEmpty ? " []" : "")")
    for pm in p.permanences {
      w.line("  - id: \(pm.id)")
      w.line("    name: \(q(pm.name))")
      w.line("    commune: \(q(pm.commune))")
      w.line("    parent_site: \(pm.parentSite)")
      slot(pm.slot, indent: 4, &w)
      w.line("    advisor: \(pm.advisorIndex)")
    }
  }

  /// The appointments' laws.
  static func appointments(_ p: TerritoryParameters, _ w: inout Lines) {
    w.line("appointments:")
    w.line("  first_duration_minutes: \(q(p.appointments.firstDurationMinutes.description))")
    w.line("  follow_up_duration_minutes: \(q(p.appointments.followUpDurationMinutes.description))")
    w.line("  patience_days:\(p.appointments.patienceDays.map { " " + q($0.description) } ?? "")")
  }

  /// The pathways.
  static func pathways(_ p: TerritoryParameters, _ w: inout Lines) {
    let pw = p.pathways
    w.line("pathways:")
    w.line("  choice: {\(zip(pw.choice.labels, pw.choice.probabilities).map { "\($0): \(num($1))" }.joined(separator: ", "))}")
    w.line("  autonomous_months: \(num(pw.autonomousMonths))")
    w.line("  reinforced:")
    w.line("    follow_up_interval_days: \(num(pw.followUpIntervalDays))")
    w.line("    max_months: \(num(pw.reinforcedMaxMonths))")
    w.line("    caseload_cap_per_advisor: \(pw.caseloadCapPerAdvisor)")
    w.line("  positioning:")
    w.line(
      "    outcomes: {\(zip(pw.positioningOutcome.labels, pw.positioningOutcome.probabilities).map { "\($0): \(num($1))" }.joined(separator: ", "))}"
    )
    w.line("    delay_days: \(q(pw.positioningDelayDays.description))")
    w.line("  exits:")
    w.line("    employment_per_month: \(num(pw.employmentPerMonth))")
    w.line("    training_per_month: \(num(pw.trainingPerMonth))")
    w.line("    dropout_per_month: \(num(pw.dropoutPerMonth))")
  }

  /// The workshop types and their sessions.
  static func workshops(_ p: TerritoryParameters, _ w: inout Lines) {
    w.line("workshops:\(p.workshops.isEmpty ? " []" : "")")
    for ws in p.workshops {
      w.line("  - id: \(ws.id)")
      w.line("    name: \(q(ws.name))")
      w.line("    sessions:")
      for se in ws.sessions {
        w.line("      - site: \(se.site)")
        slot(se.slot, indent: 8, &w)
      }
      w.line("    seats: \(ws.seats)")
      w.line("    facilitators: \(ws.facilitators)")
      w.line("    no_show_probability: \(num(ws.noShowProbability))")
      w.line("    reenrol_probability: \(num(ws.reenrolProbability))")
      w.line("    enrol_probability: \(num(ws.enrolProbability))")
    }
  }

  /// The invitations, when the scenario sends them.
  static func invitations(_ p: TerritoryParameters, _ w: inout Lines) {
    if let inv = p.invitations {
      w.line("invitations:")
      w.line("  new_registrants_per_month: \(num(inv.newRegistrantsPerMonth))")
      w.line("  letter_delay_days: \(num(inv.letterDelayDays))")
      w.line("  \(P.responseProbability.name): \(num(inv.responseProbability))")
      w.line("  response_delay_days: \(q(inv.responseDelayDays.description))")
      if let day = inv.reminderDay {
        w.line("  reminder:")
        w.line("    day: \(num(day))")
        w.line("    \(P.reminderResponseProbability.name): \(num(inv.reminderResponseProbability))")
      } else {
        w.line("  reminder:")
      }
      w.line("  retention_days: \(num(inv.retentionDays))")
      if let weights = inv.communeWeights {
        w.line("  commune_weights:")
        for (code, weight) in weights.sorted(by: { $0.key < $1.key }) { w.line("    \(q(code)): \(num(weight))") }
      }
    }
  }

  /// The TZCLD territory and its EBE, when the scenario has them.
  static func tzcld(_ p: TerritoryParameters, _ w: inout Lines) {
    if let tz = p.tzcld {
      w.line("tzcld:")
      w.line("  mobilisation_start: \(tz.mobilisationStart)")
      w.line("  meeting_delay_days: \(q(tz.meetingDelayDays.description))")
      w.line("  \(P.volunteerProbability.name): \(num(tz.volunteerProbability))")
      w.line("  other_employer_per_year: \(num(tz.otherEmployerPerYear))")
      w.line("  communes:")
      for code in tz.communes.keys.sorted() {
        let c = tz.communes[code]!
        w.line(
          "    \(q(code)): {initial_stock: \(c.initialStock), inflow_per_year: \(num(c.inflowPerYear)), exit_per_year: \(num(c.exitPerYear))}"
        )
      }
      let e = tz.ebe
      w.line("  ebe:")
      w.line("    opening: \(e.opening)")
      w.line("    opening_cohort: \(e.openingCohort)")
      if let a = e.atStart {
        w.line("    at_start: {headcount: \(a.headcount), fte: \(num(a.fte)), waiting_list: \(a.waitingList)}")
      }
      w.line("    \(P.hiringCapacity.containerName):")
      for row in e.hiringCapacity {
        w.line(
          "      - {from: \(row.from), \(P.hiringCapacity.name): \(num(row.value))\(row.source.isEmpty ? "" : ", source: \(q(row.source))")}"
        )
      }
      w.line("    headcount_ceiling: \(e.headcountCeiling)")
      w.line("    fte_budget: {\(e.fteBudget.keys.sorted().map { "\($0): \(num(e.fteBudget[$0]!))" }.joined(separator: ", "))}")
      w.line("    working_time: {\(e.workingTime.map { "\(q(fraction($0.fte))): \(num($0.probability))" }.joined(separator: ", "))}")
      w.line("    exit_per_year: \(num(e.exitPerYear))")
      w.line(
        "    exit_reasons: {\(zip(e.exitReasons.labels, e.exitReasons.probabilities).map { "\($0): \(num($1))" }.joined(separator: ", "))}")
      w.line("    supervision_ratio: \(e.supervisionRatio)")
      w.line("    supervisor_yearly_cost_eur: \(num(e.supervisorYearlyCost))")
    }
  }

  /// The money tables.
  static func money(_ p: TerritoryParameters, _ w: inout Lines) {
    w.line("money:")
    w.line("  \(P.employerCostFactor.name): \(num(p.money.employerCostFactor))")
    for (key, table) in [
      ("smic_monthly_eur", p.money.monthlySMIC), ("cde_rate", p.money.cdeRate), ("departement_share", p.money.departementShare),
      ("startup_grant_eur", p.money.startupGrant),
    ] {
      w.line("  \(key):")
      for row in table { w.line("    - {from: \(row.from), value: \(num(row.value)), source: \(q(row.source))}") }
    }
  }

  /// The objectives.
  static func objectives(_ p: TerritoryParameters, _ w: inout Lines) {
    w.line("objectives:\(p.objectives.isEmpty ? " []" : "")")
    for o in p.objectives {
      w.line("  - id: \(o.id)")
      w.line("    kpi: \(o.kpi.id)")
      switch o.period {
      case .year(let y): w.line("    year: \(y)")
      case .date(let d): w.line("    date: \(d)")
      case .horizon: break
      }
      w.line("    \(o.comparison.rawValue): \(num(o.target))")
    }
  }

  /// The staffing options, their overrides as written.
  static func options(_ s: Scenario, _ w: inout Lines) {
    w.line("options:\(s.options.isEmpty ? " []" : "")")
    for o in s.options {
      w.line("  - id: \(o.id)")
      w.line("    name: \(q(o.name))")
      w.line("    yearly_cost_eur: \(num(o.yearlyCostEUR))")
      w.line("    set:")
      for (path, yaml) in o.overrides {
        let value = yaml.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.contains("\n") {
          w.line("      \(q(path)):")
          for l in value.split(separator: "\n") { w.line("        \(l)") }
        } else {
          w.line("      \(q(path)): \(value)")
        }
      }
    }
  }

  /// The uncertain assumptions, only when the scenario has some (a scenario
  /// without them dumps as it did before the section existed).
  static func uncertainty(_ s: Scenario, _ w: inout Lines) {
    guard let u = s.uncertainty else { return }
    w.line("uncertainty:")
    w.line("  points: \(u.points)")
    w.line("  replications: \(u.replications)")
    w.line("  laws:")
    func numbers(_ xs: [Double]) -> String { "[" + xs.map(\.shortestText).joined(separator: ", ") + "]" }
    for i in u.inputs {
      guard let j = i.joint else {
        w.line("    - key: \(q(i.path.description))")
        w.line("      law: \(q(i.law.description))")
        w.line("      source: \(q(i.source))")
        continue
      }
      guard j.position == 0 else { continue }
      w.line("    - keys: [\(j.paths.map { q($0.description) }.joined(separator: ", "))]")
      w.line("      joint_normal:")
      w.line("        mean: \(numbers(j.law.means))")
      w.line("        sd: \(numbers(j.law.sds))")
      w.line("        correlation:")
      for row in j.law.correlation { w.line("          - \(numbers(row))") }
      w.line("      source: \(q(i.source))")
    }
  }

  static func weekly(_ s: WeeklySchedule, indent: Int, _ w: inout Lines) {
    let pad = String(repeating: " ", count: indent)
    if s.windows.isEmpty {
      w.line("\(pad){}")
      return
    }
    for d in Weekday.allCases {
      let list = s.windows(on: d)
      if !list.isEmpty { w.line("\(pad)\(d.rawValue): [\(list.map { q($0.description) }.joined(separator: ", "))]") }
    }
  }

  static func slot(_ s: RecurringSlot, indent: Int, _ w: inout Lines) {
    let pad = String(repeating: " ", count: indent)
    w.line("\(pad)weekday: \(s.weekday.rawValue)")
    w.line("\(pad)hours: \(q(s.window.description))")
    w.line("\(pad)every_weeks: \(s.everyWeeks)")
    if let d = s.firstDate { w.line("\(pad)first_date: \(d)") }
  }

  struct Lines {
    var text = ""
    mutating func line(_ s: String) { text += s + "\n" }
  }

  /// A double-quoted YAML string.
  static func q(_ s: String) -> String {
    var out = "\""
    for ch in s.unicodeScalars {
      switch ch {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if ch.value < 0x20 { out += "\\x" + String(ch.value, radix: 16).leftPad(2) } else { out.unicodeScalars.append(ch) }
      }
    }
    return out + "\""
  }

  /// A number as YAML: the shortest text that reads back to it.
  static func num(_ x: Double) -> String { x.shortestText }

  /// A working-time fraction as a mapping key: `1.0`, `0.8` (a decimal point, even when whole).
  static func fraction(_ x: Double) -> String { x == x.rounded() ? "\(Int64(x)).0" : "\(x)" }
}

extension String {
  fileprivate func leftPad(_ n: Int) -> String { String(repeating: "0", count: Swift.max(0, n - count)) + self }
}
