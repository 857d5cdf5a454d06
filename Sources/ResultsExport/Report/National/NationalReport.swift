public import TerritoryModel

/// The national chapter, in French: the replay beside the published figures,
/// the fit of the first wave, headcounts by wave, money against the credits
/// with the probability they suffice, the fund's cap and whom it hits, and
/// Troyes' place in its wave. Markdown and HTML from the same blocks; each
/// chart as SVG with its data as CSV.
public struct NationalReport: Sendable {
  /// A fitted number of a typical profile.
  public struct FittedKey: Sendable {
    public var path: String
    public var value: Double
    public var low: Double
    public var high: Double

    public init(path: String, value: Double, low: Double, high: Double) {
      self.path = path
      self.value = value
      self.low = low
      self.high = high
    }
  }

  /// An observation of one territory beside its simulated band.
  public struct Check: Sendable {
    public var territory: String
    public var month: YearMonth
    public var hires: Bool
    public var observed: Double
    public var band: NationalBand
    /// Used by the fit (else out of sample).
    public var fitted: Bool
    public var source: String

    public init(territory: String, month: YearMonth, hires: Bool, observed: Double, band: NationalBand, fitted: Bool, source: String) {
      self.territory = territory
      self.month = month
      self.hires = hires
      self.observed = observed
      self.band = band
      self.fitted = fitted
      self.source = source
    }
  }

  /// The fit's verdict.
  public struct FitVerdict: Sendable {
    public var keys: [FittedKey]
    public var pValue: Double
    public var moments: Int
    public var replications: Int
    /// The last month of the observations fitted.
    public var until: YearMonth

    public init(keys: [FittedKey], pValue: Double, moments: Int, replications: Int, until: YearMonth) {
      self.until = until
      self.keys = keys
      self.pValue = pValue
      self.moments = moments
      self.replications = replications
    }
  }

  public let summary: NationalSummary
  /// The same replications without any cap (nil: the rule is already `unlimited`).
  public let unlimited: NationalSummary?
  public let points: [NationalPoint]
  public let fit: FitVerdict?
  public let checks: [Check]
  public let file: String
  public let seed: UInt64
  public let assumptions: [String]
  /// Lines of the record the study read.
  public let recordLines: Int
  let t = ReportText(language: .fr)

  public init(
    summary: NationalSummary, unlimited: NationalSummary?, points: [NationalPoint], fit: FitVerdict?, checks: [Check], file: String,
    seed: UInt64, assumptions: [String], recordLines: Int
  ) {
    self.summary = summary
    self.unlimited = unlimited
    self.points = points
    self.fit = fit
    self.checks = checks
    self.file = file
    self.seed = seed
    self.assumptions = assumptions
    self.recordLines = recordLines
  }

  var p: NationalParameters { summary.parameters }

  func n(_ x: Double, _ digits: Int = 0) -> String { x.isFinite ? t.number(x, digits: digits) : "—" }
  func euros(_ x: Double) -> String { x.isFinite ? "\(t.number(x / 1e6, digits: 1)) M€" : "—" }
  func band(_ b: NationalBand, _ digits: Int = 0) -> String { "\(n(b.low, digits)) à \(n(b.high, digits))" }
  func monthText(_ m: YearMonth) -> String { t.shortMonth(year: m.year, month: m.month) }

  /// The headline figures a terminal prints and the closing note quotes.
  public var headline: [String] {
    var lines: [String] = []
    for y in [2018, 2022, 2024, 2026] {
      if let b = summary.band(.headcount, at: YearMonth(year: y, month: 12)) {
        lines.append("salariés des EBE fin \(y) : \(n(b.mean)) (8 sur 10 : \(band(b)))")
      }
    }
    for y in summary.years where (2026...2030).contains(y.year) && y.credit != nil {
      lines.append("\(y.year) : crédits suffisants dans \(t.percent(Double(y.sufficed) / Double(max(1, y.replications)))) des tirages")
    }
    return lines
  }
}
