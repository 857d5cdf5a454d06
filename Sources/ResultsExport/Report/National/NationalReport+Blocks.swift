import TerritoryModel

extension NationalReport {
  static let blue = "#1f5fa6"
  static let orange = "#b85c00"
  static let grey = "#6b6b6b"

  var monthLabels: [String] { summary.months.map(\.description) }

  /// The published national figures beside the replay: (label, observed, band, inside, source).
  public var replay: [(label: String, observed: Double, band: NationalBand, money: Bool, source: String)] {
    points.compactMap { point in
      let month = YearMonth(year: point.date.year, month: point.date.month ?? 12)
      switch point.measure {
      case .headcount:
        return summary.band(.headcount, at: month).map {
          ("Salariés des EBE, fin \(monthText(month))", point.value, $0, false, point.source)
        }
      case .hiresCumulative:
        return summary.band(.hiresCumulative, at: month).map {
          ("Embauches depuis 2017, fin \(monthText(month))", point.value, $0, false, point.source)
        }
      case .fteYear:
        return summary.year(point.date.year).map { ("ETP moyens en \(point.date.year)", point.value, $0.fte, false, point.source) }
      case .stateSpendYear:
        return summary.year(point.date.year).map { ("Dépense de l'État en \(point.date.year)", point.value, $0.spend, true, point.source) }
      }
    }
  }

  var headcountChart: Chart {
    let hc = summary.series[NationalSeries.headcount.rawValue]
    var series = [
      LineChart.Series(
        name: "Salariés des EBE (règle du fonds)", color: Self.blue, mean: hc.map(\.mean), low: hc.map(\.low), high: hc.map(\.high))
    ]
    if let u = unlimited {
      let m = u.series[NationalSeries.headcount.rawValue].map(\.mean)
      series.append(LineChart.Series(name: "Sans plafond des crédits (moyenne)", color: Self.orange, mean: m, low: m, high: m))
    }
    let observed = points.filter { $0.measure == .headcount }.compactMap { point -> (index: Int, value: Double)? in
      let i = p.start.months(to: YearMonth(year: point.date.year, month: point.date.month ?? 12))
      return summary.months.indices.contains(i) ? (i, point.value) : nil
    }
    return LineChart.make(
      id: "national-salaries", title: "Salariés des entreprises à but d'emploi, France", yLabel: "salariés", months: monthLabels,
      series: series, observed: ("Chiffres publiés", observed), language: .fr)
  }

  /// Each year's spending and credits drawn over the year's months (a step a year), so the axis reads as any other.
  var moneyChart: Chart {
    let months = summary.months
    func yearly(_ f: (NationalYear) -> Double) -> [Double] {
      months.map { m in summary.year(m.year).map(f) ?? .nan }
    }
    var free: [LineChart.Series] = []
    if let u = unlimited {
      let demand = months.map { m in u.year(m.year).map { $0.spend.mean / 1e6 } ?? .nan }
      free.append(LineChart.Series(name: "Sans plafond (moyenne)", color: Self.grey, mean: demand, low: demand, high: demand))
    }
    return LineChart.make(
      id: "national-credits", title: "Dépense de l'État et crédits votés, par an (M€)", yLabel: "M€ par an", months: monthLabels,
      series: [
        LineChart.Series(
          name: "Dépense de l'État (part CDE et dotations)", color: Self.blue, mean: yearly { $0.spend.mean / 1e6 },
          low: yearly { $0.spend.low / 1e6 }, high: yearly { $0.spend.high / 1e6 }),
        LineChart.Series(
          name: "Crédits votés", color: Self.orange, mean: yearly { ($0.credit ?? .nan) / 1e6 }, low: yearly { ($0.credit ?? .nan) / 1e6 },
          high: yearly { ($0.credit ?? .nan) / 1e6 }),
      ] + free, language: .fr)
  }

  func waveHeadcount(_ wave: Int) -> [Double] {
    summary.months.indices.map { m in
      summary.territories.indices.filter { summary.territories[$0].wave == wave }.reduce(0) { $0 + summary.territoryHeadcount[$1][m] }
    }
  }

  var wavesChart: Chart {
    let w1 = waveHeadcount(1)
    let w2 = waveHeadcount(2)
    return LineChart.make(
      id: "national-vagues", title: "Salariés des EBE par vague d'habilitation (moyenne)", yLabel: "salariés", months: monthLabels,
      series: [
        LineChart.Series(name: "Première vague (loi de 2016)", color: Self.blue, mean: w1, low: w1, high: w1),
        LineChart.Series(name: "Deuxième vague (loi de 2020)", color: Self.orange, mean: w2, low: w2, high: w2),
      ], language: .fr)
  }

  /// The detailed territory's ramp (Troyes) and its wave's, by month since its opening.
  var rampChart: Chart? {
    guard let detailed = summary.ramps.first(where: { $0.label != "wave 1" && $0.label != "wave 2" }),
      let plan = summary.territories.first(where: { $0.id == detailed.label }), let d = plan.detailed
    else { return nil }
    let wave = summary.ramps.first { $0.label == "wave \(plan.wave)" }
    let opening = YearMonth(d.opening)
    let count = min(NationalAggregator.rampMonths + 1, opening.months(to: p.end) + 1)
    guard count > 1 else { return nil }
    let labels = (0..<count).map { opening.adding(months: $0).description }
    let mine = Array(detailed.bands.prefix(count))
    var series = [
      LineChart.Series(name: plan.name, color: Self.blue, mean: mine.map(\.mean), low: mine.map(\.low), high: mine.map(\.high))
    ]
    if let wave {
      let w = Array(wave.bands.prefix(count))
      series.append(
        LineChart.Series(
          name: "Territoires de sa vague, au même âge", color: Self.grey, mean: w.map(\.mean), low: w.map(\.low), high: w.map(\.high)))
    }
    let observed = checks.filter { $0.territory == plan.id && !$0.hires }.compactMap { c -> (index: Int, value: Double)? in
      let i = opening.months(to: c.month)
      return i >= 0 && i < count ? (i, c.observed) : nil
    }
    return LineChart.make(
      id: "national-rampe-\(plan.id)", title: "\(plan.name) : salariés depuis l'ouverture, face à sa vague", yLabel: "salariés",
      months: labels, series: series, observed: ("Chiffres publiés", observed), language: .fr)
  }
}
