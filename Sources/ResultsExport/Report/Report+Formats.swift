import TerritoryModel

/// The report as Markdown and as self-contained HTML.
extension Report {
  public func markdown() -> String {
    var md = "# \(title)\n\n\(method)\n\n"
    md += "## \(text.t("Objectifs", "Objectives"))\n\n"
    md +=
      verdicts.isEmpty
      ? text.t("Le scénario ne fixe pas d'objectif.\n\n", "The scenario sets no objective.\n\n")
      : verdicts.map { "- \($0)\n" }.joined() + "\n"
    if let c = comparison {
      md += "## \(text.t("Options de dotation", "Staffing options"))\n\n\(optionsIntro)\n\n"
      md +=
        "| Option | \(text.t("Coût", "Cost")) | \(text.t("Probabilité d'atteinte", "Probability met")) | \(text.t("Écart de probabilité", "Difference in probability")) | "
        + c.headline.map(headlineLabel).joined(separator: " | ") + " |\n"
      md += "|" + String(repeating: "---|", count: 4 + c.headline.count) + "\n"
      for r in optionRows {
        md += "| \(r.name) | \(r.cost) | \(r.probability) | \(r.probabilityDifference) | " + r.differences.joined(separator: " | ") + " |\n"
      }
      md += "\n"
    }
    md += "## \(text.t("Chiffres clés", "Key figures"))\n\n"
    md +=
      "| \(text.t("Indicateur", "Figure")) | \(text.t("Période", "Period")) | \(text.t("Moyenne", "Mean")) | IC 95 % | 10–90 % | \(text.t("Ce qui est compté", "What it counts")) |\n|---|---|---|---|---|---|\n"
    for (kpi, period, k) in keyFigures {
      let st = k.statistics
      md +=
        "| \(text.nameWithUnit(kpi)) | \(period) | \(text.figure(kpi, st.mean)) | \(st.hasInterval ? "\(text.figure(kpi, st.ci95.low))–\(text.figure(kpi, st.ci95.high))" : text.t("non défini", "undefined")) | \(text.figure(kpi, st.quantiles.p10))–\(text.figure(kpi, st.quantiles.p90)) | \(text.explanation(kpi)) |\n"
    }
    md += "\n## \(text.t("Par lieu d'accueil", "Per place"))\n\n"
    md +=
      "| \(text.t("Lieu", "Place")) | \(text.t("Accompagnés (total)", "Accompanied (total)")) | \(text.t("Attente moyenne (jours)", "Mean wait (days)")) | \(text.t("Occupation", "Utilisation")) |\n|---|---|---|---|\n"
    for row in siteRows {
      md +=
        "| \(row.site) | \(row.accompanied.map { text.number($0.statistics.mean, digits: 0) } ?? "–") | \(row.wait.map { text.number($0.statistics.mean, digits: 1) } ?? "–") | \(row.utilization.map { text.percent($0.statistics.mean) } ?? "–") |\n"
    }
    if !communeRows.isEmpty {
      md +=
        "\n## \(text.t("Par commune", "Per commune"))\n\n| Commune | \(text.t("Lieu d'accueil", "Served by")) | \(text.t("Réponses aux invitations (total)", "Invitation answers (total)")) | \(text.t("Volontaires TZCLD (total)", "TZCLD volunteers (total)")) |\n|---|---|---|---|\n"
      for row in communeRows {
        md +=
          "| \(row.commune) | \(row.servedBy) | \(row.answers.map { text.number($0.statistics.mean, digits: 1) } ?? "–") | \(row.volunteers.map { text.number($0.statistics.mean, digits: 1) } ?? "–") |\n"
      }
    }
    md += "\n## \(text.t("Hypothèses du scénario", "Scenario assumptions"))\n\n"
    md += assumptions.isEmpty ? text.t("Aucune hypothèse déclarée.\n", "No assumption stated.\n") : assumptions.map { "- \($0)\n" }.joined()
    md +=
      "\n"
      + text.t(
        "Les graphiques sont dans report.html ; les chiffres détaillés dans summary.csv et monthly.csv.\n",
        "Charts are in report.html; detailed figures in summary.csv and monthly.csv.\n")
    return md
  }

  public func html() -> String {
    var h =
      "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(SVGChart.esc(title))</title>\n"
    h +=
      "<style>body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}"
    h += "h1{font-size:1.6em}h2{margin-top:1.8em;border-bottom:1px solid #ccc}table{border-collapse:collapse;width:100%;font-size:.9em}"
    h += "th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left}td.n{text-align:right;white-space:nowrap}figure{margin:1.5em 0}"
    h +=
      "figcaption{font-size:.9em;color:#444}.wide{overflow-x:auto}.verdict{background:#f4f7fb;border-left:4px solid #1f5fa6;padding:.6em 1em;margin:.8em 0}</style>\n</head>\n<body>\n"
    h += "<h1>\(SVGChart.esc(title))</h1>\n<p>\(SVGChart.esc(method))</p>\n"
    h += "<h2>\(text.t("Objectifs", "Objectives"))</h2>\n"
    for v in verdicts { h += "<p class=\"verdict\">\(bold(SVGChart.esc(v)))</p>\n" }
    if verdicts.isEmpty { h += "<p>\(text.t("Le scénario ne fixe pas d'objectif.", "The scenario sets no objective."))</p>\n" }
    if let c = comparison {
      h +=
        "<h2>\(text.t("Options de dotation", "Staffing options"))</h2>\n<p>\(SVGChart.esc(optionsIntro))</p>\n<div class=\"wide\"><table id=\"table-options\"><thead><tr><th>Option</th><th>\(text.t("Coût", "Cost"))</th><th>\(text.t("Probabilité d'atteinte", "Probability met"))</th><th>\(text.t("Écart de probabilité", "Difference in probability"))</th>"
      h += c.headline.map { "<th>\(SVGChart.esc(headlineLabel($0)))</th>" }.joined() + "</tr></thead><tbody>\n"
      for r in optionRows {
        h +=
          "<tr><td>\(SVGChart.esc(r.name))</td><td class=\"n\">\(r.cost)</td><td class=\"n\">\(r.probability)</td><td class=\"n\">\(r.probabilityDifference)</td>"
          + r.differences.map { "<td class=\"n\">\($0)</td>" }.joined() + "</tr>\n"
      }
      h += "</tbody></table></div>\n"
    }
    h += "<h2>\(text.t("Graphiques", "Charts"))</h2>\n"
    for c in charts { h += "<figure>\(c.svg)<figcaption>\(SVGChart.esc(c.caption))</figcaption></figure>\n" }
    h +=
      "<h2>\(text.t("Chiffres clés", "Key figures"))</h2>\n<table><thead><tr><th>\(text.t("Indicateur", "Figure"))</th><th>\(text.t("Période", "Period"))</th><th>\(text.t("Moyenne", "Mean"))</th><th>IC 95 %</th><th>10–90 %</th><th>\(text.t("Ce qui est compté", "What it counts"))</th></tr></thead><tbody>\n"
    for (kpi, period, k) in keyFigures {
      let st = k.statistics
      h +=
        "<tr><td>\(SVGChart.esc(text.nameWithUnit(kpi)))</td><td>\(period)</td><td class=\"n\">\(text.figure(kpi, st.mean))</td><td class=\"n\">\(st.hasInterval ? "\(text.figure(kpi, st.ci95.low))–\(text.figure(kpi, st.ci95.high))" : text.t("non défini", "undefined"))</td><td class=\"n\">\(text.figure(kpi, st.quantiles.p10))–\(text.figure(kpi, st.quantiles.p90))</td><td>\(SVGChart.esc(text.explanation(kpi)))</td></tr>\n"
    }
    h +=
      "</tbody></table>\n<h2>\(text.t("Par lieu d'accueil", "Per place"))</h2>\n<table id=\"table-sites\"><thead><tr><th>\(text.t("Lieu", "Place"))</th><th>\(text.t("Accompagnés (total sur la période)", "Accompanied (total)"))</th><th>\(text.t("Attente moyenne du 1er rendez-vous (jours)", "Mean first wait (days)"))</th><th>\(text.t("Occupation des conseillers", "Advisor utilisation"))</th></tr></thead><tbody>\n"
    for row in siteRows {
      h +=
        "<tr><td>\(SVGChart.esc(row.site))</td><td class=\"n\">\(row.accompanied.map { text.number($0.statistics.mean) } ?? "–")</td><td class=\"n\">\(row.wait.map { text.number($0.statistics.mean, digits: 1) } ?? "–")</td><td class=\"n\">\(row.utilization.map { text.percent($0.statistics.mean) } ?? "–")</td></tr>\n"
    }
    h += "</tbody></table>\n"
    if !communeRows.isEmpty {
      h +=
        "<h2>\(text.t("Par commune", "Per commune"))</h2>\n<table id=\"table-communes\"><thead><tr><th>Commune</th><th>\(text.t("Lieu d'accueil", "Served by"))</th><th>\(text.t("Réponses aux invitations (total sur la période)", "Invitation answers (total)"))</th><th>\(text.t("Volontaires TZCLD (total sur la période)", "TZCLD volunteers (total)"))</th></tr></thead><tbody>\n"
      for row in communeRows {
        h +=
          "<tr><td>\(SVGChart.esc(row.commune))</td><td>\(SVGChart.esc(row.servedBy))</td><td class=\"n\">\(row.answers.map { text.number($0.statistics.mean, digits: 1) } ?? "–")</td><td class=\"n\">\(row.volunteers.map { text.number($0.statistics.mean, digits: 1) } ?? "–")</td></tr>\n"
      }
      h += "</tbody></table>\n"
    }
    h += "<h2>\(text.t("Hypothèses du scénario", "Scenario assumptions"))</h2>\n<ul>\n"
    for a in assumptions { h += "<li>\(SVGChart.esc(a))</li>\n" }
    h +=
      "</ul>\n<p><small>\(SVGChart.esc(text.t("Produit par tzsim \(version). Aucune donnée personnelle : le simulateur ne traite que des effectifs et des taux.", "Produced by tzsim \(version). No personal data: the simulator handles counts and rates only.")))</small></p>\n</body>\n</html>\n"
    return h
  }

  /// A headline figure's column title: its name and period, e.g. "Personnes accompagnées 2020".
  func headlineLabel(_ key: String) -> String {
    let name = KPI.named(ResultRow.kpiOf(key)).map { text.t($0.name) } ?? key
    if let at = key.firstIndex(of: "@") { return "\(name) \(key[key.index(after: at)...])" }
    return "\(name) (\(text.t("moyenne", "mean")))"
  }

  /// `**x**` → `<strong>x</strong>` (verdicts are written once, for both formats).
  func bold(_ s: String) -> String {
    var out = ""
    var open = false
    var rest = Substring(s)
    while let r = rest.range(of: "**") {
      out += rest[..<r.lowerBound]
      out += open ? "</strong>" : "<strong>"
      open.toggle()
      rest = rest[r.upperBound...]
    }
    return out + rest
  }
}
