import SimulationCore
public import TerritoryModel

extension ObservedFile {
  /// Series as the file ``read(bytes:file:)`` reads, for a French spreadsheet:
  /// `month;kpi;value;source;dimension`, `;` with a decimal comma, UTF-8 with a
  /// byte-order mark; one row per month, series in the order given, months in
  /// order. A source that a spreadsheet would read as a formula is written as text.
  ///
  /// ```swift
  /// let text = ObservedFile.text([ObservedSeries(kpi: .accompanied, source: "Tableau de bord", values: ["2020-01": 61])])
  /// // "\u{FEFF}month;kpi;value;source;dimension\n2020-01;pce.accompanied;61;Tableau de bord;\n"
  /// ```
  public static func text(_ series: [ObservedSeries]) -> String {
    var out = "\u{FEFF}month;kpi;value;source;dimension\n"
    for s in series {
      for month in s.values.keys.sorted() {
        let value = s.values[month]!.shortestText.replacingOccurrences(of: ".", with: ",")
        out += [month, s.kpi.id, value, SpreadsheetCell.field(s.source, separator: ";"), s.dimension].joined(separator: ";") + "\n"
      }
    }
    return out
  }
}
