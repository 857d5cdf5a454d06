import SimulationCore

extension MoneyTables {
  /// The tables of a national study: the defaults, with the SMIC of 2017
  /// (the first wave's first year) in front.
  public static let national: MoneyTables = {
    var m = MoneyTables()
    m.monthlySMIC.insert(
      DatedValue(
        from: d(2017, 1), value: 1480.30,
        source: "SMIC 2017: 9.76 €/h × 151.67 h (décret 2016-1818; not in the shared reference, a public décret)"),
      at: 0)
    return m
  }()
}
