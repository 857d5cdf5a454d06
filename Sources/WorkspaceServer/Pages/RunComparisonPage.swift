import Foundation
import ResultsExport
import Workspace

/// `/runs/compare?a=<n>&b=<n>`: two runs side by side — their scenarios'
/// differences line by line, their verdicts, and each figure's difference
/// (B − A) with its 95 % interval, paired when the seeds match.
enum RunComparisonPage {
  static func html(_ c: RunComparison) -> String {
    let (a, b) = (c.a.id ?? 0, c.b.id ?? 0)
    func runCell(_ r: RunRecord) -> String {
      "<a href=\"/runs/\(r.id ?? 0)\">n° \(r.id ?? 0)</a> — \(HTMLText.escape(r.scenarioFile)), \(HTMLText.escape(RunsPage.date(r.createdAt))), "
        + "graine \(HTMLText.escape(r.seed)), \(r.replications) réplications"
    }
    let how =
      c.paired
      ? "Même graine : la réplication <i>i</i> de l'un et celle de l'autre ont tiré les mêmes nombres au hasard ; chaque écart est "
        + "calculé réplication par réplication sur les \(c.pairs) premières (écarts appariés), ce qui isole l'effet des changements du scénario."
      : "Graines différentes : les deux calculs sont indépendants ; l'intervalle de l'écart est celui de Welch (deux moyennes, "
        + "variances différentes). Avec la même graine, les écarts seraient appariés et bien plus précis."
    var verdicts = ""
    let va = c.a.headlineFigures.verdicts.filter { $0.variant == "baseline" }
    for v in c.b.headlineFigures.verdicts where v.variant == "baseline" {
      let old = va.first { $0.objective == v.objective }
      verdicts += "<tr><td>\(HTMLText.escape(v.objectiveWords ?? v.objective))</td>"
      verdicts += "<td>\(old.map { "\(HTMLText.escape($0.words)) (\(NumberText.percentFR($0.probability)))" } ?? "–")</td>"
      verdicts += "<td>\(HTMLText.escape(v.words)) (\(NumberText.percentFR(v.probability)))</td></tr>\n"
    }
    var rows = ""
    for (i, f) in c.figures.enumerated() {
      if i == c.headlineCount {
        rows += "<tr><th colspan=\"5\" scope=\"rowgroup\">Autres chiffres, sur toute la période</th></tr>\n"
      }
      rows +=
        "<tr><td>\(HTMLText.escape(f.name))</td><td class=\"num\">\(number(f.meanA, f))</td><td class=\"num\">\(number(f.meanB, f))</td>"
      rows += "<td class=\"num\">\(signed(f.difference, f))</td>"
      rows +=
        "<td class=\"num\">\(f.low.isFinite ? "\(signed(f.low, f)) à \(signed(f.high, f))" : "–")\(f.isClear ? " <span class=\"verdict\">net</span>" : "")</td></tr>\n"
    }
    let body = """
      <h1>Calcul n° \(a) et calcul n° \(b)</h1>
      <table class="record"><tbody>
      <tr><th>A</th><td>\(runCell(c.a))</td></tr>
      <tr><th>B</th><td>\(runCell(c.b))</td></tr>
      </tbody></table>
      <h2>Ce qui diffère dans les scénarios</h2>
      \(c.a.scenarioSHA256 == c.b.scenarioSHA256 ? "<p>Les deux calculs ont lancé exactement le même scénario (même empreinte).</p>" : DiffView.html(c.scenarioDiff, oldLabel: "A", newLabel: "B"))
      \(verdicts.isEmpty ? "" : """
      <h2>Verdicts</h2>
      <div class="table-scroll"><table id="compare-verdicts"><thead><tr><th>Objectif</th><th>A</th><th>B</th></tr></thead><tbody>
      \(verdicts)</tbody></table></div>
      """)
      <h2>Chiffres</h2>
      <p>\(how) « net » : l'intervalle à 95 % de l'écart ne contient pas 0.</p>
      <div class="table-scroll"><table id="compare-figures"><thead><tr><th>Chiffre</th><th>A</th><th>B</th><th>Écart B − A</th>\
      <th>Intervalle à 95 %</th></tr></thead><tbody>
      \(rows)</tbody></table></div>
      """
    return Layout.page(title: "Calculs \(a) et \(b)", body: body)
  }

  static func number(_ x: Double, _ f: RunComparison.Figure) -> String {
    guard x.isFinite else { return "–" }
    return f.isShare ? NumberText.report(x * 100, digits: 1) + "\u{202F}%" : NumberText.report(x, digits: f.digits)
  }

  static func signed(_ x: Double, _ f: RunComparison.Figure) -> String {
    guard x.isFinite else { return "–" }
    let text = f.isShare ? NumberText.report(x * 100, digits: 1) + "\u{202F}pt" : NumberText.report(x, digits: max(f.digits, 1))
    return x > 0 ? "+" + text : text.replacingOccurrences(of: "-", with: "−")
  }

  /// The form on a finished run's page: compare it with another run (the previous one of the same scenario chosen).
  static func form(_ r: RunRecord, others: [RunRecord]) -> String {
    let candidates = others.filter { $0.id != r.id && $0.status == .done && $0.kind.hasReplications && $0.folder != nil }
    guard r.kind.hasReplications, r.status == .done, !candidates.isEmpty else { return "" }
    let previous = candidates.first { $0.scenarioFile == r.scenarioFile && ($0.id ?? 0) < (r.id ?? 0) }?.id
    let options = candidates.map { o in
      "<option value=\"\(o.id ?? 0)\"\(o.id == previous ? " selected" : "")>n° \(o.id ?? 0) — \(HTMLText.escape(o.scenarioFile)), "
        + "\(HTMLText.escape(RunsPage.date(o.createdAt)))</option>"
    }.joined()
    return """
      <form method="get" action="/runs/compare" class="actions card" id="compare-runs">
      <input type="hidden" name="b" value="\(r.id ?? 0)">
      <label>Comparer avec le calcul <select name="a">\(options)</select></label>
      <button type="submit" class="secondary">Comparer les deux calculs</button>
      </form>
      """
  }
}
