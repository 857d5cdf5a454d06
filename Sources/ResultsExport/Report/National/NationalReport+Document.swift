import TerritoryModel

extension NationalReport {
  var title: String { "Vue nationale de l'expérimentation « Territoire zéro chômeur de longue durée »" }

  var charts: [Chart] { [headcountChart, moneyChart, wavesChart] + (rampChart.map { [$0] } ?? []) }

  func probability(_ met: Int, _ trials: Int) -> String {
    let ci = WilsonInterval.interval(successes: met, trials: max(1, trials))
    return "\(share(Double(met) / Double(max(1, trials)))) (IC 95 % : \(share(ci.low)) à \(share(ci.high)))"
  }

  /// A share as a percentage; one decimal where whole percents would round a bound onto 0 % or 100 %.
  func share(_ p: Double) -> String {
    (p > 0 && p < 0.005) || (p < 1 && p > 0.995) ? NumberText.report(p * 100, digits: 1) + "\u{202F}%" : t.percent(p)
  }

  var blocks: [ReportBlock] {
    var b: [ReportBlock] = []
    let territories = summary.territories
    let listed = territories.filter(\.listed).count
    b.append(
      .paragraph(
        "\(summary.replications) tirages (graine \(seed)) de \(territories.count) territoires, dont \(listed) nommés un à un (le relevé public et les territoires décrits par leur propre scénario) et \(territories.count - listed) ajoutés pour suivre le calendrier des habilitations ; mois par mois de \(monthText(p.start)) à \(monthText(p.end)). Les fourchettes « 8 sur 10 » contiennent 80 % des tirages."
      ))

    // The replay.
    b.append(.heading("Ce que la simulation rejoue : 2017-2026 face aux chiffres publiés", id: "rejeu"))
    let rows = replay
    let inside = rows.filter { $0.band.contains($0.observed) }.count
    b.append(
      .paragraph(
        "À partir du seul calendrier des habilitations et des profils types, la simulation refait l'histoire nationale. \(rows.count) chiffres publiés sont comparés ; \(inside) tombent dans la fourchette « 8 sur 10 » (\(t.percent(Double(inside) / Double(max(1, rows.count))))). Un tel chiffre n'a servi à aucun ajustement."
      ))
    b.append(
      .table(
        id: "table-rejeu", header: ["Chiffre", "Publié", "Simulé (moyenne)", "8 sur 10", "Dans la fourchette", "Source"],
        rows: rows.map { r in
          [
            r.label, r.money ? euros(r.observed) : n(r.observed), r.money ? euros(r.band.mean) : n(r.band.mean),
            r.money ? "\(euros(r.band.low)) à \(euros(r.band.high))" : band(r.band), r.band.contains(r.observed) ? "oui" : "non", r.source,
          ]
        }, numeric: [1, 2, 3]))
    b.append(
      .figure(
        headcountChart,
        caption:
          "Salariés des EBE : moyenne et fourchette « 8 sur 10 » avec la règle du fonds, moyenne sans plafond, et chiffres publiés (points)."
      ))

    // The fit.
    b.append(.heading("Les profils types ajustés sur la première vague", id: "ajustement"))
    if let fit {
      b.append(
        .paragraph(
          "Le rythme d'embauche et le plafond d'effectif typiques ont été ajustés (méthode des moments simulés, \(fit.replications) tirages par évaluation) sur \(fit.moments) observations des territoires de la première vague jusqu'à \(monthText(fit.until)). La deuxième vague est projetée avec ces valeurs (sauf son délai d'ouverture et sa première équipe). Adéquation : p = \(t.number(fit.pValue, digits: 3))\(fit.pValue < 0.01 ? " — ajustement médiocre : les profils types ne rendent pas compte de toutes les trajectoires" : "")."
        ))
      b.append(
        .table(
          id: "table-ajustement", header: ["Valeur ajustée", "Estimation", "Intervalle à 95 %"],
          rows: fit.keys.map {
            [$0.path, t.number($0.value, digits: 2), "\(t.number($0.low, digits: 2)) à \(t.number($0.high, digits: 2))"]
          },
          numeric: [1, 2]))
    } else {
      b.append(.paragraph("L'étude n'ajuste aucun profil : les valeurs écrites dans le fichier sont utilisées telles quelles."))
    }
    if !checks.isEmpty {
      let outside = checks.filter { !$0.fitted }
      let inOut = outside.filter { $0.band.contains($0.observed) }.count
      b.append(
        .paragraph(
          "Observations des territoires : \(checks.count - outside.count) ont servi à l'ajustement ; \(outside.count) le vérifient hors échantillon (plus tardives, ou de la deuxième vague), dont \(inOut) dans la fourchette « 8 sur 10 »."
        ))
      b.append(
        .table(
          id: "table-territoires-observes",
          header: ["Territoire", "Mois", "Chiffre", "Publié", "Simulé (moyenne)", "8 sur 10", "Usage", "Source"],
          rows: checks.map { c in
            [
              c.territory, monthText(c.month), c.hires ? "embauches cumulées" : "salariés", n(c.observed), n(c.band.mean, 1), band(c.band),
              c.fitted ? "ajustement" : (c.band.contains(c.observed) ? "contrôle : dans la fourchette" : "contrôle : hors fourchette"),
              c.source,
            ]
          }, numeric: [3, 4, 5]))
    }

    // Headcount by wave.
    b.append(.heading("Effectifs par vague", id: "vagues"))
    let w1 = waveHeadcount(1)
    let w2 = waveHeadcount(2)
    let yearEnds = summary.months.indices.filter { summary.months[$0].month == 12 }
    b.append(
      .table(
        id: "table-vagues",
        header: ["Fin d'année", "Première vague", "Deuxième vague", "Ensemble (moyenne)", "Ensemble, 8 sur 10", "EBE ouvertes"],
        rows: yearEnds.map { m in
          let all = summary.series[NationalSeries.headcount.rawValue][m]
          return [
            String(summary.months[m].year), n(w1[m]), n(w2[m]), n(all.mean), band(all),
            n(summary.series[NationalSeries.openEBEs.rawValue][m].mean),
          ]
        }, numeric: [1, 2, 3, 4, 5]))
    b.append(.figure(wavesChart, caption: "Salariés des EBE par vague d'habilitation (moyenne des tirages, avec la règle du fonds)."))

    // Money against credits.
    b.append(.heading("L'argent du fonds face aux crédits votés", id: "credits"))
    b.append(
      .paragraph(
        "Dépense de l'État : sa part de la contribution au développement de l'emploi (taux de l'arrêté × SMIC brut × heures) et les dotations d'amorçage (une par poste nouveau). Les départements versent en plus 15 % de la part de l'État à partir de la deuxième étape ; ce n'est pas pris sur les crédits de l'État. « Crédits suffisants » : l'année où aucune embauche prête n'a été refusée faute de crédits."
      ))
    let years = summary.years.filter { $0.year >= 2017 }
    b.append(
      .table(
        id: "table-credits",
        header: [
          "Année", "Crédits votés", "Dépense de l'État (moyenne)", "8 sur 10", "dont CDE État", "dont dotations", "Part des départements",
        ],
        rows: years.map { y in
          [
            String(y.year), y.credit.map(euros) ?? "—", euros(y.spend.mean), "\(euros(y.spend.low)) à \(euros(y.spend.high))",
            euros(y.stateCDE), euros(y.startupGrants), euros(y.departementCDE),
          ]
        }, numeric: [1, 2, 3, 4, 5, 6]))
    b.append(
      .table(
        id: "table-credits-suffisants",
        header: [
          "Année", "Crédits votés", "Crédits suffisants (part des tirages)", "Embauches refusées (moyenne)",
          "Sans plafond : dépense (moyenne)",
          "Sans plafond : 9 sur 10 en dessous de",
        ],
        rows: years.filter { $0.credit != nil }.map { y in
          let free = unlimited?.year(y.year)
          return [
            String(y.year), y.credit.map(euros) ?? "—", probability(y.sufficed, y.replications), n(y.refused, 1),
            free.map { euros($0.spend.mean) } ?? "—", free.map { euros($0.spend.high) } ?? "—",
          ]
        }, numeric: [1, 3, 4, 5]))
    b.append(
      .paragraph(
        "Les deux dernières colonnes disent ce que les territoires dépenseraient à leur propre rythme, sans plafond : les crédits qui suffiraient 9 années sur 10 au regard de la simulation."
      ))
    b.append(
      .figure(
        moneyChart,
        caption:
          "Dépense de l'État par an (moyenne et fourchette « 8 sur 10 ») et crédits votés ; à partir de 2027, les crédits de 2026 reconduits (HYPOTHÈSE)."
      ))

    // The rule and whom it hits.
    b.append(.heading("Quand les crédits manquent : la règle du fonds et qui elle touche", id: "regle"))
    switch p.rule {
    case .sharedCap:
      b.append(
        .paragraph(
          "Règle modélisée : chaque mois, le fonds engage jusqu'à la fin de l'année la part de l'État de chaque ETP en poste ; ce qui reste des crédits de l'année paie autant d'embauches nouvelles (chacune à l'ETP moyen jusqu'à la fin de l'année, plus sa dotation d'amorçage), réparties entre les territoires en proportion des embauches que chacun était prêt à faire. Les volontaires non embauchés restent sur leur liste d'attente ; personne en poste n'est licencié."
        ))
    case .unlimited:
      b.append(
        .paragraph(
          "Règle modélisée : aucune — les crédits ne bloquent jamais une embauche (ce que les territoires feraient à leur rythme)."))
    }
    if let u = unlimited {
      b.append(
        .table(
          id: "table-effet-plafond", header: ["Fin d'année", "Salariés avec la règle", "Sans plafond", "Écart (moyenne appariée)"],
          rows: yearEnds.filter { summary.months[$0].year >= 2024 }.map { m in
            let a = summary.series[NationalSeries.headcount.rawValue][m].mean
            let c = u.series[NationalSeries.headcount.rawValue][m].mean
            return [String(summary.months[m].year), n(a), n(c), t.signed(a - c)]
          }, numeric: [1, 2, 3]))
      let hit = summary.territories.indices.filter { summary.territoryRefused[$0] > 0 }
        .sorted { summary.territoryRefused[$0] > summary.territoryRefused[$1] }
      if hit.isEmpty {
        b.append(.paragraph("Dans aucun tirage les crédits n'ont refusé d'embauche."))
      } else {
        let last = summary.months.count - 1
        b.append(
          .table(
            id: "table-territoires-touches",
            header: [
              "Territoire", "Vague", "Embauches refusées (moyenne, toute la période)", "Salariés fin \(p.end.year) avec la règle",
              "Sans plafond",
            ],
            rows: hit.prefix(12).map { i in
              [
                summary.territories[i].name, String(summary.territories[i].wave), n(summary.territoryRefused[i], 1),
                n(summary.territoryHeadcount[i][last]), n(u.territoryHeadcount[i][last]),
              ]
            }, numeric: [2, 3, 4]))
      }
      for (o, w) in zip(summary.objectives, u.objectives) {
        b.append(
          .callout(
            "\(o.territory) — \(o.objective.measure == .headcount ? "salariés" : "embauches cumulées") ≥ \(n(o.objective.atLeast)) fin \(monthText(o.objective.month)) : \(probability(o.met, o.replications)) avec la règle du fonds ; \(probability(w.met, w.replications)) sans plafond."
          ))
      }
    }

    // Troyes' place in its wave.
    for ramp in summary.ramps where ramp.label != "wave 1" && ramp.label != "wave 2" {
      guard let plan = summary.territories.first(where: { $0.id == ramp.label }) else { continue }
      let wave = summary.ramps.first { $0.label == "wave \(plan.wave)" }
      b.append(.heading("\(plan.name) dans sa vague", id: "place-\(plan.id)"))
      b.append(
        .paragraph(
          "\(plan.name) est simulé avec la partie EBE de son propre scénario (\(plan.detailed?.scenario ?? "")), et non avec un profil type. Ses salariés, mois après mois depuis l'ouverture, sont comparés aux \(wave?.territories ?? 0) autres territoires de sa vague au même âge."
        ))
      let ages = [0, 6, 12, 18, 24, 36, 48].filter { $0 < ramp.bands.count && ramp.bands[$0].mean.isFinite }
      b.append(
        .table(
          id: "table-place-\(plan.id)",
          header: ["Mois depuis l'ouverture", plan.name, "8 sur 10", "Sa vague (moyenne)", "Sa vague, 8 sur 10", "Position"],
          rows: ages.map { k in
            let mine = ramp.bands[k]
            let theirs = wave?.bands[k] ?? NationalBand(mean: .nan, low: .nan, median: .nan, high: .nan)
            let position =
              !theirs.median.isFinite
              ? "—"
              : mine.mean > theirs.high
                ? "au-dessus de 8 territoires sur 10"
                : mine.mean < theirs.low
                  ? "en dessous de 8 territoires sur 10"
                  : mine.mean >= theirs.median ? "dans la moitié haute" : "dans la moitié basse"
            return [String(k), n(mine.mean), band(mine), n(theirs.mean), band(theirs), position]
          }, numeric: [1, 2, 3, 4]))
      if let chart = rampChart {
        b.append(
          .figure(
            chart,
            caption:
              "\(plan.name) : salariés depuis l'ouverture (mois calendaires), face aux territoires de sa vague au même âge ; points : chiffres publiés."
          ))
      }
    }

    // What the study used.
    b.append(.heading("Données et hypothèses", id: "donnees"))
    b.append(
      .list(
        [
          "Relevé des territoires : \(recordLines) observations datées, chacune avec sa source (tzcld-territories.csv) ; \(checks.count) servent ici (ajustement ou contrôle).",
          "Chiffres nationaux publiés : \(points.count) (tzcld-national-points.csv).",
          "Calendrier des habilitations : "
            + p.calendar.map { "\($0.territories) en \(monthText($0.date)) (\($0.source))" }.joined(separator: " ; ") + ".",
          "Crédits : " + p.credits.map { "\($0.year) : \(euros($0.amount)) (\($0.source))" }.joined(separator: " ; ") + ".",
        ] + assumptions.map { "HYPOTHÈSE : \($0)" }))
    return b
  }

  public func markdown() -> String {
    "# \(title)\n\nÉtude `\(file)`.\n\n" + blocks.map(\.markdown).joined()
  }

  public func html() -> String {
    var h = "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>\(Chart.esc(title))</title>\n"
    h += "<style>\n\(Self.style)\n</style>\n</head>\n<body>\n<h1>\(Chart.esc(title))</h1>\n"
    h += "<p class=\"subtitle\">Étude \(Chart.esc(file))</p>\n"
    h += blocks.map(\.html).joined()
    return h + "</body>\n</html>\n"
  }

  static let style = """
    @page{size:A4;margin:16mm 14mm 18mm 14mm}
    body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45;font-size:15px}
    h1{font-size:1.55em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #bbb;break-after:avoid}
    .subtitle{color:#555;margin-top:0}
    table{border-collapse:collapse;width:100%;font-size:.86em;margin:.6em 0;display:block;overflow-x:auto}
    th,td{border:1px solid #ccc;padding:.25em .45em;text-align:left;vertical-align:top;overflow-wrap:break-word}
    th{background:#f2f4f7}td.n{text-align:right;white-space:nowrap}tr{break-inside:avoid}thead{display:table-header-group}
    figure{margin:1.2em 0;break-inside:avoid}figcaption{font-size:.88em;color:#444}
    svg.chart{display:block;width:100%;max-width:720px;height:auto}
    .verdict{border-left:6px solid #1f5fa6;background:#f6f8fb;padding:.5em .9em;margin:.7em 0;break-inside:avoid}
    @media print{body{max-width:none;margin:0;padding:0;font-size:9.5pt}table{display:table}}
    """
}
