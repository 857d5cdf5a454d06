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
    _ table: KeyPath<MoneyTables, [DatedValue]>, _ value: (Double) -> String, _ fr: String, _ en: String, generic: Bilingual
  ) -> String {
    guard let (x, from) = parameters.flatMap({ lastValue($0.money[keyPath: table]) }) else { return t(generic) }
    return "\(value(x)) \(t(fr, en)), \(since(from))"
  }

  func since(_ d: CivilDate) -> String { t("depuis le \(date((d.year, d.month, d.day)))", "since \(date((d.year, d.month, d.day)))") }

  func t(_ fr: String, _ en: String) -> String { self.fr ? fr : en }

  /// Words in the report's language.
  func t(_ words: Bilingual) -> String { fr ? words.fr : words.en }

  /// A KPI's name and what it counts, from the catalogue; the explanations
  /// that state a scenario input say the run's value.
  func kpi(_ kpi: KPI) -> (name: String, counts: String) {
    (t(kpi.name), explanation(kpi))
  }

  func explanation(_ kpi: KPI) -> String {
    switch kpi {
    case .invitationsResponded:
      guard let days = parameters?.invitations.map({ number($0.retentionDays) }) else { break }
      return t(
        "invités ayant demandé un rendez-vous dans les \(days) jours de la liste",
        "invitees who asked for an appointment within the list's \(days) days")
    case .payroll:
      guard let factor = parameters.map({ shortest($0.money.employerCostFactor) }) else { break }
      return t("ETP × SMIC × \(factor) (coût employeur)", "FTE × SMIC × \(factor) (employer cost)")
    case .departement:
      return inForce(\.departementShare, percent, "de la CDE de l'État", "of the State CDE", generic: kpi.explanation)
    case .startupGrants:
      return inForce(\.startupGrant, { "\(number($0)) €" }, "par poste créé", "per new post", generic: kpi.explanation)
    default: break
    }
    return t(kpi.explanation)
  }

  /// A figure of `kpi`, written for its unit: a percentage for shares, the
  /// catalogue's decimals otherwise.
  func figure(_ kpi: KPI, _ x: Double) -> String {
    kpi.unit == .share ? percent(x) : number(x, digits: kpi.digits)
  }

  /// The name with its unit, for a table heading or a chart legend ("Masse salariale de l'EBE (€)").
  func nameWithUnit(_ kpi: KPI) -> String {
    let unit = t(kpi.unit.words)
    return unit.isEmpty ? t(kpi.name) : "\(t(kpi.name)) (\(unit))"
  }

  static let monthsFR = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
  ]
  static let monthsEN = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  ]

  static let shortMonthsFR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
  static let shortMonthsEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// A month on a chart's axis: "janv. 2023", "Jan 2023".
  func shortMonth(year: Int, month: Int) -> String {
    "\((fr ? Self.shortMonthsFR : Self.shortMonthsEN)[month - 1]) \(year)"
  }

  /// "1 000 réplications", "1 réplication": a whole number with its noun.
  func count(_ n: Int, _ singular: String, _ plural: String) -> String {
    "\(number(Double(n))) \(n == 1 ? singular : plural)"
  }

  /// A range of values in words: "de 781 à 852", "781 to 852".
  func range(_ low: String, _ high: String) -> String { fr ? "de \(low) à \(high)" : "\(low) to \(high)" }

  func date(_ d: (year: Int, month: Int, day: Int)) -> String {
    fr
      ? "\(d.day == 1 ? "1er" : String(d.day)) \(Self.monthsFR[d.month - 1]) \(d.year)" : "\(d.day) \(Self.monthsEN[d.month - 1]) \(d.year)"
  }

  func number(_ x: Double, digits: Int = 0) -> String {
    let french = NumberText.report(x, digits: digits)
    return fr ? french : french.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "\u{202F}", with: ",")
  }

  /// A scenario input as written (1.5, not 1.50), with a decimal comma in French.
  func shortest(_ x: Double) -> String { fr ? x.shortestText.replacingOccurrences(of: ".", with: ",") : x.shortestText }

  /// The one percent format of reports and charts: "45 %" (narrow no-break space) in French, "45%" in English.
  func percent(_ p: Double) -> String { fr ? NumberText.percentFR(p) : number(p * 100, digits: 0) + "%" }

  /// A signed figure: "+12", "−3,5".
  func signed(_ x: Double, digits: Int = 0) -> String {
    (x > 0 && number(x, digits: digits) != number(0, digits: digits) ? "+" : "") + number(x, digits: digits)
  }
}
