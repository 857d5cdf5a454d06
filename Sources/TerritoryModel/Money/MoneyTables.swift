import SimulationCore

/// The dated tables that turn FTE into euros, each row with its source
/// (figures from the project's reference `tzcld-facts.md`).
public struct MoneyTables: Hashable, Sendable {
  /// Gross monthly SMIC at 35 h (hourly × 151.67 h), €.
  public var monthlySMIC: [DatedValue]
  /// State CDE as a share of the gross SMIC per FTE.
  public var cdeRate: [DatedValue]
  /// Département share, as a fraction of the State CDE.
  public var departementShare: [DatedValue]
  /// Start-up grant ("dotation d'amorçage") per new post, €.
  public var startupGrant: [DatedValue]
  /// All-in employer cost as a multiple of the gross SMIC: 1.42, derived from
  /// IGAS/IGF 2019 (≈ 26,000 € per FTE ÷ 18,254.6 € of 2019 SMIC).
  public var employerCostFactor: Double

  public init(
    monthlySMIC: [DatedValue] = MoneyTables.defaultSMIC, cdeRate: [DatedValue] = MoneyTables.defaultCDERate,
    departementShare: [DatedValue] = MoneyTables.defaultDepartementShare,
    startupGrant: [DatedValue] = MoneyTables.defaultStartupGrant, employerCostFactor: Double = 1.42
  ) {
    self.monthlySMIC = monthlySMIC
    self.cdeRate = cdeRate
    self.departementShare = departementShare
    self.startupGrant = startupGrant
    self.employerCostFactor = employerCostFactor
  }

  static func d(_ y: Int, _ m: Int, _ day: Int = 1) -> CivilDate { CivilDate(year: y, month: m, day: day)! }

  /// SMIC, France métropolitaine, gross monthly at 35 h.
  public static let defaultSMIC: [DatedValue] = [
    DatedValue(from: d(2018, 1), value: 1498.47, source: "SMIC 2018: 9.88 €/h (astuceshebdo.com; ASH)"),
    DatedValue(from: d(2019, 1), value: 1521.22, source: "SMIC 2019: 10.03 €/h (hans-associes.fr; agecor.fr)"),
    DatedValue(from: d(2020, 1), value: 1539.42, source: "SMIC 2020: 10.15 €/h (décret 2019-1387; bpifrance-creation.fr)"),
    DatedValue(from: d(2021, 1), value: 1554.58, source: "SMIC 1 Jan 2021: 10.25 €/h (bpifrance-creation.fr)"),
    DatedValue(from: d(2021, 10), value: 1589.47, source: "SMIC 1 Oct 2021: 10.48 €/h (bpifrance-creation.fr)"),
    DatedValue(from: d(2022, 1), value: 1603.12, source: "SMIC 1 Jan 2022: 10.57 €/h (bpifrance-creation.fr)"),
    DatedValue(from: d(2022, 5), value: 1645.58, source: "SMIC 1 May 2022: 10.85 €/h (bpifrance-creation.fr)"),
    DatedValue(from: d(2022, 8), value: 1678.95, source: "SMIC 1 Aug 2022: 11.07 €/h (bpifrance-creation.fr; akto.fr)"),
    DatedValue(from: d(2023, 1), value: 1709.28, source: "SMIC 1 Jan 2023: 11.27 €/h (bpifrance-creation.fr)"),
    DatedValue(from: d(2023, 5), value: 1747.20, source: "SMIC 1 May 2023: 11.52 €/h (arrêté 26/04/2023)"),
    DatedValue(from: d(2024, 1), value: 1766.92, source: "SMIC 1 Jan 2024: 11.65 €/h (talenz.fr)"),
    DatedValue(from: d(2024, 11), value: 1801.80, source: "SMIC 1 Nov 2024: 11.88 €/h (décret 2024-951); no rise on 1 Jan 2025"),
  ]

  /// State share of the CDE per FTE, as a fraction of the gross SMIC.
  public static let defaultCDERate: [DatedValue] = [
    DatedValue(from: d(2017, 1), value: 1.01, source: "101 % in 2017 (ASH n°2992)"),
    DatedValue(from: d(2019, 1), value: 0.95, source: "95 % in 2019–2020, 17,549 €/FTE in 2020 (Banque des Territoires, JO 16/02/2020)"),
    DatedValue(from: d(2021, 7), value: 1.02, source: "102 % from phase 2 (décret 2021-863) to 30 Sep 2023 (Sénat qSEQ231108952)"),
    DatedValue(from: d(2023, 10), value: 0.95, source: "95 % from 1 Oct 2023 (arrêté 31/07/2023; Sénat qSEQ241000228)"),
  ]

  /// Département share of the State CDE: a phase-2 rule; none was mandated in phase 1.
  public static let defaultDepartementShare: [DatedValue] = [
    DatedValue(
      from: d(2017, 1), value: 0,
      source: "phase 1 (2017 to June 2021): the 15 % share is a phase-2 rule, none mandated before (AEF info 650875)"),
    DatedValue(from: d(2021, 7), value: 0.15, source: "15 % of the State participation, phase 2 (AEF info 650875; Sénat qSEQ231008708)"),
  ]

  /// Start-up grant per new post: a phase-2 measure, none in phase 1.
  public static let defaultStartupGrant: [DatedValue] = [
    DatedValue(
      from: d(2017, 1), value: 0, source: "phase 1 (2017 to June 2021): the start-up grant is a phase-2 measure (DARES report Sept 2025)"),
    DatedValue(
      from: d(2021, 7), value: 6200, source: "6,200 € per job in its year of creation (DARES report Sept 2025, Journal des entreprises)"),
  ]
}
