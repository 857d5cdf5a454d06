import TerritoryModel

/// The report as Markdown: the same words and tables as the HTML page, the
/// charts as files in `charts/` (SVG, with the CSV of their data).
extension Report {
  static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }

  public func markdown() -> String {
    var md: String = "# \(title)\n\n\(subtitle)\n\n"
    md += "## \(text.t("Verdicts", "Verdicts"))\n\n"
    md +=
      verdicts.isEmpty
      ? text.t("Le scénario ne fixe pas d'objectif.\n\n", "The scenario sets no objective.\n\n")
      : verdicts.map { "- \($0.text)\n" }.joined() + "\n\(scale)\n\n"
    if let c = comparison {
      md += "## \(text.t("Options de dotation", "Staffing options"))\n\n\(optionsIntro)\n\n"
      if let conclusion = optionsConclusion { md += "\(conclusion)\n\n" }
      let objective = c.baseline.objectives.first.map { text.kpi($0.objective.kpi.kpi).name } ?? ""
      md +=
        "| Option | \(text.t("Coût", "Cost")) | \(text.t("Verdict : \(objective)", "Verdict: \(objective)")) | \(text.t("Écart de probabilité", "Change in probability")) | \(text.t("Personnes accompagnées en plus (période)", "Extra persons accompanied (horizon)")) | \(text.t("Coût par personne accompagnée en plus", "Cost per extra person accompanied")) |\n|---|---|---|---|---|---|\n"
      for r in optionRows {
        md +=
          "| "
          + [r.name, r.cost, r.verdict, r.probabilityDifference, r.extraAccompanied, r.costPerExtra].map(Self.cell).joined(separator: " | ")
          + " |\n"
      }
      if !c.headline.isEmpty {
        md += "\n| Option | " + c.headline.map { Self.cell(headlineLabel($0)) }.joined(separator: " | ") + " |\n"
        md += "|---|" + String(repeating: "---|", count: c.headline.count) + "\n"
        for r in optionRows { md += "| \(Self.cell(r.name)) | " + r.differences.map(Self.cell).joined(separator: " | ") + " |\n" }
      }
      md += "\n"
    }
    if let u = uncertainty { md += uncertaintyMarkdown(u) }
    if !observedComparisons.isEmpty {
      md += "## \(text.t("Simulé et observé", "Simulated and observed"))\n\n\(observedIntro)\n\n"
      md +=
        "| \(text.t("Série", "Series")) | Source | \(text.t("Mois comparés", "Months compared")) | \(text.t("Dans la bande", "Inside the band")) | \(text.t("Mois hors de la bande", "Months outside the band")) |\n|---|---|---|---|---|\n"
      for r in observedRows {
        md += "| " + [r.name, r.source, r.months, r.inside, r.outside].map(Self.cell).joined(separator: " | ") + " |\n"
      }
      md += "\n"
    }
    md += "## \(text.t("Chiffres clés", "Key figures"))\n\n"
    md +=
      "| \(text.t("Indicateur", "Figure")) | \(text.t("Période", "Period")) | \(text.t("Moyenne", "Mean")) | \(text.t("Résultats possibles (8 sur 10)", "Range of outcomes (8 in 10)")) | \(text.t("IC 95 % de la moyenne", "95% CI of the mean")) |\n|---|---|---|---|---|\n"
    for group in keyFigures {
      for (i, row) in group.rows.enumerated() {
        md +=
          "| \(i == 0 ? Self.cell(text.nameWithUnit(group.kpi)) : "") | \(row.period) | \(text.figure(group.kpi, row.statistics.mean)) | \(outcomes(group.kpi, row.statistics)) | \(meanInterval(group.kpi, row.statistics)) |\n"
      }
    }
    md += "\n" + text.t("Ce que compte chaque indicateur :", "What each figure counts:") + "\n\n"
    for group in keyFigures {
      md += "- **\(text.nameWithUnit(group.kpi))** : \(text.explanation(group.kpi))\n".replacingOccurrences(
        of: "** : ", with: text.fr ? "** : " : "**: ")
    }
    md += "\n## \(text.t("Par lieu d'accueil", "Per place"))\n\n"
    md +=
      "| \(text.t("Lieu", "Place")) | \(text.t("Accompagnés (total de la période)", "Accompanied (horizon total)")) | \(text.t("Attente moyenne du 1er rendez-vous (jours)", "Mean first wait (days)")) | \(text.t("Occupation des conseillers", "Advisor utilisation")) |\n|---|---|---|---|\n"
    for row in siteRows {
      md +=
        "| \(Self.cell(row.site)) | \(row.accompanied.map { text.number($0.statistics.mean) } ?? "–") | \(row.wait.map { text.number($0.statistics.mean, digits: 1) } ?? "–") | \(row.utilization.map { text.percent($0.statistics.mean) } ?? "–") |\n"
    }
    if !communeRows.isEmpty {
      md +=
        "\n## \(text.t("Par commune", "Per commune"))\n\n| Commune | \(text.t("Lieu d'accueil", "Served by")) | \(text.t("Réponses aux invitations (total)", "Invitation answers (total)")) | \(text.t("Volontaires TZCLD (total)", "TZCLD volunteers (total)")) |\n|---|---|---|---|\n"
      for row in communeRows {
        md +=
          "| \(Self.cell(row.commune)) | \(Self.cell(row.servedBy)) | \(row.answers.map { text.number($0.statistics.mean, digits: 1) } ?? "–") | \(row.volunteers.map { text.number($0.statistics.mean, digits: 1) } ?? "–") |\n"
      }
    }
    md += "\n## \(text.t("Hypothèses du scénario", "Scenario assumptions"))\n\n"
    md += assumptions.isEmpty ? text.t("Aucune hypothèse déclarée.\n", "No assumption stated.\n") : assumptions.map { "- \($0)\n" }.joined()
    md += "\n## \(text.t("Lire les chiffres", "Reading the figures"))\n\n"
    md += reading.map { "\($0)\n\n" }.joined()
    // Everything above may hold the planner's text: no raw HTML may start in it.
    // The provenance rows below are TZSim's own, in code spans.
    md = HTMLText.inertMarkdown(md)
    md += "## \(text.t("Provenance", "Provenance"))\n\n"
    md += provenanceRows.map { "- \($0.0) : `\($0.1)`\n".replacingOccurrences(of: " : `", with: text.fr ? " : `" : ": `") }.joined()
    md +=
      "\n"
      + text.t(
        "Les graphiques sont dans report.html et, un par fichier avec leurs données, dans charts/ ; les chiffres détaillés dans summary.csv et monthly.csv.\n",
        "Charts are in report.html and, one per file with their data, in charts/; detailed figures in summary.csv and monthly.csv.\n")
    return md
  }
}
