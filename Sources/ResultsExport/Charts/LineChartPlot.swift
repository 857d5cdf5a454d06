extension LineChart {
  /// Where the plotting area stands in the picture, and the month index and
  /// value of each point mapped to it (values clamped to [0, maxY]).
  struct Plot {
    let left: Double
    let top: Double
    let width: Double
    let height: Double
    /// Months on the horizontal axis (at least 1).
    let months: Int
    let maxY: Double

    var right: Double { left + width }
    var bottom: Double { top + height }

    func x(_ i: Double) -> Double { left + (months == 1 ? width / 2 : width * i / Double(months - 1)) }
    func y(_ v: Double) -> Double { top + height * (1 - (v.isFinite ? max(0, min(v, maxY)) : 0) / maxY) }
  }
}
