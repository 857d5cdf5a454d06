import TerritoryModel

extension NationalReport {
  /// Every file of the national results, by name: the report (Markdown and
  /// HTML), the monthly series, the years, the territories, and each chart
  /// as SVG with its data as CSV.
  public func files(flavour: CSVFlavour) -> [(name: String, text: String)] {
    var files: [(String, String)] = [("report.md", markdown()), ("report.html", html())]
    files.append(("national-monthly.csv", monthlyCSV(flavour)))
    files.append(("national-years.csv", yearsCSV(flavour)))
    files.append(("national-territories.csv", territoriesCSV(flavour)))
    for chart in charts {
      files.append(("\(chart.id).svg", chart.svg))
      files.append(("\(chart.id).csv", chart.csv(flavour: flavour)))
    }
    return files
  }

  func monthlyCSV(_ f: CSVFlavour) -> String {
    var s = f.header(
      ["month", "series", "mean", "p10", "p50", "p90"] + (unlimited == nil ? [] : ["mean_without_cap"]),
      french: ["mois", "série", "moyenne", "p10", "p50", "p90"] + (unlimited == nil ? [] : ["moyenne sans plafond"]))
    for (m, month) in summary.months.enumerated() {
      for kind in NationalSeries.allCases {
        let b = summary.series[kind.rawValue][m]
        var row = [month.description, kind.id, f.number(b.mean), f.number(b.low), f.number(b.median), f.number(b.high)]
        if let u = unlimited { row.append(f.number(u.series[kind.rawValue][m].mean)) }
        s += f.row(row)
      }
    }
    return s
  }

  func yearsCSV(_ f: CSVFlavour) -> String {
    var s = f.header(
      [
        "year", "credit_eur", "state_spend_mean_eur", "state_spend_p10_eur", "state_spend_p90_eur", "state_cde_eur", "startup_grants_eur",
        "departement_cde_eur", "fte_mean", "credits_sufficed", "replications", "refused_hires_mean",
      ],
      french: [
        "année", "crédits votés (€)", "dépense État moyenne (€)", "dépense État p10 (€)", "dépense État p90 (€)", "CDE État (€)",
        "dotations d'amorçage (€)", "part des départements (€)", "ETP moyens", "tirages où les crédits suffisent", "tirages",
        "embauches refusées (moyenne)",
      ])
    for y in summary.years {
      s += f.row([
        String(y.year), y.credit.map(f.number) ?? "", f.number(y.spend.mean), f.number(y.spend.low), f.number(y.spend.high),
        f.number(y.stateCDE), f.number(y.startupGrants), f.number(y.departementCDE), f.number(y.fte.mean), String(y.sufficed),
        String(y.replications), f.number(y.refused),
      ])
    }
    return s
  }

  func territoriesCSV(_ f: CSVFlavour) -> String {
    let last = summary.months.count - 1
    var s = f.header(
      [
        "territory", "name", "departement", "wave", "habilitation", "listed", "detailed_scenario", "headcount_end_mean",
        "refused_hires_mean",
      ],
      french: [
        "territoire", "nom", "département", "vague", "habilitation", "nommé", "scénario détaillé", "salariés en fin de période (moyenne)",
        "embauches refusées (moyenne)",
      ])
    for (i, t) in summary.territories.enumerated() {
      s += f.row([
        f.field(t.id), f.field(t.name), f.field(t.departement), String(t.wave), t.habilitation.description, t.listed ? "1" : "0",
        f.field(t.detailed?.scenario ?? ""), f.number(last >= 0 ? summary.territoryHeadcount[i][last] : .nan),
        f.number(summary.territoryRefused[i]),
      ])
    }
    return s
  }
}
