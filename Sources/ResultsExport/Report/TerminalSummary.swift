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
    let keys = [
      "pce.accompanied", "pce.first_appointment_wait_days", "pce.advisor_utilization", "workshops.fill_rate", "tzcld.hires",
      "tzcld.headcount",
    ]
    func label(_ key: String) -> String {
      let scope: String
      switch key {
      case "tzcld.headcount": scope = t.t("fin de période", "at the end")
      case "pce.accompanied", "tzcld.hires": scope = t.t("total de la période", "total")
      default: scope = t.t("moyenne", "mean")
      }
      return "\(t.kpi(key).name) (\(scope))"
    }
    let width = keys.map { label($0).count }.max() ?? 20
    for key in keys {
      guard let k = s.kpi(key) else { continue }
      let name = label(key)
      let ratio = key.hasSuffix("utilization") || key.hasSuffix("fill_rate")
      let value = ratio ? t.percent(k.statistics.mean) : t.number(k.statistics.mean, digits: key.hasSuffix("days") ? 1 : 0)
      let lo = ratio ? t.percent(k.statistics.ci95.low) : t.number(k.statistics.ci95.low, digits: key.hasSuffix("days") ? 1 : 0)
      let hi = ratio ? t.percent(k.statistics.ci95.high) : t.number(k.statistics.ci95.high, digits: key.hasSuffix("days") ? 1 : 0)
      let unit = key.hasSuffix("days") ? t.t(" jours", " days") : ""
      lines.append(
        "  " + name + String(repeating: " ", count: max(1, width - name.count + 2)) + value + unit
          + (k.statistics.hasInterval
            ? "  (\(t.t("IC 95 %", "95 % CI")) \(lo)–\(hi))"
            : "  (\(t.t("IC 95 % non défini : une seule réplication", "95 % CI undefined: one replication")))"))
    }
    return lines.joined(separator: "\n")
  }
}
