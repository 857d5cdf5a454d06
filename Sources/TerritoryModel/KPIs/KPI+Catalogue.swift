/// The catalogue of the territory model's KPIs: each identifier is written
/// here and nowhere else in the sources.
extension KPI {
  public static let accompanied = KPI(
    "pce.accompanied", .count, .persons,
    name: Bilingual(fr: "Personnes accompagnées", en: "Accompanied persons"),
    explanation: Bilingual(
      fr: "personnes distinctes dont le premier rendez-vous a eu lieu",
      en: "distinct persons whose first appointment was held"), dimensions: ["site", "source"], monthly: true)
  public static let accompaniedYearToDate = KPI(
    "pce.accompanied.year_to_date", .level, .persons,
    name: Bilingual(fr: "Accompagnés depuis le 1er janvier", en: "Accompanied since 1 January"),
    explanation: Bilingual(
      fr: "personnes accompagnées depuis le 1er janvier, mois par mois",
      en: "persons accompanied since 1 January, month by month"), monthlyOnly: true)
  public static let firstAppointmentWait = KPI(
    "pce.first_appointment_wait_days", .mean, .days,
    name: Bilingual(fr: "Attente du premier rendez-vous", en: "Wait for a first appointment"),
    explanation: Bilingual(
      fr: "jours entre la demande et le premier rendez-vous, en moyenne",
      en: "days from request to first appointment, on average"), dimensions: ["site"], monthly: true)
  public static let gaveUpWaiting = KPI(
    "pce.gave_up_waiting", .count, .persons,
    name: Bilingual(fr: "Abandons avant le premier rendez-vous", en: "Gave up before a first appointment"),
    explanation: Bilingual(
      fr: "personnes reparties sans premier rendez-vous, lassées d'attendre",
      en: "persons who left without a first appointment, tired of waiting"), monthly: true)
  public static let advisorUtilization = KPI(
    "pce.advisor_utilization", .ratio, .share,
    name: Bilingual(fr: "Occupation des conseillers", en: "Advisor utilisation"),
    explanation: Bilingual(
      fr: "part du temps de présence au guichet passée en rendez-vous",
      en: "share of desk time spent in appointments"), dimensions: ["site"], monthly: true)
  public static let reinforcedCaseload = KPI(
    "pce.reinforced_caseload", .ratio, .persons,
    name: Bilingual(fr: "Portefeuille en accompagnement renforcé", en: "Reinforced caseload"),
    explanation: Bilingual(
      fr: "personnes suivies en moyenne sur la période",
      en: "persons followed, time average"), dimensions: ["site"], monthly: true)
  public static let exitsToEmployment = KPI(
    "pce.exits_to_employment", .count, .persons,
    name: Bilingual(fr: "Sorties vers l'emploi", en: "Exits to employment"),
    explanation: Bilingual(
      fr: "personnes accompagnées sorties vers un emploi",
      en: "accompanied persons who left for a job"), monthly: true)
  public static let exits = KPI(
    "pce.exits", .count, .persons,
    name: Bilingual(fr: "Sorties d'accompagnement", en: "Exits from follow-up"),
    explanation: Bilingual(
      fr: "personnes sorties de l'accompagnement, par motif",
      en: "persons who left follow-up, by reason"), dimensions: ["reason"])
  public static let positioningOutcomes = KPI(
    "pce.positioning_outcomes", .count, .persons,
    name: Bilingual(fr: "Orientations au premier rendez-vous", en: "First-appointment outcomes"),
    explanation: Bilingual(
      fr: "personnes orientées au premier rendez-vous, par parcours",
      en: "persons directed at their first appointment, by pathway"), dimensions: ["outcome"])
  public static let busyDays = KPI(
    "pce.busy_days", .count, .days,
    name: Bilingual(fr: "Temps en rendez-vous", en: "Time in appointments"),
    explanation: Bilingual(
      fr: "jours-conseiller passés en rendez-vous",
      en: "advisor-days spent in appointments"), dimensions: ["site"], isInternal: true, monthly: true)
  public static let availableDays = KPI(
    "pce.available_days", .count, .days,
    name: Bilingual(fr: "Temps de présence au guichet", en: "Desk time"),
    explanation: Bilingual(
      fr: "jours-conseiller de présence au guichet, dépassements compris",
      en: "advisor-days at the desk, overruns included"), dimensions: ["site"], isInternal: true, monthly: true)
  public static let caseloadArea = KPI(
    "pce.caseload_area", .count, .days,
    name: Bilingual(fr: "Jours de suivi", en: "Follow-up days"),
    explanation: Bilingual(
      fr: "somme sur les jours des personnes en accompagnement renforcé",
      en: "persons in reinforced follow-up summed over days"), dimensions: ["site"], isInternal: true, monthly: true)
  public static let elapsedDays = KPI(
    "pce.days", .count, .days,
    name: Bilingual(fr: "Jours écoulés", en: "Elapsed days"),
    explanation: Bilingual(
      fr: "jours simulés",
      en: "simulated days"), isInternal: true, monthly: true)
  public static let workshopSessions = KPI(
    "workshops.sessions", .count, .sessions,
    name: Bilingual(fr: "Séances d'ateliers", en: "Workshop sessions"),
    explanation: Bilingual(
      fr: "séances tenues",
      en: "sessions held"), dimensions: ["type"], monthly: true)
  public static let workshopSeats = KPI(
    "workshops.seats", .count, .seats,
    name: Bilingual(fr: "Places d'ateliers", en: "Workshop seats"),
    explanation: Bilingual(
      fr: "places offertes dans les séances tenues",
      en: "seats offered in the sessions held"), dimensions: ["type"], monthly: true)
  public static let workshopAttended = KPI(
    "workshops.attended", .count, .attendances,
    name: Bilingual(fr: "Participations aux ateliers", en: "Workshop attendances"),
    explanation: Bilingual(
      fr: "personnes présentes, toutes séances",
      en: "persons present, all sessions"), dimensions: ["type"], monthly: true)
  public static let workshopFillRate = KPI(
    "workshops.fill_rate", .ratio, .share,
    name: Bilingual(fr: "Taux de remplissage des ateliers", en: "Workshop fill rate"),
    explanation: Bilingual(
      fr: "présents ÷ places offertes",
      en: "present ÷ seats offered"), dimensions: ["type"], monthly: true)
  public static let workshopWait = KPI(
    "workshops.wait_days", .mean, .days,
    name: Bilingual(fr: "Attente d'un atelier", en: "Wait for a workshop"),
    explanation: Bilingual(
      fr: "jours entre l'inscription et la participation",
      en: "days from enrolment to attendance"))
  public static let invitationsSent = KPI(
    "invitations.sent", .count, .letters,
    name: Bilingual(fr: "Courriers d'invitation", en: "Invitation letters"),
    explanation: Bilingual(
      fr: "nouveaux inscrits invités",
      en: "new registrants invited"), monthly: true)
  public static let invitationsResponded = KPI(
    "invitations.responded", .count, .persons,
    name: Bilingual(fr: "Réponses aux invitations", en: "Invitation answers"),
    explanation: Bilingual(
      fr: "invités ayant demandé un rendez-vous pendant la durée de conservation de la liste",
      en: "invitees who asked for an appointment while the list was kept"), dimensions: ["commune"], monthly: true)
  public static let volunteers = KPI(
    "tzcld.volunteers", .count, .persons,
    name: Bilingual(fr: "Volontaires TZCLD", en: "TZCLD volunteers"),
    explanation: Bilingual(
      fr: "PPDE rencontrées et volontaires",
      en: "PPDE met who volunteered"), dimensions: ["commune"], monthly: true)
  public static let hires = KPI(
    "tzcld.hires", .count, .persons,
    name: Bilingual(fr: "Embauches en EBE", en: "EBE hires"),
    explanation: Bilingual(
      fr: "CDI signés par l'entreprise à but d'emploi",
      en: "open-ended contracts signed by the EBE"), monthly: true)
  public static let newPosts = KPI(
    "tzcld.new_posts", .count, .posts,
    name: Bilingual(fr: "Postes créés", en: "New posts"),
    explanation: Bilingual(
      fr: "embauches qui portent l'effectif au-delà de son maximum antérieur",
      en: "hires that raise the headcount above its previous maximum"))
  public static let waitToHire = KPI(
    "tzcld.wait_to_hire_days", .mean, .days,
    name: Bilingual(fr: "Attente d'embauche", en: "Wait to be hired"),
    explanation: Bilingual(
      fr: "jours entre le volontariat et l'embauche en EBE",
      en: "days from volunteering to an EBE hire"))
  public static let ebeExits = KPI(
    "tzcld.exits", .count, .persons,
    name: Bilingual(fr: "Départs de l'EBE", en: "EBE exits"),
    explanation: Bilingual(
      fr: "salariés partis de l'EBE, par motif",
      en: "employees who left the EBE, by reason"), dimensions: ["reason"], monthly: true)
  public static let otherEmployerPlacements = KPI(
    "tzcld.other_employer_placements", .count, .persons,
    name: Bilingual(fr: "Embauches par d'autres employeurs", en: "Hires by other employers"),
    explanation: Bilingual(
      fr: "volontaires embauchés ailleurs",
      en: "volunteers hired elsewhere"), monthly: true)
  public static let ppdeOtherExits = KPI(
    "tzcld.ppde_other_exits", .count, .persons,
    name: Bilingual(fr: "Autres sorties de PPDE", en: "Other PPDE exits"),
    explanation: Bilingual(
      fr: "PPDE sorties pour une autre raison sans avoir été embauchées par l'EBE",
      en: "PPDE who left for another reason without being hired by the EBE"))
  public static let waitingList = KPI(
    "tzcld.waiting_list", .level, .persons,
    name: Bilingual(fr: "Liste d'attente", en: "Waiting list"),
    explanation: Bilingual(
      fr: "volontaires en attente d'embauche en fin de période",
      en: "volunteers waiting at the end of the period"), monthly: true)
  public static let headcount = KPI(
    "tzcld.headcount", .level, .persons,
    name: Bilingual(fr: "Effectif de l'EBE", en: "EBE headcount"),
    explanation: Bilingual(
      fr: "salariés en CDI en fin de période",
      en: "employees at the end of the period"), monthly: true)
  public static let fte = KPI(
    "tzcld.fte", .level, .fte,
    name: Bilingual(fr: "ETP de l'EBE", en: "EBE FTE"),
    explanation: Bilingual(
      fr: "équivalents temps plein en fin de période",
      en: "full-time equivalents at the end of the period"), monthly: true)
  public static let ppdeRemaining = KPI(
    "tzcld.ppde_remaining", .level, .persons,
    name: Bilingual(fr: "PPDE restantes", en: "Remaining PPDE"),
    explanation: Bilingual(
      fr: "personnes encore privées durablement d'emploi",
      en: "persons still durably deprived of employment"), monthly: true)
  public static let payroll = KPI(
    "tzcld.payroll_eur", .count, .euros,
    name: Bilingual(fr: "Masse salariale de l'EBE", en: "EBE payroll"),
    explanation: Bilingual(
      fr: "ETP × SMIC × facteur de coût employeur",
      en: "FTE × SMIC × employer cost factor"), monthly: true)
  public static let supervisors = KPI(
    "tzcld.supervisors_eur", .count, .euros,
    name: Bilingual(fr: "Encadrement de l'EBE", en: "EBE supervision"),
    explanation: Bilingual(
      fr: "encadrants nécessaires × coût annuel ÷ 12, chaque mois",
      en: "supervisors needed × yearly cost ÷ 12, each month"), monthly: true)
  public static let stateCDE = KPI(
    "tzcld.state_cde_eur", .count, .euros,
    name: Bilingual(fr: "Contribution de l'État (CDE)", en: "State CDE"),
    explanation: Bilingual(
      fr: "ETP × SMIC × taux de CDE",
      en: "FTE × SMIC × CDE rate"), monthly: true)
  public static let departement = KPI(
    "tzcld.departement_eur", .count, .euros,
    name: Bilingual(fr: "Part du département", en: "Département share"),
    explanation: Bilingual(
      fr: "part de la CDE de l'État",
      en: "share of the State CDE"), monthly: true)
  public static let startupGrants = KPI(
    "tzcld.startup_grants_eur", .count, .euros,
    name: Bilingual(fr: "Dotation d'amorçage", en: "Start-up grants"),
    explanation: Bilingual(
      fr: "dotation par poste créé",
      en: "grant per new post"), monthly: true)
  public static let balance = KPI(
    "tzcld.balance_eur", .count, .euros,
    name: Bilingual(fr: "Reste à financer par l'activité", en: "Balance to earn"),
    explanation: Bilingual(
      fr: "masse salariale + encadrement − financements publics",
      en: "payroll + supervision − public funding"), monthly: true)
  public static let exhaustivityReached = KPI(
    "tzcld.exhaustivity_reached", .flag, .yesNo,
    name: Bilingual(fr: "Exhaustivité atteinte", en: "Exhaustivity reached"),
    explanation: Bilingual(
      fr: "1 si, l'EBE ouverte, la liste d'attente a été vide à une fin de mois avant la fin de la période, 0 sinon",
      en: "1 if, once the EBE was open, the waiting list was empty at a month's end within the horizon, 0 otherwise"))
  public static let exhaustivityDate = KPI(
    "tzcld.exhaustivity_date", .date, .dayOfHorizon,
    name: Bilingual(fr: "Date d'exhaustivité", en: "Exhaustivity date"),
    explanation: Bilingual(
      fr: "première fin de mois où la liste d'attente est vide, en jours depuis le début",
      en: "first month-end with an empty waiting list, in days from the start"))

  /// Every KPI, in the order tables list them.
  public static let all: [KPI] = [
    accompanied, accompaniedYearToDate, firstAppointmentWait, gaveUpWaiting, advisorUtilization, reinforcedCaseload, exitsToEmployment,
    exits, positioningOutcomes, busyDays, availableDays, caseloadArea, elapsedDays, workshopSessions, workshopSeats, workshopAttended,
    workshopFillRate, workshopWait, invitationsSent, invitationsResponded, volunteers, hires, newPosts, waitToHire, ebeExits,
    otherEmployerPlacements, ppdeOtherExits, waitingList, headcount, fte, ppdeRemaining, payroll, supervisors, stateCDE, departement,
    startupGrants, balance, exhaustivityReached, exhaustivityDate,
  ]
}
