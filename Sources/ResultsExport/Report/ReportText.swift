import SimulationCore
import TerritoryModel

/// The words of the report, in French (for the council) and English. Texts
/// that state a scenario input (the retention period, the employer cost
/// factor, the département share, the start-up grant) are built from the
/// parameters of the run, when they are given.
struct ReportText {
  let language: ReportLanguage
  let parameters: TerritoryParameters?
  var fr: Bool { language == .fr }

  init(language: ReportLanguage, parameters: TerritoryParameters? = nil) {
    self.language = language
    self.parameters = parameters
  }

  /// A dated table's value in force on the last simulated day, and since when.
  func lastValue(_ table: [DatedValue]) -> (value: Double, from: CivilDate)? {
    guard let end = parameters?.end else { return nil }
    return table.last { $0.from <= end }.map { ($0.value, $0.from) }
  }

  /// "<value> <what>, since <date>" for a money table's value in force on the last day;
  /// the generic words when the report has no parameters.
  func inForce(
    _ table: KeyPath<MoneyTables, [DatedValue]>, _ value: (Double) -> String, _ fr: String, _ en: String, generic: (fr: String, en: String)
  ) -> String {
    guard let (x, from) = parameters.flatMap({ lastValue($0.money[keyPath: table]) }) else { return t(generic.fr, generic.en) }
    return "\(value(x)) \(t(fr, en)), \(since(from))"
  }

  func since(_ d: CivilDate) -> String { t("depuis le \(date((d.year, d.month, d.day)))", "since \(date((d.year, d.month, d.day)))") }

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
        {
          let days = parameters?.invitations.map { number($0.retentionDays) } ?? "60"
          return t(
            "invités ayant demandé un rendez-vous dans les \(days) jours de la liste",
            "invitees who asked for an appointment within the list's \(days) days")
        }()
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
      {
        let factor = shortest(parameters?.money.employerCostFactor ?? 1.42)
        return (
          t("Masse salariale EBE (€)", "EBE payroll (€)"),
          t("ETP × SMIC × \(factor) (coût employeur)", "FTE × SMIC × \(factor) (employer cost)")
        )
      }()
    case "tzcld.state_cde_eur":
      (t("Contribution de l'État (CDE, €)", "State CDE (€)"), t("ETP × SMIC × taux de CDE", "FTE × SMIC × CDE rate"))
    case "tzcld.departement_eur":
      (
        t("Part du département (€)", "Département share (€)"),
        inForce(
          \.departementShare, percent, "de la CDE de l'État", "of the State CDE",
          generic: ("part de la CDE de l'État", "share of the State CDE"))
      )
    case "tzcld.startup_grants_eur":
      (
        t("Dotation d'amorçage (€)", "Start-up grants (€)"),
        inForce(
          \.startupGrant, { "\(number($0)) €" }, "par poste créé", "per new post",
          generic: ("dotation par poste créé", "grant per new post"))
      )
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

  /// A scenario input as written (1.5, not 1.50), with a decimal comma in French.
  func shortest(_ x: Double) -> String { fr ? x.shortestText.replacingOccurrences(of: ".", with: ",") : x.shortestText }

  func percent(_ p: Double) -> String { number(p * 100, digits: 0) + (fr ? "\u{202F}%" : " %") }
}
