/// Which months of a horizon get a label, and how each is written, so that
/// labels never run into each other: the smallest step (1, 2, 3, 6 months,
/// then 1, 2, 5, 10 years) whose widest label fits, aligned on the calendar
/// (quarters start in January, years label their January).
struct MonthAxis {
  /// Indices into the months, and their labels.
  let ticks: [(index: Int, text: String)]

  static let steps = [1, 2, 3, 6, 12, 24, 60, 120]

  init(months: [(year: Int, month: Int)], pixelsPerMonth: Double, size: Double, language: ReportLanguage) {
    let t = ReportText(language: language)
    func label(_ m: (year: Int, month: Int), step: Int) -> String {
      step >= 12 ? String(m.year) : t.shortMonth(year: m.year, month: m.month)
    }
    guard months.count > 1 else {
      ticks = months.first.map { [(0, label($0, step: 1))] } ?? []
      return
    }
    for step in Self.steps {
      let chosen = months.indices.filter { i in
        let m = months[i]
        return step >= 12 ? m.month == 1 && m.year % (step / 12) == 0 : (m.month - 1) % step == 0
      }
      let widest = chosen.map { ChartLabel.estimatedWidth(label(months[$0], step: step), size: size) }.max() ?? 0
      if widest + 10 <= Double(step) * pixelsPerMonth || step == Self.steps.last {
        // A horizon shorter than the step still shows its first month.
        let indices = chosen.isEmpty ? [0] : chosen
        ticks = indices.map { ($0, label(months[$0], step: chosen.isEmpty ? 1 : step)) }
        return
      }
    }
    ticks = []
  }

  /// "2023-07" → (2023, 7).
  static func parse(_ months: [String]) -> [(year: Int, month: Int)] {
    months.map { s in
      let p = s.split(separator: "-")
      return (Int(p.first ?? "") ?? 0, Int(p.dropFirst().first ?? "") ?? 1)
    }
  }
}
