import Foundation
public import TerritoryModel

/// Reads observed monthly series: a CSV file with a header
/// `month,kpi,value,source` (`;` or `,`; a decimal comma with `;`), one row per
/// month and KPI. The KPI is a stable identifier of the catalogue with a
/// monthly series (`pce.accompanied`, `workshops.attended`,
/// `invitations.responded`, `tzcld.hires`, `tzcld.headcount`, …). An optional
/// `dimension` column, `site=<id>`, observes persons accompanied at one place.
///
/// ```text
/// month;kpi;value;source
/// 2020-01;pce.accompanied;61;Tableau de bord des PCE, janvier 2020
/// ```
public enum ObservedFile {
  /// The KPIs that have a simulated monthly series to compare with.
  public static var comparable: [KPI] {
    KPI.all.filter { !$0.isInternal && ($0.kind == .count || $0.kind == .level || $0.kind == .mean || $0.kind == .ratio) && $0.isMonthly }
  }

  public static func read(bytes: [UInt8], file: String) throws(ImportProblem) -> [ObservedSeries] {
    let table = try CSVTable(bytes: bytes, file: file)
    let names = table.header.map { $0.lowercased() }
    func column(_ name: String) throws(ImportProblem) -> Int {
      guard let i = names.firstIndex(of: name) else {
        throw ImportProblem(
          file: file, "no column `\(name)`; the columns are: \(table.header.joined(separator: ", "))",
          hint: "the header must be month, kpi, value, source")
      }
      return i
    }
    let (m, k, v, s) = (try column("month"), try column("kpi"), try column("value"), try column("source"))
    let d = names.firstIndex(of: "dimension")
    var series: [String: (KPI, String, String, [String: Double])] = [:]
    var order: [String] = []
    for (line, f) in table.records where !f.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
      func cell(_ i: Int) -> String { i < f.count ? f[i].trimmingCharacters(in: .whitespaces) : "" }
      let month = cell(m)
      guard month.count == 7, let y = Int(month.prefix(4)), let mo = Int(month.suffix(2)), month.dropFirst(4).first == "-",
        (1...12).contains(mo),
        (1900...2200).contains(y)
      else {
        throw ImportProblem(file: file, "line \(line): the month must be written YYYY-MM", hint: "e.g. 2020-03")
      }
      guard let kpi = KPI.named(cell(k)), comparable.contains(kpi) else {
        throw ImportProblem(
          file: file, "line \(line): `\(cell(k))` is not a KPI with a monthly series",
          hint: "use one of \(comparable.map(\.id).joined(separator: ", "))")
      }
      let text = table.delimiter == ";" ? cell(v).replacingOccurrences(of: ",", with: ".") : cell(v)
      guard let value = Double(text), value.isFinite, value >= 0 else {
        throw ImportProblem(file: file, "line \(line): the value must be a number ≥ 0", hint: nil)
      }
      let dimension = d.map(cell) ?? ""
      if !dimension.isEmpty && !(kpi == .accompanied && dimension.hasPrefix("site=") && dimension.count > 5) {
        throw ImportProblem(
          file: file, "line \(line): the dimension must be empty or `site=<id>` with pce.accompanied",
          hint: "persons accompanied per place are the split series simulated month by month")
      }
      let key = dimension.isEmpty ? kpi.id : "\(kpi.id)[\(dimension)]"
      if series[key] == nil {
        series[key] = (kpi, dimension, cell(s), [:])
        order.append(key)
      }
      if series[key]!.3[month] != nil {
        throw ImportProblem(file: file, "line \(line): `\(key)` has two values for \(month)", hint: "keep one row per month and KPI")
      }
      series[key]!.3[month] = value
    }
    return order.map { ObservedSeries(kpi: series[$0]!.0, dimension: series[$0]!.1, source: series[$0]!.2, values: series[$0]!.3) }
  }

  /// What the scenario cannot compare: a place it does not have.
  public static func problems(_ series: [ObservedSeries], parameters p: TerritoryParameters) -> [String] {
    let places = Set(p.sites.map(\.id) + p.permanences.map(\.id))
    return series.filter { !$0.dimension.isEmpty && !places.contains(String($0.dimension.dropFirst(5))) }.map {
      "`\($0.key)`: the scenario has no site or permanence `\($0.dimension.dropFirst(5))`"
    }
  }
}
