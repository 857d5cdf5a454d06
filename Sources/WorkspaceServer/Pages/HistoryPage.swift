import Foundation
import ResultsExport
import Workspace

/// `/scenarios/<file>/historique`: the versions each save replaced, newest
/// first; `/scenarios/<file>/historique/<version>`: one of them beside the
/// file as it is now, with a button to restore it.
enum HistoryPage {
  static func list(name: String, versions: [SavedVersion]) -> String {
    let n = HTMLText.escape(name)
    var rows = ""
    for v in versions {
      rows += "<tr><td>\(HTMLText.escape(RunsPage.date(v.date)))</td><td class=\"num\">\(v.size) octets</td>"
      rows += "<td><a href=\"/scenarios/\(n)/historique/\(HTMLText.escape(v.id))\">Voir et comparer</a></td></tr>\n"
    }
    if versions.isEmpty { rows = "<tr><td colspan=\"3\">Aucun enregistrement depuis l'espace de travail : rien à restaurer.</td></tr>" }
    let body = """
      <h1>\(n) — historique</h1>
      <p>Chaque fois que le scénario est enregistré depuis l'espace de travail (formulaire, éditeur YAML, valeur incertaine, \
      restauration), la version qu'il remplace est gardée dans <code>tzsim-runs/historique/</code>. Les dates sont celles \
      où chaque version a été remplacée.</p>
      <table id="history"><thead><tr><th>Remplacée le</th><th>Taille</th><th></th></tr></thead><tbody>
      \(rows)</tbody></table>
      <p><a href="/scenarios/\(n)">Retour au scénario</a></p>
      """
    return Layout.page(title: "\(name) — historique", body: body)
  }

  static func version(name: String, version: SavedVersion, old: String, current: String, base: String) -> String {
    let n = HTMLText.escape(name)
    let diff = LineDiff(old: current, new: old)
    let when = RunsPage.date(version.date)
    let body = """
      <h1>\(n) — version remplacée le \(HTMLText.escape(when))</h1>
      <h2>Ce que la restauration changerait</h2>
      \(DiffView.html(diff, oldLabel: "le fichier actuel", newLabel: "la version du \(when)"))
      <form method="post" action="/scenarios/\(n)/restore" class="actions">\(Layout.csrfField)
      <input type="hidden" name="base" value="\(base)">
      <input type="hidden" name="version" value="\(HTMLText.escape(version.id))">
      <button type="submit" id="restore"\(diff.hasChanges ? "" : " disabled")>Restaurer cette version</button>
      <span class="path">Le fichier actuel est gardé à son tour dans l'historique : la restauration peut être annulée.</span>
      </form>
      <details><summary>Texte complet de cette version</summary><pre>\(HTMLText.escape(old))</pre></details>
      <p><a href="/scenarios/\(n)/historique">Tout l'historique</a> · <a href="/scenarios/\(n)">Retour au scénario</a></p>
      """
    return Layout.page(title: "\(name) — version", body: body)
  }
}
