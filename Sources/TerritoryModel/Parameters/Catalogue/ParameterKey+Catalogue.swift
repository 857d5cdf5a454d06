import SimulationCore
import Stochastic

/// The catalogue: every numeric key of the scenario format, in the format's
/// order. The only place where these keys are spelled in the model; the
/// scenario reader and writer, validation, the documentation's table and the
/// workspace take them from here.
extension ParameterKey {
  private typealias P = TerritoryParameters
  private typealias A = ParameterAccess

  // MARK: Territory

  public static let closureCapacityFactor = ParameterKey(
    .probability("closures[].capacity_factor"), fr: "Capacité restante (part)", en: "capacity left during the closure", .fact,
    .list(\P.closures, A.value(\.capacityFactor)))
  public static let communePopulation = ParameterKey(
    ParameterRange("communes[].population", 0, 10_000_000, integer: true, unit: "inhabitants"), fr: "Population", en: "population",
    .fact, .list(\P.communes, id: { $0.inseeCode }, A.value(\.population)))

  // MARK: Sites

  public static let advisors = ParameterKey(
    ParameterRange("sites[].advisors", 1, 1000, integer: true, unit: "advisors"), fr: "Conseillers", en: "advisors", .choice,
    .list(\P.sites, id: { $0.id }, A<SiteParameters>(read: { [([], Double($0.advisors.count))] }, write: setAdvisorCount)))
  public static let walkInsPerWeek = ParameterKey(
    ParameterRange("sites[].walk_ins_per_week", 0, 100_000, unit: "per week"), fr: "Visites spontanées par semaine",
    en: "walk-ins per week", .fact, .list(\P.sites, id: { $0.id }, A.value(\.walkInsPerWeek)))
  public static let referralsPerWeek = ParameterKey(
    ParameterRange("sites[].referrals_per_week", 0, 100_000, unit: "per week"), fr: "Orientations par semaine",
    en: "referrals per week", .fact, .list(\P.sites, id: { $0.id }, A.value(\.referralsPerWeek)))
  public static let advisorAvailabilityShare = ParameterKey(
    ParameterRange("sites[].advisors[].availability_share", 0, 1, lowerOpen: true, unit: "share of the opening hours"),
    fr: "Part du temps en rendez-vous", en: "share of working time on appointments", .choice,
    .list(\P.sites, id: { $0.id }, .list(\.advisors, A.value(\.availabilityShare))))
  /// A site's share is the default of its advisors (read into each of them);
  /// setting it sets every advisor's.
  public static let siteAvailabilityShare = ParameterKey(
    ParameterRange("sites[].availability_share", 0, 1, lowerOpen: true, unit: "share of the opening hours"),
    fr: "Part du temps en rendez-vous", en: "share of working time on appointments", .choice,
    .list(\P.sites, id: { $0.id }, A<SiteParameters>(read: { _ in [] }, write: setSiteShare)))
  public static let permanenceAdvisor = ParameterKey(
    ParameterRange("permanences[].advisor", 0, 999, integer: true, unit: "index in the parent site's advisors"),
    fr: "Conseiller (rang dans son lieu)", en: "advisor (rank at the parent site)", .choice,
    .list(\P.permanences, id: { $0.id }, A.value(\.advisorIndex)))
  public static let permanenceEveryWeeks = ParameterKey(
    ParameterRange("permanences[].every_weeks", 1, 52, integer: true, unit: "weeks"), fr: "Toutes les (semaines)",
    en: "every (weeks)", .choice, .list(\P.permanences, id: { $0.id }, A.value(\.slot.everyWeeks)))
  public static let sessionEveryWeeks = ParameterKey(
    ParameterRange("workshops[].sessions[].every_weeks", 1, 52, integer: true, unit: "weeks"), fr: "Toutes les (semaines)",
    en: "every (weeks)", .choice, .list(\P.workshops, id: { $0.id }, .list(\.sessions, A.value(\.slot.everyWeeks))))

  // MARK: Pathways

  public static let pathwayChoice = ParameterKey(
    .probability("pathways.choice[]"), fr: "Choix du parcours", en: "pathway chosen", .fact,
    .readOnly(because: Self.lawShare) { shares($0.pathways.choice) })
  public static let positioningOutcome = ParameterKey(
    .probability("pathways.positioning.outcomes[]"), fr: "Issue du positionnement", en: "positioning outcome", .fact,
    .readOnly(because: Self.lawShare) { shares($0.pathways.positioningOutcome) })
  public static let autonomousMonths = ParameterKey(
    ParameterRange("pathways.autonomous_months", 0, 120, unit: "months"), fr: "Durée du parcours autonome (mois)",
    en: "autonomous pathway (months)", .choice, .value(\P.pathways.autonomousMonths))
  public static let followUpIntervalDays = ParameterKey(
    ParameterRange("pathways.reinforced.follow_up_interval_days", 1, 365, unit: "days"), fr: "Intervalle des suivis (jours)",
    en: "days between follow-ups", .choice, .value(\P.pathways.followUpIntervalDays))
  public static let reinforcedMaxMonths = ParameterKey(
    ParameterRange("pathways.reinforced.max_months", 0, 120, lowerOpen: true, unit: "months"), fr: "Durée maximale (mois)",
    en: "longest reinforced pathway (months)", .choice, .value(\P.pathways.reinforcedMaxMonths))
  public static let caseloadCap = ParameterKey(
    ParameterRange("pathways.reinforced.caseload_cap_per_advisor", 1, 10_000, integer: true, unit: "persons"),
    fr: "Portefeuille maximal par conseiller", en: "caseload cap per advisor", .choice, .value(\P.pathways.caseloadCapPerAdvisor))
  public static let employmentPerMonth = ParameterKey(
    ParameterRange("pathways.exits.employment_per_month", 0, 1, unit: "per month"), fr: "Sorties vers l'emploi par mois",
    en: "exits to employment per month", .fact, .value(\P.pathways.employmentPerMonth))
  public static let trainingPerMonth = ParameterKey(
    ParameterRange("pathways.exits.training_per_month", 0, 1, unit: "per month"), fr: "Sorties vers la formation par mois",
    en: "exits to training per month", .fact, .value(\P.pathways.trainingPerMonth))
  public static let dropoutPerMonth = ParameterKey(
    ParameterRange("pathways.exits.dropout_per_month", 0, 1, unit: "per month"), fr: "Abandons par mois", en: "dropouts per month",
    .fact, .value(\P.pathways.dropoutPerMonth))

  // MARK: Workshops

  public static let seats = ParameterKey(
    ParameterRange("workshops[].seats", 1, 1000, integer: true, unit: "places"), fr: "Places", en: "seats", .choice,
    .list(\P.workshops, id: { $0.id }, A.value(\.seats)))
  public static let facilitators = ParameterKey(
    ParameterRange("workshops[].facilitators", 0, 100, integer: true, unit: "advisors"), fr: "Animateurs", en: "facilitators",
    .choice, .list(\P.workshops, id: { $0.id }, A.value(\.facilitators)))
  public static let noShowProbability = ParameterKey(
    .probability("workshops[].no_show_probability"), fr: "Probabilité d'absence", en: "no-show probability", .fact,
    .list(\P.workshops, id: { $0.id }, A.value(\.noShowProbability)))
  public static let reenrolProbability = ParameterKey(
    .probability("workshops[].reenrol_probability"), fr: "Probabilité de réinscription", en: "re-enrolment probability", .fact,
    .list(\P.workshops, id: { $0.id }, A.value(\.reenrolProbability)))
  public static let enrolProbability = ParameterKey(
    .probability("workshops[].enrol_probability"), fr: "Probabilité d'inscription", en: "enrolment probability", .fact,
    .list(\P.workshops, id: { $0.id }, A.value(\.enrolProbability)))

  // MARK: Invitations

  public static let newRegistrantsPerMonth = ParameterKey(
    ParameterRange("invitations.new_registrants_per_month", 0, 1_000_000, unit: "per month"), fr: "Nouveaux inscrits par mois",
    en: "new registrants per month", .fact, .optional(\P.invitations, A.value(\.newRegistrantsPerMonth)))
  public static let communeWeight = ParameterKey(
    ParameterRange("invitations.commune_weights[]", 0, 1_000_000_000, unit: "relative weight"), fr: "Poids de la commune",
    en: "commune's weight", .fact, .optional(\P.invitations, .optional(\.communeWeights, .map(\.self, A.value(\.self)))))
  public static let letterDelayDays = ParameterKey(
    ParameterRange("invitations.letter_delay_days", 0, 60, unit: "days"), fr: "Délai du courrier (jours)", en: "letter delay (days)",
    .choice, .optional(\P.invitations, A.value(\.letterDelayDays)))
  public static let responseProbability = ParameterKey(
    .probability("invitations.response_probability"), fr: "Probabilité de réponse", en: "response probability", .fact,
    .optional(\P.invitations, A.value(\.responseProbability)))
  public static let reminderDay = ParameterKey(
    ParameterRange("invitations.reminder.day", 0, 60, unit: "days"), fr: "Jour de la relance", en: "reminder day", .choice,
    .optional(\P.invitations, A.value(\.reminderDay)))
  public static let reminderResponseProbability = ParameterKey(
    .probability("invitations.reminder.response_probability"), fr: "Probabilité de réponse à la relance",
    en: "response probability after the reminder", .fact, .optional(\P.invitations, A.value(\.reminderResponseProbability)))
  public static let retentionDays = ParameterKey(
    ParameterRange(
      "invitations.retention_days", 0, 60, lowerOpen: true, unit: "days",
      hint: "the list of new registrants must be deleted within two months"),
    fr: "Conservation de la liste (jours)", en: "list kept (days)", .choice, .optional(\P.invitations, A.value(\.retentionDays)))

  // MARK: TZCLD

  public static let initialStock = ParameterKey(
    ParameterRange("tzcld.communes[].initial_stock", 0, 1_000_000, integer: true, unit: "persons"), fr: "PPDE au départ",
    en: "PPDE at the start", .fact, .optional(\P.tzcld, .map(\.communes, A.value(\.initialStock))))
  /// Read into `initial_stock` with the commune's population: not stored, so neither read nor set here.
  public static let initialStockPer1000 = ParameterKey(
    ParameterRange("tzcld.communes[].initial_stock_per_1000", 0, 1000, unit: "per 1,000 inhabitants"), fr: "PPDE pour 1 000 habitants",
    en: "PPDE per 1,000 inhabitants", .fact, .readOnly(because: "is read into `initial_stock` with the commune's population") { _ in [] })
  public static let ppdeInflowPerYear = ParameterKey(
    ParameterRange("tzcld.communes[].inflow_per_year", 0, 1_000_000, unit: "per year"), fr: "Entrées par an", en: "PPDE inflow per year",
    .fact, .optional(\P.tzcld, .map(\.communes, A.value(\.inflowPerYear))))
  public static let ppdeExitPerYear = ParameterKey(
    ParameterRange("tzcld.communes[].exit_per_year", 0, 100, unit: "per year"), fr: "Sorties par an", en: "PPDE exits per year", .fact,
    .optional(\P.tzcld, .map(\.communes, A.value(\.exitPerYear))))
  public static let volunteerProbability = ParameterKey(
    .probability("tzcld.volunteer_probability"), fr: "Probabilité de se porter volontaire", en: "volunteer probability", .fact,
    .optional(\P.tzcld, A.value(\.volunteerProbability)))
  public static let otherEmployerPerYear = ParameterKey(
    ParameterRange("tzcld.other_employer_per_year", 0, 100, unit: "per year"), fr: "Embauches ailleurs par an",
    en: "hired elsewhere per year", .fact, .optional(\P.tzcld, A.value(\.otherEmployerPerYear)))
  public static let openingCohort = ParameterKey(
    ParameterRange("tzcld.ebe.opening_cohort", 0, 100_000, integer: true, unit: "persons"), fr: "Effectif d'ouverture",
    en: "opening cohort", .choice, .optional(\P.tzcld, A.value(\.ebe.openingCohort)))
  public static let hiringCapacity = ParameterKey(
    ParameterRange("tzcld.ebe.hiring_capacity[].per_month", 0, 10_000, unit: "hires per month"), fr: "Embauches par mois",
    en: "hires per month", .choice, .optional(\P.tzcld, .list(\.ebe.hiringCapacity, A.value(\.value))))
  public static let headcountCeiling = ParameterKey(
    ParameterRange("tzcld.ebe.headcount_ceiling", 0, 100_000, integer: true, unit: "employees"), fr: "Effectif maximal",
    en: "headcount ceiling", .choice, .optional(\P.tzcld, A.value(\.ebe.headcountCeiling)))
  public static let fteBudget = ParameterKey(
    ParameterRange("tzcld.ebe.fte_budget[]", 0, 100_000, unit: "FTE"), fr: "Budget en ETP", en: "FTE budget", .choice,
    .optional(\P.tzcld, .map(\.ebe.fteBudget, A.value(\.self))))
  public static let workingTime = ParameterKey(
    .probability("tzcld.ebe.working_time[]"), fr: "Temps de travail", en: "working time", .fact,
    .optional(
      \P.tzcld, .readOnly(because: Self.lawShare) { tz in tz.ebe.workingTime.map { ([.entry($0.fte.shortestText)], $0.probability) } }))
  public static let ebeExitPerYear = ParameterKey(
    ParameterRange("tzcld.ebe.exit_per_year", 0, 100, unit: "per year"), fr: "Sorties par an", en: "departures per year", .fact,
    .optional(\P.tzcld, A.value(\.ebe.exitPerYear)))
  public static let exitReasons = ParameterKey(
    .probability("tzcld.ebe.exit_reasons[]"), fr: "Motifs de sortie", en: "reasons for leaving", .fact,
    .optional(\P.tzcld, .readOnly(because: Self.lawShare) { shares($0.ebe.exitReasons) }))
  public static let supervisionRatio = ParameterKey(
    ParameterRange("tzcld.ebe.supervision_ratio", 1, 1000, integer: true, unit: "employees per supervisor"),
    fr: "Salariés par encadrant", en: "employees per supervisor", .choice, .optional(\P.tzcld, A.value(\.ebe.supervisionRatio)))
  public static let supervisorYearlyCost = ParameterKey(
    ParameterRange("tzcld.ebe.supervisor_yearly_cost_eur", 0, 10_000_000, unit: "€ per year"), fr: "Coût annuel d'un encadrant (€)",
    en: "a supervisor's yearly cost (€)", .fact, .optional(\P.tzcld, A.value(\.ebe.supervisorYearlyCost)))
  public static let headcountAtStart = ParameterKey(
    ParameterRange("tzcld.ebe.at_start.headcount", 0, 100_000, integer: true, unit: "employees"), fr: "Effectif au départ",
    en: "headcount at the start", .fact, .optional(\P.tzcld, .optional(\.ebe.atStart, A.value(\.headcount))))
  public static let fteAtStart = ParameterKey(
    ParameterRange("tzcld.ebe.at_start.fte", 0, 100_000, unit: "FTE"), fr: "ETP au départ", en: "FTE at the start", .fact,
    .optional(\P.tzcld, .optional(\.ebe.atStart, A.value(\.fte))))
  public static let waitingListAtStart = ParameterKey(
    ParameterRange("tzcld.ebe.at_start.waiting_list", 0, 1_000_000, integer: true, unit: "persons"), fr: "Liste d'attente au départ",
    en: "waiting list at the start", .fact, .optional(\P.tzcld, .optional(\.ebe.atStart, A.value(\.waitingList))))

  // MARK: Money

  public static let smicMonthly = ParameterKey(
    ParameterRange("money.smic_monthly_eur[].value", 0, 100_000, unit: "€ per month"), fr: "SMIC mensuel brut (€)",
    en: "monthly gross SMIC (€)", .fact, .list(\P.money.monthlySMIC, A.value(\.value)))
  public static let cdeRate = ParameterKey(
    ParameterRange("money.cde_rate[].value", 0, 10, unit: "share of the SMIC"), fr: "Taux de la CDE (part du SMIC)",
    en: "CDE rate (share of the SMIC)", .fact, .list(\P.money.cdeRate, A.value(\.value)))
  public static let departementShare = ParameterKey(
    ParameterRange("money.departement_share[].value", 0, 10, unit: "share of the State CDE"), fr: "Part du département",
    en: "département's share", .fact, .list(\P.money.departementShare, A.value(\.value)))
  public static let startupGrant = ParameterKey(
    ParameterRange("money.startup_grant_eur[].value", 0, 1_000_000, unit: "€ per post"), fr: "Aide au démarrage par poste (€)",
    en: "start-up grant per post (€)", .fact, .list(\P.money.startupGrant, A.value(\.value)))
  public static let employerCostFactor = ParameterKey(
    ParameterRange("money.employer_cost_factor", 0, 10, lowerOpen: true, unit: "times the gross wage"), fr: "Coût employeur / salaire",
    en: "employer cost / gross wage", .fact, .value(\P.money.employerCostFactor))

  /// Every key, in the order of the scenario format.
  public static let all: [ParameterKey] = [
    closureCapacityFactor, communePopulation, advisors, walkInsPerWeek, referralsPerWeek, advisorAvailabilityShare,
    siteAvailabilityShare, permanenceAdvisor, permanenceEveryWeeks, sessionEveryWeeks, pathwayChoice, positioningOutcome,
    autonomousMonths, followUpIntervalDays, reinforcedMaxMonths, caseloadCap, employmentPerMonth, trainingPerMonth, dropoutPerMonth,
    seats, facilitators, noShowProbability, reenrolProbability, enrolProbability, newRegistrantsPerMonth, communeWeight,
    letterDelayDays, responseProbability, reminderDay, reminderResponseProbability, retentionDays, initialStock, initialStockPer1000,
    ppdeInflowPerYear, ppdeExitPerYear, volunteerProbability, otherEmployerPerYear, openingCohort, hiringCapacity, headcountCeiling,
    fteBudget, workingTime, ebeExitPerYear, exitReasons, supervisionRatio, supervisorYearlyCost, headcountAtStart, fteAtStart,
    waitingListAtStart, smicMonthly, cdeRate, departementShare, startupGrant, employerCostFactor,
  ]

  // MARK: Access that is more than a field

  private static let lawShare = "is a share of a law whose shares must sum to 1"

  private static func shares(_ law: CategoricalDistribution) -> [ParameterAccess<TerritoryParameters>.Reading] {
    zip(law.labels, law.probabilities).map { ([.key($0)], $1) }
  }

  /// `n` advisors at a site, as a number in the file makes them: the first
  /// advisors stay as they are; new ones (`<site>-<k>`, the site's hours) take
  /// the share of the last one.
  private static let setAdvisorCount: @Sendable (inout SiteParameters, ArraySlice<String>, Double) -> Bool = { site, entries, x in
    guard entries.isEmpty else { return false }
    let n = Int(x.rounded())
    let share = site.advisors.last?.availabilityShare ?? AdvisorParameters(id: "").availabilityShare
    var k = site.advisors.count
    while site.advisors.count < n {
      k += 1
      let id = "\(site.id)-\(k)"
      if site.advisors.contains(where: { $0.id == id }) { continue }
      site.advisors.append(AdvisorParameters(id: id, availabilityShare: share))
    }
    site.advisors.removeLast(max(0, site.advisors.count - n))
    return true
  }

  private static let setSiteShare: @Sendable (inout SiteParameters, ArraySlice<String>, Double) -> Bool = { site, entries, x in
    guard entries.isEmpty else { return false }
    for i in site.advisors.indices { site.advisors[i].availabilityShare = x }
    return true
  }
}
