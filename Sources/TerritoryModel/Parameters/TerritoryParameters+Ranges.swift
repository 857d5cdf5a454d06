/// Every numeric value against its declared range (``ParameterRange/all``),
/// each on its own: these checks do not depend on other values, so the scenario
/// reader can report them beside its own errors.
extension TerritoryParameters {
  /// The values outside their range, with the key path of each in scenario files.
  public func rangeIssues() -> [ParameterError.Issue] {
    var issues: [ParameterError.Issue] = []
    func check(_ range: ParameterRange, _ x: Double, _ path: String) {
      if let problem = range.problem(x) { issues.append(.init(path: path, message: problem, hint: range.hint)) }
    }
    func check(_ range: ParameterRange, _ n: Int, _ path: String) { check(range, Double(n), path) }

    for (i, c) in closures.enumerated() { check(Closure.capacityFactorRange, c.capacityFactor, "closures[\(i)].capacity_factor") }
    for c in communes { check(Commune.populationRange, c.population, "communes[\(c.inseeCode)].population") }
    for s in sites {
      let path = "sites[\(s.id)]"
      check(SiteParameters.advisorCountRange, s.advisors.count, "\(path).advisors")
      for (a, adv) in s.advisors.enumerated() {
        check(AdvisorParameters.availabilityShareRange, adv.availabilityShare, "\(path).advisors[\(a)].availability_share")
      }
      check(SiteParameters.walkInsRange, s.walkInsPerWeek, "\(path).walk_ins_per_week")
      check(SiteParameters.referralsRange, s.referralsPerWeek, "\(path).referrals_per_week")
    }
    for p in permanences {
      check(PermanenceParameters.advisorIndexRange, p.advisorIndex, "permanences[\(p.id)].advisor")
      check(PermanenceParameters.everyWeeksRange, p.slot.everyWeeks, "permanences[\(p.id)].every_weeks")
    }

    let pw = pathways
    for (label, p) in zip(pw.choice.labels, pw.choice.probabilities) {
      check(PathwayParameters.choiceRange, p, "pathways.choice.\(label)")
    }
    for (label, p) in zip(pw.positioningOutcome.labels, pw.positioningOutcome.probabilities) {
      check(PathwayParameters.positioningOutcomeRange, p, "pathways.positioning.outcomes.\(label)")
    }
    check(PathwayParameters.autonomousMonthsRange, pw.autonomousMonths, "pathways.autonomous_months")
    check(PathwayParameters.followUpIntervalRange, pw.followUpIntervalDays, "pathways.reinforced.follow_up_interval_days")
    check(PathwayParameters.reinforcedMaxMonthsRange, pw.reinforcedMaxMonths, "pathways.reinforced.max_months")
    check(PathwayParameters.caseloadCapRange, pw.caseloadCapPerAdvisor, "pathways.reinforced.caseload_cap_per_advisor")
    check(PathwayParameters.employmentRange, pw.employmentPerMonth, "pathways.exits.employment_per_month")
    check(PathwayParameters.trainingRange, pw.trainingPerMonth, "pathways.exits.training_per_month")
    check(PathwayParameters.dropoutRange, pw.dropoutPerMonth, "pathways.exits.dropout_per_month")

    for w in workshops {
      let path = "workshops[\(w.id)]"
      for (k, s) in w.sessions.enumerated() {
        check(WorkshopSession.everyWeeksRange, s.slot.everyWeeks, "\(path).sessions[\(k)].every_weeks")
      }
      check(WorkshopParameters.seatsRange, w.seats, "\(path).seats")
      check(WorkshopParameters.facilitatorsRange, w.facilitators, "\(path).facilitators")
      check(WorkshopParameters.noShowRange, w.noShowProbability, "\(path).no_show_probability")
      check(WorkshopParameters.reenrolRange, w.reenrolProbability, "\(path).reenrol_probability")
      check(WorkshopParameters.enrolRange, w.enrolProbability, "\(path).enrol_probability")
    }

    if let inv = invitations {
      check(InvitationParameters.newRegistrantsRange, inv.newRegistrantsPerMonth, "invitations.new_registrants_per_month")
      for (code, w) in (inv.communeWeights ?? [:]).sorted(by: { $0.key < $1.key }) {
        check(InvitationParameters.communeWeightRange, w, "invitations.commune_weights[\(code)]")
      }
      check(InvitationParameters.letterDelayRange, inv.letterDelayDays, "invitations.letter_delay_days")
      check(InvitationParameters.responseRange, inv.responseProbability, "invitations.response_probability")
      if let day = inv.reminderDay { check(InvitationParameters.reminderDayRange, day, "invitations.reminder.day") }
      check(InvitationParameters.reminderResponseRange, inv.reminderResponseProbability, "invitations.reminder.response_probability")
      check(InvitationParameters.retentionRange, inv.retentionDays, "invitations.retention_days")
    }

    if let tz = tzcld {
      for (code, p) in tz.communes.sorted(by: { $0.key < $1.key }) {
        let path = "tzcld.communes[\(code)]"
        check(PPDEParameters.initialStockRange, p.initialStock, "\(path).initial_stock")
        check(PPDEParameters.inflowRange, p.inflowPerYear, "\(path).inflow_per_year")
        check(PPDEParameters.exitRange, p.exitPerYear, "\(path).exit_per_year")
      }
      check(TZCLDParameters.volunteerRange, tz.volunteerProbability, "tzcld.volunteer_probability")
      check(TZCLDParameters.otherEmployerRange, tz.otherEmployerPerYear, "tzcld.other_employer_per_year")
      let e = tz.ebe
      check(EBEParameters.openingCohortRange, e.openingCohort, "tzcld.ebe.opening_cohort")
      for (i, row) in e.hiringCapacity.enumerated() {
        check(EBEParameters.hiringCapacityRange, row.value, "tzcld.ebe.hiring_capacity[\(i)].per_month")
      }
      check(EBEParameters.headcountCeilingRange, e.headcountCeiling, "tzcld.ebe.headcount_ceiling")
      for (year, budget) in e.fteBudget.sorted(by: { $0.key < $1.key }) {
        check(EBEParameters.fteBudgetRange, budget, "tzcld.ebe.fte_budget[\(year)]")
      }
      for w in e.workingTime { check(EBEParameters.workingTimeRange, w.probability, "tzcld.ebe.working_time[\(w.fte.shortestText)]") }
      check(EBEParameters.exitRange, e.exitPerYear, "tzcld.ebe.exit_per_year")
      for (label, p) in zip(e.exitReasons.labels, e.exitReasons.probabilities) {
        check(EBEParameters.exitReasonRange, p, "tzcld.ebe.exit_reasons[\(label)]")
      }
      check(EBEParameters.supervisionRatioRange, e.supervisionRatio, "tzcld.ebe.supervision_ratio")
      check(EBEParameters.supervisorCostRange, e.supervisorYearlyCost, "tzcld.ebe.supervisor_yearly_cost_eur")
      if let a = e.atStart {
        check(EBEAtStart.headcountRange, a.headcount, "tzcld.ebe.at_start.headcount")
        check(EBEAtStart.fteRange, a.fte, "tzcld.ebe.at_start.fte")
        check(EBEAtStart.waitingListRange, a.waitingList, "tzcld.ebe.at_start.waiting_list")
      }
    }

    for (range, name, table) in [
      (MoneyTables.smicRange, "smic_monthly_eur", money.monthlySMIC), (MoneyTables.cdeRateRange, "cde_rate", money.cdeRate),
      (MoneyTables.departementShareRange, "departement_share", money.departementShare),
      (MoneyTables.startupGrantRange, "startup_grant_eur", money.startupGrant),
    ] {
      for (i, row) in table.enumerated() { check(range, row.value, "money.\(name)[\(i)].value") }
    }
    check(MoneyTables.employerCostFactorRange, money.employerCostFactor, "money.employer_cost_factor")
    return issues
  }
}
