import Foundation
import ResultsExport
import Workspace

/// `/`: the scenarios of the workspace, a new scenario, the latest runs.
enum HomePage {
  static func html(workspace: Workspace, names: [String], runs: [RunRecord], message: String? = nil) -> String {
    var rows = ""
    for n in names {
      let link = "/scenarios/\(n)"
      rows += "<tr><td><a href=\"\(HTMLText.escape(link))\">\(HTMLText.escape(n))</a></td>"
      rows += "<td><a class=\"button secondary\" href=\"\(HTMLText.escape(link))\">Ouvrir</a></td></tr>\n"
    }
    if names.isEmpty {
      rows = "<tr><td colspan=\"2\">Aucun scénario (<code>*.yaml</code>) dans ce dossier : créez-en un ci-dessous.</td></tr>"
    }
    let body = """
      <h1>Scénarios de l'espace de travail</h1>
      <p>Dossier : <code>\(HTMLText.escape(workspace.root.path))</code>. Chaque scénario est un fichier YAML de ce dossier ; \
      ce que vous modifiez ici y est enregistré, commentaires compris.</p>
      \(message.map { Layout.message($0, kind: "error") } ?? "")
      <table id="scenarios"><thead><tr><th>Fichier</th><th></th></tr></thead><tbody>
      \(rows)</tbody></table>
      <div class="card">
      <h2>Nouveau scénario</h2>
      <form method="post" action="/scenarios" class="actions">\(Layout.csrfField)
      <label>Nom du fichier <input name="name" placeholder="mon-scenario.yaml" required pattern="[A-Za-z0-9][A-Za-z0-9._\\-]*\\.ya?ml"></label>
      <button type="submit">Créer à partir du modèle</button>
      </form>
      <p class="path">Le modèle est celui de <code>tzsim init</code> : un lieu, un atelier, un objectif, à compléter.</p>
      </div>
      <h2>Derniers calculs</h2>
      \(RunsPage.table(Array(runs.prefix(10))))
      <p><a href="/runs">Tous les calculs</a></p>
      """
    return Layout.page(title: "Scénarios", body: body)
  }
}
