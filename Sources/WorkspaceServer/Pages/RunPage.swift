import Foundation
import ResultsExport
import Workspace

/// `/runs/<id>`: a run's record; while it runs, its progress (live through
/// the event stream, or by reloading without script) and a cancel button;
/// once done, its verdicts, the report and every file to download.
enum RunPage {
  static func html(_ r: RunRecord, progress: RunQueue.Progress?, files: [String], others: [RunRecord] = []) -> String {
    let id = r.id ?? 0
    var body = "<h1>Calcul n° \(id) — \(HTMLText.escape(r.kind.french))</h1>\n"
    body += """
      <table class="record"><tbody>
      <tr><th>Scénario</th><td><a href="/scenarios/\(HTMLText.escape(r.scenarioFile))">\(HTMLText.escape(r.scenarioFile))</a> \
      (<code>\(HTMLText.escape(r.scenarioName))</code>)</td></tr>
      <tr><th>Empreinte SHA-256 du scénario</th><td><code>\(r.scenarioSHA256)</code></td></tr>
      <tr><th>Graine, réplications</th><td>\(HTMLText.escape(r.seed)), \(r.kind.answers ? "selon la règle d'arrêt" : String(r.replications))</td></tr>
      <tr><th>Version de TZSim</th><td>\(HTMLText.escape(r.version))</td></tr>
      <tr><th>Demandé le</th><td>\(RunsPage.date(r.createdAt))</td></tr>
      <tr><th>État</th><td class="status-\(r.status.rawValue)" id="status">\(HTMLText.escape(r.status.french))\
      \(r.secondsToVerdict.map { String(format: " en %.1f s", $0).replacingOccurrences(of: ".", with: ",") } ?? "")</td></tr>
      </tbody></table>

      """
    if !r.status.isFinal {
      let p = progress ?? RunQueue.Progress(done: 0, total: 0, status: r.status)
      body += """
        <div class="card" id="progress" data-events="/runs/\(id)/events">
        <progress max="\(max(p.total, 1))" value="\(p.done)"></progress>
        <p class="progress-text" aria-live="polite">\(HTMLText.escape(text(p, kind: r.kind)))</p>
        <form method="post" action="/runs/\(id)/cancel">\(Layout.csrfField)<button type="submit" class="danger" id="cancel">Annuler</button></form>
        </div>
        """
      return Layout.page(title: "Calcul n° \(id)", body: body, refresh: true)
    }
    let headline = r.headlineFigures
    if let message = r.message {
      // A plan that found nothing is no success; an answer the budget decided is a caution.
      let kind =
        r.status != .done
        ? "error" : headline.answerState == RunHeadline.AnswerState.none ? "error" : headline.answerState == .uncertain ? "note" : "ok"
      body += Layout.message(message, kind: kind)
    }
    if !headline.verdicts.isEmpty {
      body += "<h2>Verdicts</h2>\n<table id=\"verdicts\"><thead><tr><th>\(r.kind == .plan ? "Valeur essayée" : "Variante")</th>"
      let uncertain = headline.verdicts.contains { $0.uncertainProbability != nil }
      body += "<th>Objectif</th><th>\(uncertain ? "Si les hypothèses sont justes" : "Verdict")</th><th>Probabilité</th>"
      body += uncertain ? "<th>Compte tenu de l'incertitude sur les hypothèses</th><th>Probabilité</th>" : ""
      body += "</tr></thead><tbody>\n"
      for v in headline.verdicts {
        let variant = v.variant == "baseline" ? "scénario de base" : v.variant  // as the live page's script shows it
        let objective =
          v.objectiveWords.map { "\(HTMLText.escape($0)) <span class=\"path\">(\(HTMLText.escape(v.objective)))</span>" }
          ?? HTMLText.escape(v.objective)
        body += "<tr><td>\(HTMLText.escape(variant))</td><td>\(objective)</td>"
        body += "<td class=\"verdict\">\(HTMLText.escape(v.words))</td><td>\(NumberText.percentFR(v.probability))</td>"
        if uncertain {
          body +=
            "<td class=\"verdict\">\(HTMLText.escape(v.uncertainWords ?? "–"))</td><td>\(v.uncertainProbability.map(NumberText.percentFR) ?? "–")</td>"
        }
        body += "</tr>\n"
      }
      body += "</tbody></table>\n"
    }
    if r.status == .done {
      if files.contains("report.html") {
        body += "<p class=\"actions\"><a class=\"button\" id=\"report\" href=\"/runs/\(id)/files/report.html\">Lire le rapport</a></p>\n"
      }
      body += RunComparisonPage.form(r, others: others)
      if r.kind == .calibrate {
        let stem = r.scenarioFile.prefix { $0 != "." }
        body += """
          <form method="post" action="/runs/\(id)/calibrated" class="actions card" id="create-calibrated">\(Layout.csrfField)
          <label>Créer le scénario calibré <input name="name" value="\(HTMLText.escape("\(stem)-calibre-\(id).yaml"))" required></label>
          <button type="submit">Créer ce scénario</button>
          <span class="path">Les valeurs ajustées, avec leur incertitude ; le fichier d'origine n'est pas modifié.</span>
          </form>
          """
      }
      if r.kind == .plan, headline.answerValue != nil {
        let stem = r.scenarioFile.prefix { $0 != "." }
        body += """
          <form method="post" action="/runs/\(id)/apply" class="actions card" id="apply-plan">\(Layout.csrfField)
          <label>Appliquer la réponse dans un nouveau scénario <input name="name" value="\(HTMLText.escape("\(stem)-plan-\(id).yaml"))" required></label>
          <button type="submit">Créer ce scénario</button>
          <span class="path">Le scénario tel que le plan l'a calculé, avec la valeur trouvée ; le fichier d'origine n'est pas modifié.</span>
          </form>
          """
      }
      body += downloads(id, files)
    }
    body += manage(r)
    return Layout.page(title: "Calcul n° \(id)", body: body)
  }

  /// Archive (or bring back) a finished run; put its files in the bin.
  static func manage(_ r: RunRecord) -> String {
    let id = r.id ?? 0
    var out = "<div class=\"actions card\" id=\"manage-run\">"
    out += "<form method=\"post\" action=\"/runs/\(id)/archive\" class=\"inline\">\(Layout.csrfField)"
    out += "<input type=\"hidden\" name=\"archived\" value=\"\(r.archived ? "0" : "1")\">"
    out +=
      "<button type=\"submit\" class=\"secondary\" id=\"archive\">\(r.archived ? "Remettre dans la liste" : "Archiver")</button></form>"
    if r.folder != nil {
      out += "<form method=\"post\" action=\"/runs/\(id)/delete\" class=\"inline\">\(Layout.csrfField)"
      out += "<button type=\"submit\" class=\"secondary\" id=\"delete-run\">Mettre ses fichiers à la corbeille</button></form>"
    }
    out += "<span class=\"path\">Archivé, un calcul quitte les listes mais garde ses fichiers ; à la corbeille, ses fichiers "
    out += "vont dans <code>tzsim-runs/corbeille/</code> et sa ligne reste au registre.</span></div>"
    return out
  }

  static func text(_ p: RunQueue.Progress, kind: RunKind) -> String {
    switch p.status {
    case .queued: return "En attente : un autre calcul passe avant."
    case .running where kind == .plan: return "Valeurs essayées : \(p.done) (environ \(p.total) en tout)."
    case .running where kind == .calibrate: return "Évaluations : \(p.done) (environ \(p.total) en tout)."
    case .running: return "\(p.done) sur \(p.total) réplications."
    default: return p.status.french.capitalized + "."
    }
  }

  /// The files of the folder, grouped: report, tables (CSV for a French spreadsheet), charts, the rest.
  static func downloads(_ id: Int64, _ files: [String]) -> String {
    func list(_ title: String, _ names: [String]) -> String {
      guard !names.isEmpty else { return "" }
      let items = names.map { "<li><a href=\"/runs/\(id)/files/\(HTMLText.escape($0))\" download>\(HTMLText.escape($0))</a></li>" }.joined()
      return "<h3>\(title)</h3><ul>\(items)</ul>"
    }
    let visible = files.filter { !$0.hasPrefix(".") }
    let report = visible.filter { $0.hasPrefix("report.") || $0.hasPrefix("plan.") }
    let tables = visible.filter { $0.hasSuffix(".csv") && !$0.hasPrefix("charts/") && !report.contains($0) }
    let charts = visible.filter { $0.hasPrefix("charts/") }
    let rest = visible.filter { !report.contains($0) && !tables.contains($0) && !charts.contains($0) }
    // Each chart once: its picture and its data.
    let chartNames = charts.filter { $0.hasSuffix(".svg") }.map { String($0.dropFirst("charts/".count).dropLast(4)) }
    let chartItems = chartNames.map { c in
      "<li>\(HTMLText.escape(c)) : <a href=\"/runs/\(id)/files/charts/\(HTMLText.escape(c)).svg\" download>image (SVG)</a> · "
        + "<a href=\"/runs/\(id)/files/charts/\(HTMLText.escape(c)).csv\" download>données (CSV)</a></li>"
    }.joined()
    let chartList = chartItems.isEmpty ? "" : "<h3>Graphiques</h3><ul id=\"charts\">\(chartItems)</ul>"
    return """
      <div class="card" id="downloads"><h2>Fichiers à télécharger</h2>
      <p>Les tableaux sont au format d'un tableur français (point-virgule, virgule décimale) ; chaque graphique est \
      une image SVG à insérer dans Word ou LibreOffice, avec ses données en CSV.</p>
      \(list("Rapport", report))\(list("Tableaux (CSV)", tables))\(chartList)\(list("Autres fichiers", rest))
      </div>
      """
  }
}
