/// The words of the report, in French (for the council) and English.
struct ReportText {
  let language: ReportLanguage
  var fr: Bool { language == .fr }

  func t(_ fr: String, _ en: String) -> String { self.fr ? fr : en }

  /// A KPI's name and what it counts.
  func kpi(_ id: String) -> (name: String, counts: String) {
    switch id {
    case "pce.accompanied":
      (
        t("Personnes accompagnées", "Accompanied persons"),
        t("personnes distinctes dont le premier rendez-vous a eu lieu", "distinct persons whose first appointment was held")
      )
    case "pce.first_appointment_wait_days":
      (
        t("Attente du premier rendez-vous", "Wait for a first appointment"),
        t("jours entre la demande et le premier rendez-vous, en moyenne", "days from request to first appointment, on average")
      )
    case "pce.advisor_utilization":
      (
        t("Occupation des conseillers", "Advisor utilisation"),
        t("part du temps de présence au guichet passée en rendez-vous", "share of desk time spent in appointments")
      )
    case "pce.reinforced_caseload":
      (
        t("Portefeuille en accompagnement renforcé", "Reinforced caseload"),
        t("personnes suivies en moyenne sur la période", "persons followed, time average")
      )
    case "pce.exits_to_employment":
      (
        t("Sorties vers l'emploi", "Exits to employment"),
        t("personnes accompagnées sorties vers un emploi", "accompanied persons who left for a job")
      )
    case "workshops.sessions": (t("Séances d'ateliers", "Workshop sessions"), t("séances tenues", "sessions held"))
    case "workshops.attended":
      (t("Participations aux ateliers", "Workshop attendances"), t("personnes présentes, toutes séances", "persons present, all sessions"))
    case "workshops.fill_rate":
      (t("Taux de remplissage des ateliers", "Workshop fill rate"), t("présents ÷ places offertes", "present ÷ seats offered"))
    case "workshops.wait_days":
      (
        t("Attente d'un atelier", "Wait for a workshop"),
        t("jours entre l'inscription et la participation", "days from enrolment to attendance")
      )
    case "invitations.sent": (t("Courriers d'invitation", "Invitation letters"), t("nouveaux inscrits invités", "new registrants invited"))
    case "invitations.responded":
      (
        t("Réponses aux invitations", "Invitation answers"),
        t("invités ayant demandé un rendez-vous dans les 60 jours", "invitees who asked for an appointment within 60 days")
      )
    case "tzcld.volunteers": (t("Volontaires TZCLD", "TZCLD volunteers"), t("PPDE rencontrées et volontaires", "PPDE met who volunteered"))
    case "tzcld.hires":
      (t("Embauches en EBE", "EBE hires"), t("CDI signés par l'entreprise à but d'emploi", "open-ended contracts signed by the EBE"))
    case "tzcld.headcount":
      (t("Effectif de l'EBE", "EBE headcount"), t("salariés en CDI en fin de période", "employees at the end of the period"))
    case "tzcld.fte":
      (t("ETP de l'EBE", "EBE FTE"), t("équivalents temps plein en fin de période", "full-time equivalents at the end of the period"))
    case "tzcld.waiting_list":
      (
        t("Liste d'attente", "Waiting list"),
        t("volontaires en attente d'embauche en fin de période", "volunteers waiting at the end of the period")
      )
    case "tzcld.other_employer_placements":
      (
        t("Embauches par d'autres employeurs", "Hires by other employers"),
        t("volontaires embauchés ailleurs", "volunteers hired elsewhere")
      )
    case "tzcld.ppde_remaining":
      (
        t("PPDE restantes", "Remaining PPDE"),
        t("personnes encore privées durablement d'emploi", "persons still durably deprived of employment")
      )
    case "tzcld.payroll_eur":
      (t("Masse salariale EBE (€)", "EBE payroll (€)"), t("ETP × SMIC × 1,42 (coût employeur)", "FTE × SMIC × 1.42 (employer cost)"))
    case "tzcld.state_cde_eur":
      (t("Contribution de l'État (CDE, €)", "State CDE (€)"), t("ETP × SMIC × taux de CDE", "FTE × SMIC × CDE rate"))
    case "tzcld.departement_eur":
      (t("Part du département (€)", "Département share (€)"), t("15 % de la CDE de l'État (phase 2)", "15 % of the State CDE (phase 2)"))
    case "tzcld.startup_grants_eur":
      (t("Dotation d'amorçage (€)", "Start-up grants (€)"), t("6 200 € par poste créé", "6,200 € per new post"))
    case "tzcld.balance_eur":
      (
        t("Reste à financer par l'activité (€)", "Balance to earn (€)"),
        t("masse salariale + encadrement − financements publics", "payroll + supervision − public funding")
      )
    default: (id, id)
    }
  }

  static let monthsFR = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  ]
  static let monthsEN = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  ]

  func date(_ d: (year: Int, month: Int, day: Int)) -> String {
    fr
      ? "\(d.day == 1 ? "1er" : String(d.day)) \(Self.monthsFR[d.month - 1]) \(d.year)" : "\(d.day) \(Self.monthsEN[d.month - 1]) \(d.year)"
  }

  func number(_ x: Double, digits: Int = 0) -> String {
    fr ? NumberText.report(x, digits: digits) : NumberText.plain(((x * pow10(digits)).rounded()) / pow10(digits))
  }

  func pow10(_ d: Int) -> Double { (0..<d).reduce(1.0) { a, _ in a * 10 } }

  func percent(_ p: Double) -> String { number(p * 100, digits: 0) + (fr ? "\u{202F}%" : " %") }
}
