import TerritoryModel

/// The keys a scenario file may hold at each place, in the order the
/// effective dump writes them. The decoder, the writer and a test against
/// the JSON Schema in `Scenarios/` all read this one table; a numeric key's
/// name comes from the parameter catalogue (``ParameterKey``).
public enum ScenarioKeys {
  private typealias P = ParameterKey

  public static let root = [
    "tzsim_scenario", "name", "description", "seed", "replications", "assumptions", "start", "end", "closures",
    "communes", "sites", "permanences", "appointments", "pathways", "workshops", "invitations", "tzcld", "money",
    "objectives", "options", "uncertainty",
  ]
  public static let closure = ["name", "from", "to", "capacity_factor", "applies_to"]
  public static let commune = ["served_by", "population", "name"]
  public static let site = [
    "id", "name", "commune", "opening", "advisors", "availability_share", P.walkInsPerWeek.name, P.referralsPerWeek.name,
  ]
  public static let advisor = ["id", "availability_share", "schedule"]
  public static let weekly = ["weekdays", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
  public static let permanence = ["id", "name", "commune", "parent_site", "weekday", "hours", "every_weeks", "first_date", "advisor"]
  public static let appointments = ["first_duration_minutes", "follow_up_duration_minutes", "patience_days"]
  public static let pathways = ["choice", "autonomous_months", "reinforced", "positioning", "exits"]
  public static let reinforced = ["follow_up_interval_days", "max_months", "caseload_cap_per_advisor"]
  public static let positioning = ["outcomes", "delay_days"]
  public static let exits = ["employment_per_month", "training_per_month", "dropout_per_month"]
  public static let workshop = [
    "id", "name", "sessions", "seats", "facilitators", "no_show_probability", "reenrol_probability", "enrol_probability",
  ]
  public static let session = ["site", "weekday", "hours", "every_weeks", "first_date"]
  public static let invitations = [
    "new_registrants_per_month", P.letterDelayDays.name, P.responseProbability.name, "response_delay_days", "reminder", "retention_days",
    "commune_weights",
  ]
  public static let reminder = [P.reminderDay.name, P.reminderResponseProbability.name]
  public static let tzcld = [
    "mobilisation_start", "meeting_delay_days", P.volunteerProbability.name, P.otherEmployerPerYear.name, "communes", "ebe",
  ]
  public static let ppde = ["initial_stock", "initial_stock_per_1000", "inflow_per_year", "exit_per_year"]
  public static let ebe = [
    "opening", P.openingCohort.name, P.hiringCapacity.containerName, P.headcountCeiling.name, "fte_budget", "working_time", "exit_per_year",
    "exit_reasons", "supervision_ratio", "supervisor_yearly_cost_eur", "at_start",
  ]
  public static let ebeAtStart = ["headcount", "fte", "waiting_list"]
  public static let datedValue = ["from", "value", "source"]
  public static let hiringStep = ["from", P.hiringCapacity.name, "source"]
  public static let money = [
    P.employerCostFactor.name, P.smicMonthly.containerName, P.cdeRate.containerName, P.departementShare.containerName,
    P.startupGrant.containerName,
  ]
  public static let objective = ["id", "kpi", "year", "date", "at_least", "at_most"]
  public static let option = ["id", "name", "yearly_cost_eur", "set"]
  public static let uncertainty = ["points", "replications", "laws"]
  public static let uncertainLaw = ["key", "law", "keys", "joint_normal", "source"]
  public static let jointNormal = ["mean", "sd", "correlation"]
}
