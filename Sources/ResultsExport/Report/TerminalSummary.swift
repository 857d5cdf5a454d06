import TerritoryModel

/// The short table printed at the end of `tzsim run`.
public enum TerminalSummary {
  public static func text(_ s: RunSummary, language: ReportLanguage) -> String {
    let t = ReportText(language: language)
    var lines = [
      t.t("Résumé — \(s.scenarioName), \(s.replications) réplications", "Summary — \(s.scenarioName), \(s.replications) replications")
    ]
    for o in s.objectives {
      let (lo, hi) = o.probabilityCI95
      lines.append(
        "  \(o.objective.id): " + t.t("probabilité d'atteinte", "probability met")
          + " \(t.number(o.probability, digits: 2)) (IC 95 % \(t.number(lo, digits: 2))–\(t.number(hi, digits: 2))), "
          + t.t("valeur moyenne", "mean value") + " \(t.number(o.value.mean, digits: 1))")
    }
    let width = Self.keys.map { Self.label($0, t).count }.max() ?? 20
    for kpi in Self.keys {
      guard let k = s.figure(kpi) else { continue }
      let name = Self.label(kpi, t)
      let st = k.statistics
      let unit = t.t(kpi.unit.words)
      let value = t.figure(kpi, st.mean) + (unit.isEmpty ? "" : " " + unit)
      let interval: String
      if st.hasInterval {
        interval = t.t("IC 95 %", "95 % CI") + " " + t.figure(kpi, st.ci95.low) + "–" + t.figure(kpi, st.ci95.high)
      } else {
        interval = t.t("IC 95 % non défini : une seule réplication", "95 % CI undefined: one replication")
      }
      let padding = String(repeating: " ", count: max(1, width - name.count + 2))
      lines.append("  " + name + padding + value + "  (" + interval + ")")
    }
    return lines.joined(separator: "\n")
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
