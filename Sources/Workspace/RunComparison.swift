import Foundation
import ScenarioFormat
import SimulationCore
import Stochastic
import Studies
import TerritoryModel

/// Two finished runs side by side: how their scenarios differ, line by line,
/// and each figure's mean in both with the difference and its 95 % interval.
///
/// **Paired or not.** When both runs used the same seed, replication *i* of
/// one and replication *i* of the other drew from the same random streams
/// (common random numbers): the difference is then taken replication by
/// replication, over the first min(n₁, n₂) of them, and its interval is the
/// Student interval of those paired differences — far narrower when the two
/// scenarios differ little. With different seeds the runs are independent and
/// the interval is Welch's (two means, unequal variances).
///
/// ```swift
/// let c = try RunComparison(older, newer, in: workspace)
/// c.paired                          // true when the seeds match
/// c.figures[0].difference.mean      // newer − older
/// ```
public struct RunComparison: Sendable {
  public struct Figure: Sendable {
    public let key: String
    /// The figure's French name (its key when the catalogue has none).
    public let name: String
    public let digits: Int
    public let isShare: Bool
    public let meanA: Double
    public let meanB: Double
    /// B − A, with its 95 % interval (nan when it cannot be computed: fewer than two replications).
    public let difference: Double
    public let low: Double
    public let high: Double
    /// Whether the interval leaves 0 out.
    public var isClear: Bool { low.isFinite && high.isFinite && (low > Self.zero(meanA) || high < -Self.zero(meanA)) }

    /// Below this, a difference is rounding: the two runs computed the same figure.
    static func zero(_ scale: Double) -> Double { 1e-9 * max(1, abs(scale.isFinite ? scale : 0)) }
  }

  public let a: RunRecord
  public let b: RunRecord
  public let paired: Bool
  /// Replications compared (paired: the pairs; otherwise each run's own count).
  public let pairs: Int
  public let scenarioDiff: LineDiff
  /// The headline figures (each objective's, the wait, the utilisation), then the others over the whole horizon.
  public let figures: [Figure]
  public let headlineCount: Int

  public init(_ a: RunRecord, _ b: RunRecord, in workspace: Workspace) throws {
    for r in [a, b] {
      guard r.status == .done, r.kind.hasReplications, let folder = r.folder else {
        throw WorkspaceProblem(
          .invalid, "le calcul n° \(r.id ?? 0) n'a pas de réplications à comparer (seuls les calculs terminés, hors plans, en ont)")
      }
      guard workspace.runFile(folder, ["replications.csv"]) != nil else {
        throw WorkspaceProblem(.notFound, "les fichiers du calcul n° \(r.id ?? 0) ne sont plus dans tzsim-runs/")
      }
    }
    self.a = a
    self.b = b
    let ta = try Self.table(a, workspace)
    let tb = try Self.table(b, workspace)
    let isPaired = a.seed == b.seed
    paired = isPaired
    pairs = min(ta.rows.count, tb.rows.count)
    scenarioDiff = LineDiff(old: String(decoding: a.scenario, as: UTF8.self), new: String(decoding: b.scenario, as: UTF8.self))
    var headline: [String] = []
    for r in [b, a] {
      if let s = try? workspace.decoded.decode(bytes: [UInt8](r.scenario), file: r.scenarioFile) {
        for k in StudyFold.headlineKeys(s.parameters) where !headline.contains(k) { headline.append(k) }
      }
    }
    let overall = tb.columns.keys.filter { k in
      !k.contains("@") && !k.contains("[") && ta.columns[k] != nil && !(KPI.named(k)?.isInternal ?? true)
    }.sorted()
    let keys = headline.filter { ta.columns[$0] != nil && tb.columns[$0] != nil } + overall.filter { !headline.contains($0) }
    headlineCount = headline.filter { ta.columns[$0] != nil && tb.columns[$0] != nil }.count
    figures = keys.map { k in Self.figure(k, ta, tb, paired: isPaired) }
  }

  struct Table {
    var columns: [String: Int] = [:]
    var rows: [[Double?]] = []
    func values(_ key: String) -> [Double] { columns[key].map { c in rows.compactMap { $0[c] } } ?? [] }
  }

  /// `replications.csv` of run `r` (either CSV flavour: `;` with decimal commas, or `,` with points).
  static func table(_ r: RunRecord, _ workspace: Workspace) throws -> Table {
    guard let url = workspace.runFile(r.folder ?? "", ["replications.csv"]), let data = FileManager.default.contents(atPath: url.path)
    else { throw WorkspaceProblem(.notFound, "les fichiers du calcul n° \(r.id ?? 0) ne sont plus dans tzsim-runs/") }
    let csv: CSVTable
    do { csv = try CSVTable(bytes: [UInt8](data), file: "replications.csv") } catch {
      throw WorkspaceProblem(.invalid, "les réplications du calcul n° \(r.id ?? 0) ne se lisent pas")
    }
    let french = csv.delimiter == ";"
    var t = Table()
    for (i, name) in csv.header.enumerated() where i > 0 { t.columns[name] = i }
    t.rows = csv.records.map { record in
      record.fields.map { cell in Double(french ? cell.replacingOccurrences(of: ",", with: ".") : cell) }
    }
    return t
  }

  static func figure(_ key: String, _ ta: Table, _ tb: Table, paired: Bool) -> Figure {
    let x = ta.values(key)
    let y = tb.values(key)
    let ma = mean(x)
    let mb = mean(y)
    var low = Double.nan
    var high = Double.nan
    var difference = mb - ma
    if paired, let c = ta.columns[key], let d = tb.columns[key] {
      let n = min(ta.rows.count, tb.rows.count)
      let diffs = (0..<n).compactMap { i -> Double? in
        guard let u = ta.rows[i][c], let v = tb.rows[i][d] else { return nil }
        return v - u
      }
      difference = mean(diffs)
      if diffs.count > 1 {
        let h = StudentT.quantile(0.975, degreesOfFreedom: Double(diffs.count - 1)) * (variance(diffs) / Double(diffs.count)).squareRoot()
        (low, high) = (difference - h, difference + h)
      }
    } else if x.count > 1, y.count > 1 {
      let va = variance(x) / Double(x.count)
      let vb = variance(y) / Double(y.count)
      let se = (va + vb).squareRoot()
      // Welch–Satterthwaite degrees of freedom (a large number when both variances are 0).
      let df = va + vb > 0 ? (va + vb) * (va + vb) / (va * va / Double(x.count - 1) + vb * vb / Double(y.count - 1)) : 1e6
      let h = StudentT.quantile(0.975, degreesOfFreedom: df) * se
      (low, high) = (difference - h, difference + h)
    }
    // A figure of one period (`pce.accompanied@2025`) is named with it: « Personnes accompagnées en 2025 ».
    let parts = key.split(separator: "@", maxSplits: 1).map(String.init)
    let named = KPI.named(parts[0]).map { $0.name.fr + (parts.count > 1 ? " en \(parts[1])" : "") } ?? key
    let kpi = KPI.named(parts[0])
    if abs(difference) < Figure.zero(ma) { difference = 0 }
    if low.isFinite, abs(low) < Figure.zero(ma), abs(high) < Figure.zero(ma) { (low, high) = (0, 0) }
    return Figure(
      key: key, name: named, digits: kpi.map { $0.digits } ?? 1, isShare: kpi?.unit == .share, meanA: ma, meanB: mb,
      difference: difference, low: low, high: high)
  }

  static func mean(_ v: [Double]) -> Double { v.isEmpty ? .nan : v.reduce(0, +) / Double(v.count) }

  static func variance(_ v: [Double]) -> Double {
    guard v.count > 1 else { return .nan }
    let m = mean(v)
    return v.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(v.count - 1)
  }
}
