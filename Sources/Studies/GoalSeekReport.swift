public import ResultsExport

/// What `tzsim plan` found, as files: `plan.csv` (one row per candidate
/// evaluated), `plan.md` (a section to paste into the council report, in
/// French or English) and the scenario searched (`scenario.yaml`). The
/// command line and the workspace write a plan through ``write(into:flavour:language:)``.
public struct GoalSeekReport: Sendable {
  public let seek: GoalSeek
  public let evaluations: [GoalSeek.Evaluation]
  public let answer: Double?
  /// The yearly cost of one unit of the varied key, if given.
  public let costPerUnit: Double?

  public init(seek: GoalSeek, evaluations: [GoalSeek.Evaluation], answer: Double?, costPerUnit: Double?) {
    self.seek = seek
    self.evaluations = evaluations
    self.answer = answer
    self.costPerUnit = costPerUnit
  }

  /// The plan's files, the same from the command line and the workspace.
  public func write(into destination: some StudyDestination, flavour: CSVFlavour, language: ReportLanguage) throws {
    try destination.write("plan.csv", csv(flavour: flavour))
    try destination.write("plan.md", markdown(language: language))
    try destination.write(StudyWriter.scenarioCopy, String(decoding: seek.scenario.source, as: UTF8.self))
  }

  var objectiveID: String { seek.scenario.parameters.objectives[seek.objectiveIndex].id }
  var uncertain: Bool { evaluations.first { $0.value == answer }?.decision == .uncertainMeets }

  public func csv(flavour: CSVFlavour) -> String {
    let french = flavour == .frenchExcel
    let sep = french ? ";" : ","
    func n(_ x: Double) -> String { french ? NumberText.french(x) : NumberText.plain(x) }
    var out = (french ? "\u{FEFF}" : "")
    out +=
      (french
      ? ["valeur", "réplications", "atteint", "probabilité", "ic99_bas", "ic99_haut", "décision"]
      : ["value", "replications", "met", "probability", "ci99_low", "ci99_high", "decision"]).joined(separator: sep) + "\n"
    for e in evaluations {
      let (lo, hi) = e.interval99
      out +=
        [n(e.value), String(e.replications), String(e.met), n(e.probability), n(lo), n(hi), Self.decision(e.decision, french: french)]
        .joined(separator: sep) + "\n"
    }
    return out
  }

  static func decision(_ d: GoalSeek.Decision, french: Bool) -> String {
    guard french else { return d.rawValue }
    switch d {
    case .meets: return "atteint"
    case .misses: return "n'atteint pas"
    case .uncertainMeets: return "atteint (incertain)"
    case .uncertainMisses: return "n'atteint pas (incertain)"
    }
  }

  public func markdown(language: ReportLanguage) -> String {
    let fr = language == .fr
    func t(_ a: String, _ b: String) -> String { fr ? a : b }
    func n(_ x: Double, _ digits: Int = 0) -> String {
      let s = NumberText.report(x, digits: digits)
      return fr ? s : s.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "\u{202F}", with: ",")
    }
    func pct(_ p: Double) -> String { n(p * 100) + (fr ? "\u{202F}%" : "%") }
    /// A candidate as written on the command line (2, 2.5), with a decimal comma in French.
    func v(_ x: Double) -> String { fr ? NumberText.french(x) : NumberText.plain(x) }
    let used = evaluations.reduce(0) { $0 + $1.replications }
    var md = "## " + t("Recherche de la dotation minimale", "Search for the smallest staffing") + "\n\n"
    md +=
      t(
        "Objectif « \(objectiveID) » atteint dans au moins \(pct(seek.target)) des réplications, en faisant varier `\(seek.path)` de \(v(seek.candidates.first ?? 0)) à \(v(seek.candidates.last ?? 0)) ; \(n(Double(used))) réplications en tout, sur les mêmes nombres aléatoires pour chaque valeur.",
        "Objective “\(objectiveID)” met in at least \(pct(seek.target)) of replications, varying `\(seek.path)` from \(v(seek.candidates.first ?? 0)) to \(v(seek.candidates.last ?? 0)); \(n(Double(used))) replications in all, on the same random numbers for every value."
      ) + "\n\n"
    if let answer {
      var s = t("**Réponse : \(v(answer))**", "**Answer: \(v(answer))**")
      if let c = costPerUnit { s += t(", soit \(n(c * answer)) € par an", ", that is \(n(c * answer)) € a year") }
      if uncertain {
        s += t(
          " (incertaine : le budget de réplications est épuisé avant une décision nette).",
          " (uncertain: the replication budget ran out before a clear decision).")
      } else {
        s += "."
      }
      md += s + "\n\n"
    } else {
      md +=
        t(
          "**Aucune valeur de l'intervalle n'atteint l'objectif** avec cette probabilité : il faut élargir l'intervalle ou revoir l'objectif.",
          "**No value in the range meets the objective** with this probability: widen the range or revise the objective.") + "\n\n"
    }
    if let u = seek.uncertainty {
      md +=
        t(
          "Sous incertitude : à chaque réplication, les \(u.inputs.count) hypothèses incertaines du scénario sont tirées à nouveau selon leurs lois (la clé que l'on fait varier garde la valeur essayée) ; la probabilité est donc celle d'atteindre l'objectif compte tenu de l'incertitude sur les hypothèses, comme le second verdict d'une simulation. Les mêmes tirages servent pour chaque valeur.",
          "Under uncertainty: at each replication the scenario's \(u.inputs.count) uncertain assumptions are drawn anew from their laws (the varied key keeps the value tried); the probability is thus that of meeting the objective given the uncertainty on the assumptions, as a run's second verdict. The same draws serve every value."
        ) + "\n\n"
    } else if seek.scenario.uncertainty != nil {
      md +=
        t(
          "Les hypothèses incertaines du scénario sont prises comme justes : la probabilité est celle du premier verdict (« si les hypothèses sont justes ») ; `tzsim plan --under-uncertainty` la calcule compte tenu de leur incertitude.",
          "The scenario's uncertain assumptions are taken as exact: the probability is the first verdict's (“if the assumptions hold”); `tzsim plan --under-uncertainty` computes it given their uncertainty."
        ) + "\n\n"
    }
    md +=
      "| " + t("Valeur", "Value") + " | " + t("Réplications", "Replications") + " | " + t("Atteint", "Met") + " | "
      + t("Probabilité", "Probability") + " | " + t("IC 99 %", "99% CI") + " | " + t("Décision", "Decision")
      + " |\n|---|---|---|---|---|---|\n"
    for e in evaluations.sorted(by: { $0.value < $1.value }) {
      let (lo, hi) = e.interval99
      md +=
        "| \(v(e.value)) | \(n(Double(e.replications))) | \(n(Double(e.met))) | \(pct(e.probability)) | \(t("de \(pct(lo)) à \(pct(hi))", "\(pct(lo)) to \(pct(hi))")) | \(Self.decision(e.decision, french: fr)) |\n"
    }
    return HTMLText.inertMarkdown(md)
  }
}
