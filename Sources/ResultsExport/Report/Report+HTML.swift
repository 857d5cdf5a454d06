import TerritoryModel

/// The report as one self-contained HTML page (inline CSS and SVG, no
/// script) that prints on A4: page numbers and the scenario's name in the
/// page margins, charts kept with their captions, tables within the width.
extension Report {
  static func esc(_ s: String) -> String { Chart.esc(s) }

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

  var style: String {
    let margin = Self.esc("TZSim — \(summary.scenarioName)").replacingOccurrences(of: "\"", with: "'")
    let page = text.t("Page", "Page")
    return """
      @page{size:A4;margin:16mm 14mm 18mm 14mm;@top-left{content:"\(margin)";font:8pt 'DejaVu Sans',Arial,sans-serif;color:#555}\
      @top-right{content:"\(Self.esc(subtitle))";font:8pt 'DejaVu Sans',Arial,sans-serif;color:#555}\
      @bottom-center{content:"\(page) " counter(page) " / " counter(pages);font:8pt 'DejaVu Sans',Arial,sans-serif;color:#555}}
      body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45;font-size:15px}
      h1{font-size:1.55em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #bbb;break-after:avoid}
      .subtitle{color:#555;margin-top:0}
      table{border-collapse:collapse;width:100%;font-size:.86em;margin:.6em 0}
      th,td{border:1px solid #ccc;padding:.25em .45em;text-align:left;vertical-align:top;overflow-wrap:break-word}
      th{background:#f2f4f7}td.n{text-align:right;white-space:nowrap}tr{break-inside:avoid}thead{display:table-header-group}
      td.kpi small{display:block;color:#555;font-size:.9em}
      figure{margin:1.2em 0;break-inside:avoid}figcaption{font-size:.88em;color:#444}
      svg.chart{display:block;width:100%;max-width:720px;height:auto}
      .verdict{border-left:6px solid #1f5fa6;background:#f6f8fb;padding:.5em .9em;margin:.7em 0;break-inside:avoid}
      .scale,.note{font-size:.88em;color:#444}
      .provenance td{font-size:.95em}.provenance code{overflow-wrap:anywhere}
      @media print{body{max-width:none;margin:0;padding:0;font-size:9.5pt}a{color:inherit;text-decoration:none}h2{margin-top:1.1em}}
      """
  }

  public func html() -> String {
    var h = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>\(Self.esc(title))</title>\n"
    h += "<style>\n\(style)\n</style>\n</head>\n<body>\n"
    h += "<h1>\(Self.esc(title))</h1>\n<p class=\"subtitle\">\(Self.esc(subtitle))</p>\n"

    h += "<h2 id=\"objectives\">\(text.t("Verdicts", "Verdicts"))</h2>\n"
    if verdicts.isEmpty { h += "<p>\(text.t("Le scénario ne fixe pas d'objectif.", "The scenario sets no objective."))</p>\n" }
    for v in verdicts {
      h += "<p class=\"verdict\" style=\"border-left-color:\(v.likelihood.color)\">\(bold(Self.esc(v.text)))</p>\n"
    }
    if !verdicts.isEmpty { h += "<p class=\"scale\">\(Self.esc(scale))</p>\n" }

    if let c = comparison {
      h += "<h2 id=\"options\">\(text.t("Options de dotation", "Staffing options"))</h2>\n<p>\(Self.esc(optionsIntro))</p>\n"
      if let conclusion = optionsConclusion { h += "<p class=\"verdict\">\(Self.esc(conclusion))</p>\n" }
      let objective = c.baseline.objectives.first.map { text.kpi($0.objective.kpi.kpi).name } ?? ""
      h += "<table id=\"table-options\"><thead><tr><th>Option</th><th>\(text.t("Coût", "Cost"))</th>"
      h += "<th>\(Self.esc(text.t("Verdict : \(objective)", "Verdict: \(objective)")))</th>"
      h += "<th>\(text.t("Écart de probabilité", "Change in probability"))</th>"
      h += "<th>\(text.t("Personnes accompagnées en plus (période)", "Extra persons accompanied (horizon)"))</th>"
      h += "<th>\(text.t("Coût par personne accompagnée en plus", "Cost per extra person accompanied"))</th></tr></thead><tbody>\n"
      for r in optionRows {
        h +=
          "<tr><td>\(Self.esc(r.name))</td><td>\(r.cost)</td><td>\(Self.esc(r.verdict))</td><td>\(r.probabilityDifference)</td><td>\(r.extraAccompanied)</td><td>\(r.costPerExtra)</td></tr>\n"
      }
      h += "</tbody></table>\n"
      if !c.headline.isEmpty {
        h += "<table id=\"table-option-figures\"><thead><tr><th>Option</th>"
        h += c.headline.map { "<th>\(Self.esc(headlineLabel($0)))</th>" }.joined() + "</tr></thead><tbody>\n"
        for r in optionRows { h += "<tr><td>\(Self.esc(r.name))</td>" + r.differences.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
        h +=
          "</tbody></table>\n<p class=\"note\">\(Self.esc(text.t("Référence : valeurs moyennes ; options : écart apparié à la référence et son IC 95 % (les taux en points de pourcentage).", "Baseline: mean values; options: paired difference from the baseline and its 95% CI (rates in percentage points).")))</p>\n"
      }
    }

    if let u = uncertainty { h += uncertaintyHTML(u) }

    h += "<h2 id=\"charts\">\(text.t("Graphiques", "Charts"))</h2>\n"
    for f in mainFigures { h += "<figure>\(f.chart.svg)<figcaption>\(Self.esc(f.caption))</figcaption></figure>\n" }

    if !observedComparisons.isEmpty {
      h += "<h2 id=\"observed\">\(text.t("Simulé et observé", "Simulated and observed"))</h2>\n<p>\(Self.esc(observedIntro))</p>\n"
      h +=
        "<table id=\"table-observed\"><thead><tr><th>\(text.t("Série", "Series"))</th><th>Source</th><th>\(text.t("Mois comparés", "Months compared"))</th>"
      h +=
        "<th>\(text.t("Dans la bande", "Inside the band"))</th><th>\(text.t("Mois hors de la bande", "Months outside the band"))</th></tr></thead><tbody>\n"
      for r in observedRows {
        h +=
          "<tr><td>\(Self.esc(r.name))</td><td>\(Self.esc(r.source))</td><td class=\"n\">\(r.months)</td><td class=\"n\">\(r.inside)</td><td>\(Self.esc(r.outside))</td></tr>\n"
      }
      h += "</tbody></table>\n"
      for f in observedFigures { h += "<figure>\(f.chart.svg)<figcaption>\(Self.esc(f.caption))</figcaption></figure>\n" }
    }

    h += "<h2 id=\"figures\">\(text.t("Chiffres clés", "Key figures"))</h2>\n"
    h += "<table id=\"table-figures\"><thead><tr><th>\(text.t("Indicateur", "Figure"))</th><th>\(text.t("Période", "Period"))</th>"
    h += "<th>\(text.t("Moyenne", "Mean"))</th><th>\(text.t("Résultats possibles (8 sur 10)", "Range of outcomes (8 in 10)"))</th>"
    h += "<th>\(text.t("IC 95 % de la moyenne", "95% CI of the mean"))</th></tr></thead><tbody>\n"
    for group in keyFigures {
      for (i, row) in group.rows.enumerated() {
        let name =
          i == 0
          ? "<td class=\"kpi\" rowspan=\"\(group.rows.count)\"><strong>\(Self.esc(text.nameWithUnit(group.kpi)))</strong><small>\(Self.esc(text.explanation(group.kpi)))</small></td>"
          : ""
        h +=
          "<tr>\(name)<td>\(Self.esc(row.period))</td><td class=\"n\">\(text.figure(group.kpi, row.statistics.mean))</td><td class=\"n\">\(outcomes(group.kpi, row.statistics))</td><td class=\"n\">\(meanInterval(group.kpi, row.statistics))</td></tr>\n"
      }
    }
    h += "</tbody></table>\n"

    h += "<h2 id=\"places\">\(text.t("Par lieu d'accueil", "Per place"))</h2>\n<table id=\"table-sites\"><thead><tr>"
    h += "<th>\(text.t("Lieu", "Place"))</th><th>\(text.t("Accompagnés (total de la période)", "Accompanied (horizon total)"))</th>"
    h +=
      "<th>\(text.t("Attente moyenne du 1er rendez-vous (jours)", "Mean first wait (days)"))</th><th>\(text.t("Occupation des conseillers", "Advisor utilisation"))</th></tr></thead><tbody>\n"
    for row in siteRows {
      h +=
        "<tr><td>\(Self.esc(row.site))</td><td class=\"n\">\(row.accompanied.map { text.number($0.statistics.mean) } ?? "–")</td><td class=\"n\">\(row.wait.map { text.number($0.statistics.mean, digits: 1) } ?? "–")</td><td class=\"n\">\(row.utilization.map { text.percent($0.statistics.mean) } ?? "–")</td></tr>\n"
    }
    h += "</tbody></table>\n"
    if !communeRows.isEmpty {
      h += "<h2 id=\"communes\">\(text.t("Par commune", "Per commune"))</h2>\n<table id=\"table-communes\"><thead><tr><th>Commune</th>"
      h +=
        "<th>\(text.t("Lieu d'accueil", "Served by"))</th><th>\(text.t("Réponses aux invitations (total)", "Invitation answers (total)"))</th>"
      h += "<th>\(text.t("Volontaires TZCLD (total)", "TZCLD volunteers (total)"))</th></tr></thead><tbody>\n"
      for row in communeRows {
        h +=
          "<tr><td>\(Self.esc(row.commune))</td><td>\(Self.esc(row.servedBy))</td><td class=\"n\">\(row.answers.map { text.number($0.statistics.mean, digits: 1) } ?? "–")</td><td class=\"n\">\(row.volunteers.map { text.number($0.statistics.mean, digits: 1) } ?? "–")</td></tr>\n"
      }
      h += "</tbody></table>\n"
    }

    h += "<h2 id=\"assumptions\">\(text.t("Hypothèses du scénario", "Scenario assumptions"))</h2>\n"
    h +=
      assumptions.isEmpty
      ? "<p>\(text.t("Aucune hypothèse déclarée.", "No assumption stated."))</p>\n"
      : "<ul>\n" + assumptions.map { "<li>\(Self.esc($0))</li>\n" }.joined() + "</ul>\n"

    h += "<h2 id=\"reading\">\(text.t("Lire les chiffres", "Reading the figures"))</h2>\n"
    for p in reading { h += "<p>\(bold(Self.esc(p)))</p>\n" }
    h += "<p class=\"scale\">\(Self.esc(scale))</p>\n"
    h += provenanceHTML
    h +=
      "<p class=\"note\">\(Self.esc(text.t("Aucune donnée personnelle : le simulateur ne traite que des effectifs et des taux.", "No personal data: the simulator handles counts and rates only.")))</p>\n"
    return h + "</body>\n</html>\n"
  }

  var provenanceRows: [(String, String)] {
    var rows = [(text.t("Programme", "Program"), "tzsim \(version)")]
    if let p = provenance {
      rows += [
        (text.t("Scénario (SHA-256)", "Scenario (SHA-256)"), p.scenarioSHA256), (text.t("Graine", "Seed"), String(p.seed)),
        (text.t("Réplications", "Replications"), text.number(Double(p.replications))),
        (text.t("Pour refaire ces chiffres", "To make these figures again"), p.command),
        (text.t("Pour les vérifier", "To check them"), "tzsim verify \(text.t("<dossier des résultats>", "<results folder>"))"),
      ]
    }
    return rows
  }

  var provenanceHTML: String {
    var h = "<h2 id=\"provenance\">\(text.t("Provenance", "Provenance"))</h2>\n<table class=\"provenance\"><tbody>\n"
    for (k, v) in provenanceRows { h += "<tr><th>\(Self.esc(k))</th><td><code>\(Self.esc(v))</code></td></tr>\n" }
    h += "</tbody></table>\n"
    if provenance != nil {
      h +=
        "<p class=\"note\">\(Self.esc(text.t("La commande se lance dans le dossier des résultats, qui garde une copie du scénario (scenario.yaml) ; tzsim verify la relance et dit si chaque fichier est identique à l'octet près.", "Run the command inside the results folder, which keeps a copy of the scenario (scenario.yaml); tzsim verify runs it again and says whether every file is identical to the byte.")))</p>\n"
    }
    return h
  }
}
