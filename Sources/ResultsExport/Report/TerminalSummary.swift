import TerritoryModel

/// The short table printed at the end of `tzsim run` and `compare`: each
/// objective's verdict in words, then headline figures with their range of
/// outcomes (8 replications in 10), not the interval of the mean.
public enum TerminalSummary {
  public static func text(_ s: RunSummary, language: ReportLanguage) -> String {
    let t = ReportText(language: language)
    var lines = [
      t.t(
        "Résumé — \(s.scenarioName), \(t.count(s.replications, "réplication", "réplications"))",
        "Summary — \(s.scenarioName), \(t.count(s.replications, "replication", "replications"))")
    ]
    for o in s.objectives { lines.append("  " + verdict(o.objective.id, o, t)) }
    let width = Self.keys.map { Self.label($0, t).count }.max() ?? 20
    for kpi in Self.keys {
      guard let k = s.figure(kpi) else { continue }
      let name = Self.label(kpi, t)
      let st = k.statistics
      let unit = t.t(kpi.unit.words)
      let value = t.figure(kpi, st.mean) + (unit.isEmpty ? "" : " " + unit)
      let spread =
        st.count > 1
        ? t.t("8 sur 10 : ", "8 in 10: ") + t.range(t.figure(kpi, st.quantiles.p10), t.figure(kpi, st.quantiles.p90))
        : t.t("une seule réplication", "one replication")
      let padding = String(repeating: " ", count: max(1, width - name.count + 2))
      lines.append("  " + name + padding + value + "  (" + spread + ")")
    }
    return lines.joined(separator: "\n")
  }

  /// The second verdicts, once the uncertain assumptions are drawn, and the assumption that weighs most on each.
  public static func uncertainty(_ u: UncertaintySummary, language: ReportLanguage) -> String {
    let t = ReportText(language: language)
    var lines = [
      t.t(
        "Compte tenu de l'incertitude sur les hypothèses (\(t.count(u.draws, "tirage", "tirages")) × \(u.replications)) :",
        "Given the uncertainty on the assumptions (\(t.count(u.draws, "draw", "draws")) × \(u.replications)):")
    ]
    for v in u.verdicts {
      var line =
        "  \(v.objectiveID) : \(t.t(Likelihood(probability: v.probability).words)) (\(t.percent(v.probability)) ; "
        + t.t(
          "de \(t.percent(v.low)) à \(t.percent(v.high)) selon les tirages)",
          "from \(t.percent(v.low)) to \(t.percent(v.high)) across draws)")
      if let s = u.sensitivities.first(where: { $0.output == UncertaintySummary.objectiveOutput(v.objectiveID) }), s.variance > 0,
        let top = s.ranking.first, s.indices[top].total >= 0.05
      {
        line += t.t(", surtout ", ", mostly ") + u.inputs[top].path
      }
      lines.append(language == .fr ? line : line.replacingOccurrences(of: " : ", with: ": ").replacingOccurrences(of: " ; ", with: "; "))
    }
    return lines.joined(separator: "\n")
  }

  /// Each option's verdict on the first objective, beside the baseline's.
  public static func options(_ c: ComparisonSummary, language: ReportLanguage) -> String {
    let t = ReportText(language: language)
    guard let first = c.baseline.objectives.first else { return "" }
    var lines = [t.t("Options — objectif \(first.objective.id)", "Options — objective \(first.objective.id)")]
    let rows = [(t.t("référence", "baseline"), first)] + c.options.compactMap { o in o.summary.objectives.first.map { (o.name, $0) } }
    let width = rows.map(\.0.count).max() ?? 10
    for (name, o) in rows {
      lines.append("  " + name + String(repeating: " ", count: width - name.count + 2) + verdict(nil, o, t))
    }
    return lines.joined(separator: "\n")
  }

  /// "accompanied-2020 : probable (71 % ; IC 95 % de 67 % à 75 %), 8 sur 10 : de 781 à 852".
  static func verdict(_ id: String?, _ o: RunSummary.ObjectiveResult, _ t: ReportText) -> String {
    let (lo, hi) = o.probabilityCI95
    let kpi = o.objective.kpi.kpi
    let q = o.value.quantiles
    let head = id.map { t.t("\($0) : ", "\($0): ") } ?? ""
    return head + t.t(Likelihood(probability: o.probability).words) + " (" + t.percent(o.probability) + t.t(" ; IC 95 % ", "; 95% CI ")
      + t.range(t.percent(lo), t.percent(hi)) + "), " + t.t("8 sur 10 : ", "8 in 10: ")
      + t.range(t.figure(kpi, q.p10), t.figure(kpi, q.p90))
  }

  /// The figures printed, in order.
  static let keys: [KPI] = [.accompanied, .firstAppointmentWait, .advisorUtilization, .workshopFillRate, .hires, .headcount]

  /// A figure's name and what its whole-horizon value is: a total, a value at the end, or a mean.
  static func label(_ kpi: KPI, _ t: ReportText) -> String {
    let scope: String
    switch kpi.kind {
    case .level: scope = t.t("fin de période", "at the end")
    case .count: scope = t.t("total de la période", "total")
    default: scope = t.t("moyenne", "mean")
    }
    return "\(t.t(kpi.name)) (\(scope))"
  }
}
