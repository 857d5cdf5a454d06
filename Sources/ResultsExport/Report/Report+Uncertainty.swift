import Foundation
import TerritoryModel

/// The chapter « Ce qui fait varier le verdict »: each objective's two
/// verdicts (if the assumptions hold; once they are uncertain), the laws of
/// the uncertain assumptions with their sources, and which assumption moves
/// each verdict and headline figure (sensitivity indices, in words first).
extension Report {
  /// A table of the chapter: written once, rendered in both formats.
  struct ChapterTable {
    let id: String
    let header: [String]
    let rows: [[String]]
    let note: String?
  }

  var failureTitle: String { text.t("Quand l'objectif est-il manqué ?", "When is the objective missed?") }
  var informationTitle: String { text.t("Ce qu'il vaut la peine de mesurer avant de choisir", "What is worth measuring before choosing") }

  var uncertaintyTitle: String { text.t("Ce qui fait varier le verdict", "What moves the verdict") }

  func uncertaintyIntro(_ u: UncertaintySummary) -> String {
    text.t(
      "Les valeurs marquées HYPOTHÈSE ne sont pas sûres. Le simulateur les a tirées \(text.count(u.draws, "fois", "fois")) selon les lois ci-dessous (un plan quasi aléatoire de Sobol de \(u.points) points de base), avec \(text.count(u.replications, "réplication", "réplications")) à chaque tirage, pour dire ce que devient chaque verdict si elles sont fausses, et laquelle le décide.",
      "The values marked ASSUMPTION are not certain. The simulator drew them \(text.count(u.draws, "time", "times")) from the laws below (a quasi-random Sobol design of \(u.points) base points), with \(text.count(u.replications, "replication", "replications")) at each draw, to say what each verdict becomes if they are wrong, and which one decides it."
    )
  }

  /// An objective's period in words, after its figure: " en 2020", " au 31 décembre 2024", or nothing.
  func periodWords(_ period: Objective.Period) -> String { ObjectiveText.period(period, text) }

  /// An input's value for the planner: a share as a percentage, else three significant digits.
  func drawn(_ x: Double, _ input: UncertaintySummary.Input) -> String {
    guard x.isFinite else { return "–" }
    return input.isShare ? text.percent(x) : drawn(x)
  }

  /// A drawn value for the planner: three significant digits, as a scenario writes numbers.
  func drawn(_ x: Double) -> String {
    guard x.isFinite, x != 0 else { return text.shortest(x) }
    let scale = Foundation.pow(10, 2 - Foundation.floor(Foundation.log10(abs(x))))
    return text.shortest((x * scale).rounded() / scale)
  }

  /// An index as a percentage, clamped to [0, 100 %] (estimates may stray outside with few draws; the CSV keeps them).
  /// A first-order index is shown at most its total (S_i ≤ ST_i by definition; a small design's estimates may cross).
  func share(_ x: Double) -> String { text.percent(min(1, max(0, x))) }

  /// An assumption's name for the council: its label, and its place when it has one ("Conseillers — troyes").
  func inputName(_ i: UncertaintySummary.Input) -> String {
    text.t(i.french, i.english) + (i.place.isEmpty ? "" : " — \(i.place)")
      + (i.drawnAfter.isEmpty
        ? ""
        : text.t(
          " (au-delà de ce qu'en disent \(i.drawnAfter.joined(separator: ", ")))",
          " (beyond what \(i.drawnAfter.joined(separator: ", ")) say of it)"
        ))
  }

  /// A law's text, and for a key fitted with others, with which and how correlated.
  func lawText(_ i: UncertaintySummary.Input) -> String {
    guard !i.fittedWith.isEmpty else { return i.law }
    let others = i.fittedWith.map { "\($0.path) (ρ = \(text.number($0.correlation, digits: 2)))" }.joined(separator: ", ")
    return i.law + text.t(", calée avec ", ", fitted with ") + others
  }

  /// An objective in a few words: "Personnes accompagnées en 2020 ≥ 800".
  func objectiveWords(_ id: String) -> String? {
    guard let o = summary.objectives.first(where: { $0.objective.id == id })?.objective else { return nil }
    return ObjectiveText.words(o, language: text.language)
  }

  /// Where each objective fails, in a sentence: the rule, or that none stands out.
  func failureSentences(_ u: UncertaintySummary) -> [String] {
    u.failureRules.compactMap { f in
      guard let words = objectiveWords(f.objectiveID) else { return nil }
      if f.baseRate == 0 {
        return text.t(
          "« \(words) » : l'objectif n'est manqué dans aucune réplication d'aucun tirage.",
          "“\(words)”: the objective is missed in no replication of any draw.")
      }
      guard !f.bounds.isEmpty else {
        return text.t(
          "« \(words) » : aucune règle simple, sur une ou deux hypothèses, ne décrit les cas où l'objectif est manqué (il l'est dans \(text.percent(f.baseRate)) des réplications, sans zone des hypothèses où ce taux monte nettement).",
          "“\(words)”: no simple rule on one or two assumptions describes when the objective is missed (it is in \(text.percent(f.baseRate)) of replications, with no region of the assumptions where that rate rises clearly)."
        )
      }
      let conditions = f.bounds.map { b -> String in
        let input = u.inputs[b.input]
        let name = text.t("« \(inputName(input)) »", "“\(inputName(input))”")
        switch (b.lower, b.upper) {
        case (let lo?, let hi?):
          return text.t(
            "\(name) est entre \(drawn(lo, input)) et \(drawn(hi, input))", "\(name) is between \(drawn(lo, input)) and \(drawn(hi, input))"
          )
        case (let lo?, nil): return text.t("\(name) vaut au moins \(drawn(lo, input))", "\(name) is at least \(drawn(lo, input))")
        case (nil, let hi?): return text.t("\(name) vaut au plus \(drawn(hi, input))", "\(name) is at most \(drawn(hi, input))")
        default: return name
        }
      }
      return text.t(
        "« \(words) » : l'objectif est manqué surtout si \(conditions.joined(separator: " et ")). Dans ce cas, il l'est dans \(text.percent(f.density)) des réplications (contre \(text.percent(f.baseRate)) en tout) ; ces tirages regroupent \(text.percent(f.coverage)) des échecs.",
        "“\(words)”: the objective is missed mostly when \(conditions.joined(separator: " and ")). There it is missed in \(text.percent(f.density)) of replications (against \(text.percent(f.baseRate)) overall); these draws hold \(text.percent(f.coverage)) of the failures."
      )
    }
  }

  /// The value of information for the choice among options, in a sentence and a table.
  func informationChapter(_ u: UncertaintySummary) -> (sentence: String, table: ChapterTable)? {
    guard let v = u.informationValue, let words = objectiveWords(v.objectiveID) else { return nil }
    let chosen = v.options[v.choice]
    let chosenName =
      comparison?.options.first { $0.id == chosen }?.name ?? (v.choice == 0 ? text.t("la référence", "the baseline") : chosen)
    let points = { (x: Double) in
      self.text.t("\(self.text.number(x * 100, digits: 1)) points", "\(self.text.number(x * 100, digits: 1)) points")
    }
    let order = u.inputs.indices.sorted { (v.partial[$0], -$0) > (v.partial[$1], -$1) }
    var sentence = text.t(
      "Pour l'objectif « \(words) », choisir aujourd'hui mène à « \(chosenName) » (\(text.percent(v.probabilities[v.choice])) de chances en moyenne sur les tirages). Connaître toutes les hypothèses avant de choisir ferait gagner en moyenne \(points(v.overall)) de probabilité.",
      "For the objective “\(words)”, choosing now leads to “\(chosenName)” (\(text.percent(v.probabilities[v.choice])) on average over the draws). Knowing every assumption before choosing would gain \(points(v.overall)) of probability on average."
    )
    if let top = order.first, v.partial[top] > 0.005 {
      sentence += text.t(
        " L'hypothèse qu'il vaut le plus la peine de mesurer d'abord est **\(inputName(u.inputs[top]))** (\(points(v.partial[top])) à elle seule).",
        " The assumption most worth measuring first is **\(inputName(u.inputs[top]))** (\(points(v.partial[top])) alone).")
    } else {
      sentence += text.t(
        " Aucune hypothèse, mesurée seule, ne changerait le choix : il est sûr au regard des lois données.",
        " No assumption, measured alone, would change the choice: it is safe given the laws.")
    }
    return (
      sentence,
      ChapterTable(
        id: "table-information-value",
        header: [
          text.t("Hypothèse", "Assumption"),
          text.t("Valeur de l'information (points de probabilité)", "Value of information (probability points)"),
        ],
        rows: order.map { [inputName(u.inputs[$0]), text.number(v.partial[$0] * 100, digits: 1)] }
          + [[text.t("Toutes ensemble", "All together"), text.number(v.overall * 100, digits: 1)]],
        note: text.t(
          "Gain moyen de probabilité d'atteindre l'objectif si l'on connaissait l'hypothèse avant de choisir l'option (valeur de l'information parfaite ; méthode de Strong et Oakley par tri et classes). Le total, calculé sur des moyennes de quelques réplications, est un peu surestimé par leur hasard.",
          "Mean gain in the probability of meeting the objective if the assumption were known before choosing the option (expected value of perfect information; Strong and Oakley's sort-and-bin method). The total, computed on means of a few replications, is slightly overstated by their chance."
        ))
    )
  }

  /// One tornado chart per objective: each assumption alone at its low and high value.
  var uncertaintyFigures: [Figure] {
    guard let u = uncertainty, let t = u.tornado else { return [] }
    return u.outputs.enumerated().compactMap { j, output -> Figure? in
      guard let o = summary.objectives.first(where: { UncertaintySummary.objectiveOutput($0.objective.id) == output }),
        let words = objectiveWords(o.objective.id)
      else { return nil }
      let items = t.bars.map { b in
        TornadoChart.Item(
          label: "\(inputName(u.inputs[b.input])) (\(drawn(b.lowValue, u.inputs[b.input])) → \(drawn(b.highValue, u.inputs[b.input])))",
          atLow: b.atLow[j], atHigh: b.atHigh[j])
      }
      return Figure(
        chart: TornadoChart.make(
          id: "tornado-\(o.objective.id)", title: text.t("Ce qui déplace : \(words)", "What moves: \(words)"),
          axisTitle: text.t("probabilité d'atteindre l'objectif", "probability of meeting the objective"), center: t.center[j],
          items: items,
          percent: true, language: language),
        caption: text.t(
          "« \(words) » : probabilité d'atteindre l'objectif quand une seule hypothèse prend sa valeur basse (clair) ou haute (foncé) de sa loi (5e et 95e centiles, entre parenthèses), les autres restant à leur valeur du scénario ; le trait vertical est la probabilité avec toutes les valeurs du scénario. Sur les mêmes \(t.replications) réplications pour chaque barre ; la plus large en haut.",
          "“\(words)”: probability of meeting the objective when one assumption alone takes its low (light) or high (dark) value (5th and 95th percentiles of its law, in brackets), the others at their scenario values; the vertical line is the probability with every scenario value. On the same \(t.replications) replications for each bar; the widest on top."
        ))
    }
  }

  /// Each objective's two verdicts, in words.
  func uncertaintyVerdicts(_ u: UncertaintySummary) -> [(text: String, likelihood: Likelihood)] {
    u.verdicts.compactMap { v in
      guard let o = summary.objectives.first(where: { $0.objective.id == v.objectiveID }) else { return nil }
      let name = text.kpi(o.objective.kpi.kpi).name
      let exact = Likelihood(probability: o.probability)
      let uncertain = Likelihood(probability: v.probability)
      let period = periodWords(o.objective.period)
      let cmp = o.objective.comparison == .atLeast ? "≥" : "≤"
      let share = text.percent(v.assumptionsShare)
      let s = text.t(
        "**\(name)\(period) \(cmp) \(text.number(o.objective.target))** — si les hypothèses sont justes : **\(text.t(exact.words))** (\(text.percent(o.probability))) ; compte tenu de l'incertitude sur les hypothèses : **\(text.t(uncertain.words))** (\(text.percent(v.probability)), de \(text.percent(v.low)) à \(text.percent(v.high)) selon les tirages, 8 sur 10). \(share) de la variation du résultat vient des hypothèses, le reste du hasard des réplications.",
        "**\(name)\(period) \(cmp) \(text.number(o.objective.target))** — if the assumptions hold: **\(text.t(exact.words))** (\(text.percent(o.probability))); given the uncertainty on the assumptions: **\(text.t(uncertain.words))** (\(text.percent(v.probability)), from \(text.percent(v.low)) to \(text.percent(v.high)) across draws, 8 in 10). \(share) of the outcome's variation comes from the assumptions, the rest from the replications' chance."
      )
      return (s, uncertain)
    }
  }

  /// The laws: value in the scenario, law, its 5–95 % range, source.
  func uncertaintyLaws(_ u: UncertaintySummary) -> ChapterTable {
    ChapterTable(
      id: "table-uncertain-laws",
      header: [
        text.t("Hypothèse", "Assumption"), text.t("Valeur du scénario", "Scenario value"), text.t("Loi", "Law"),
        text.t("De … à … (9 tirages sur 10)", "From … to … (9 draws in 10)"), "Source",
      ],
      rows: u.inputs.map { i in
        [
          "\(text.t(i.french, i.english)) (\(i.path))", drawn(i.value, i), lawText(i), text.range(drawn(i.low, i), drawn(i.high, i)),
          i.source,
        ]
      },
      note: u.inputs.contains { !$0.fittedWith.isEmpty }
        ? text.t(
          "Les clés calées ensemble (une loi normale jointe, écrite par le calage) sont tirées dans l'ordre où le scénario les nomme, chacune selon ce que les précédentes disent d'elle : l'indice de la première compte aussi ce qu'elle entraîne pour les autres, celui des suivantes leur seule part propre.",
          "Keys fitted together (a joint normal law, written by the calibration) are drawn in the order the scenario names them, each given what the ones before say of it: the first key's index also counts what it carries along for the others, the next keys' only their own part."
        ) : nil)
  }

  /// The label of an output of the design.
  func uncertaintyOutputLabel(_ output: String) -> String {
    let prefix = UncertaintySummary.objectiveOutput("")
    if output.hasPrefix(prefix), let o = summary.objectives.first(where: { UncertaintySummary.objectiveOutput($0.objective.id) == output })
    {
      return text.t("Probabilité d'atteindre l'objectif « ", "Probability of meeting the objective “") + text.kpi(o.objective.kpi.kpi).name
        + periodWords(o.objective.period) + text.t(" »", "”")
    }
    return headlineLabel(output)
  }

  /// One table per objective: the keys ranked by their total index, in words and figures.
  func uncertaintyIndexTables(_ u: UncertaintySummary) -> [(sentence: String, table: ChapterTable)] {
    u.sensitivities.filter { $0.output.hasPrefix(UncertaintySummary.objectiveOutput("")) }.map { s in
      let label = uncertaintyOutputLabel(s.output)
      // When the assumptions make almost none of the outcome's variance, the indices only share out chance.
      let assumptionsShare = u.verdicts.first { UncertaintySummary.objectiveOutput($0.objectiveID) == s.output }?.assumptionsShare ?? 1
      guard s.variance > 0, let top = s.ranking.first, s.indices[top].total >= Self.negligibleIndex,
        assumptionsShare >= Self.negligibleIndex
      else {
        return (
          text.t(
            "\(label) : aucune des hypothèses incertaines ne le déplace sensiblement (chacune, ou toutes ensemble, en font moins de \(text.percent(Self.negligibleIndex)) de la variation) ; ce qui varie d'un tirage à l'autre vient du hasard des réplications.",
            "\(label): none of the uncertain assumptions moves it noticeably (each, or all together, make under \(text.percent(Self.negligibleIndex)) of its variation); what varies from one draw to another is the replications' chance."
          ),
          ChapterTable(id: "table-indices", header: [], rows: [], note: nil)
        )
      }
      let i = s.indices[top]
      let sentence = text.t(
        "\(label) : l'hypothèse qui pèse le plus est **\(inputName(u.inputs[top]))** : à elle seule, elle explique \(share(min(i.first, i.total))) de la variation, et \(share(i.total)) avec ses interactions avec les autres.",
        "\(label): the assumption that weighs most is **\(inputName(u.inputs[top]))**: alone it explains \(share(min(i.first, i.total))) of the variation, and \(share(i.total)) with its interactions with the others."
      )
      let rows = s.ranking.map { k -> [String] in
        let x = s.indices[k]
        return [
          inputName(u.inputs[k]),
          "\(share(min(x.first, x.total))) (\(text.range(share(x.firstLow), share(x.firstHigh))))",
          "\(share(x.total)) (\(text.range(share(x.totalLow), share(x.totalHigh))))",
        ]
      }
      return (
        sentence,
        ChapterTable(
          id: "table-indices-\(s.output.dropFirst(prefixLength))",
          header: [
            text.t("Hypothèse", "Assumption"), text.t("Seule (1er ordre, IC 95 %)", "Alone (first order, 95 % CI)"),
            text.t("Avec ses interactions (total, IC 95 %)", "With its interactions (total, 95 % CI)"),
          ],
          rows: rows, note: nil)
      )
    }
  }

  /// Below this total index, an assumption is said not to move an outcome.
  static let negligibleIndex = 0.05

  private var prefixLength: Int { UncertaintySummary.objectiveOutput("").count }

  /// The headline figures: each key's total index, one column per figure.
  func uncertaintyFigureTable(_ u: UncertaintySummary) -> ChapterTable? {
    let figures = u.sensitivities.filter { !$0.output.hasPrefix(UncertaintySummary.objectiveOutput("")) }
    guard !figures.isEmpty else { return nil }
    return ChapterTable(
      id: "table-indices-figures",
      header: [text.t("Hypothèse", "Assumption")] + figures.map { headlineLabel($0.output) },
      rows: u.inputs.indices.map { k in
        [inputName(u.inputs[k])]
          + figures.map { $0.variance > 0 ? share($0.indices[k].total) : "–" }
      },
      note: text.t(
        "Part de la variation de chaque chiffre clé (moyenne sur les réplications d'un tirage) que l'hypothèse explique avec ses interactions (indice total).",
        "Share of each headline figure's variation (its mean over a draw's replications) that the assumption explains with its interactions (total index)."
      ))
  }

  var uncertaintyReading: String {
    text.t(
      "Lire les indices : « seule » est la part de la variation du résultat que l'hypothèse explique à elle seule (indice de Sobol du premier ordre) ; « avec ses interactions » y ajoute ce qu'elle fait en se combinant aux autres (indice total). Une hypothèse dont l'indice total est proche de 0 peut rester approximative ; celle qui est en tête mérite d'être mesurée avant de décider. Le hasard des réplications garde sa part : les indices ne somment pas à 100 %.",
      "Reading the indices: “alone” is the share of the outcome's variation the assumption explains by itself (first-order Sobol index); “with its interactions” adds what it does in combination with the others (total index). An assumption whose total index is near 0 may stay approximate; the one on top deserves measuring before deciding. The replications' chance keeps its part: the indices do not sum to 100 %."
    )
  }

  // MARK: Rendering

  func uncertaintyMarkdown(_ u: UncertaintySummary) -> String {
    func table(_ t: ChapterTable) -> String {
      guard !t.header.isEmpty else { return "" }
      var md = "| " + t.header.map(Self.cell).joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: t.header.count) + "\n"
      for r in t.rows { md += "| " + r.map(Self.cell).joined(separator: " | ") + " |\n" }
      return md + (t.note.map { "\n\($0)\n" } ?? "") + "\n"
    }
    var md = "## \(uncertaintyTitle)\n\n\(uncertaintyIntro(u))\n\n"
    md += uncertaintyVerdicts(u).map { "- \($0.text)\n" }.joined() + "\n"
    md += table(uncertaintyLaws(u))
    for f in uncertaintyFigures {
      md += "\(text.t("Graphique", "Chart")) charts/\(f.chart.id).svg : \(f.caption)\n\n".replacingOccurrences(
        of: ".svg : ", with: text.fr ? ".svg : " : ".svg: ")
    }
    for (sentence, t) in uncertaintyIndexTables(u) { md += "\(sentence)\n\n" + table(t) }
    if let t = uncertaintyFigureTable(u) { md += table(t) }
    md += "### \(failureTitle)\n\n" + failureSentences(u).map { "\($0)\n\n" }.joined()
    if let (sentence, t) = informationChapter(u) { md += "### \(informationTitle)\n\n\(sentence)\n\n" + table(t) }
    return md + "\(uncertaintyReading)\n\n"
  }

  func uncertaintyHTML(_ u: UncertaintySummary) -> String {
    func table(_ t: ChapterTable) -> String {
      guard !t.header.isEmpty else { return "" }
      var h = "<table id=\"\(t.id)\"><thead><tr>" + t.header.map { "<th>\(Self.esc($0))</th>" }.joined() + "</tr></thead><tbody>\n"
      for r in t.rows { h += "<tr>" + r.map { "<td>\(Self.esc($0))</td>" }.joined() + "</tr>\n" }
      return h + "</tbody></table>\n" + (t.note.map { "<p class=\"note\">\(Self.esc($0))</p>\n" } ?? "")
    }
    var h = "<h2 id=\"uncertainty\">\(Self.esc(uncertaintyTitle))</h2>\n<p>\(Self.esc(uncertaintyIntro(u)))</p>\n"
    for v in uncertaintyVerdicts(u) {
      h += "<p class=\"verdict\" style=\"border-left-color:\(v.likelihood.color)\">\(bold(Self.esc(v.text)))</p>\n"
    }
    h += table(uncertaintyLaws(u))
    for f in uncertaintyFigures { h += "<figure>\(f.chart.svg)<figcaption>\(Self.esc(f.caption))</figcaption></figure>\n" }
    for (sentence, t) in uncertaintyIndexTables(u) { h += "<p>\(bold(Self.esc(sentence)))</p>\n" + table(t) }
    if let t = uncertaintyFigureTable(u) { h += table(t) }
    h += "<h3>\(Self.esc(failureTitle))</h3>\n" + failureSentences(u).map { "<p>\(Self.esc($0))</p>\n" }.joined()
    if let (sentence, t) = informationChapter(u) {
      h += "<h3>\(Self.esc(informationTitle))</h3>\n<p>\(bold(Self.esc(sentence)))</p>\n" + table(t)
    }
    return h + "<p class=\"note\">\(Self.esc(uncertaintyReading))</p>\n"
  }
}
