import Foundation
import ResultsExport
import ScenarioFormat
import Workspace

/// `/`: the scenarios of the workspace, a new scenario, the latest runs.
enum HomePage {
  static func html(workspace: Workspace, names: [String], runs: [RunRecord], bin: [SavedVersion], message: (String, String)? = nil)
    -> String
  {
    var rows = ""
    for n in names {
      let link = "/scenarios/\(n)"
      let national = (try? workspace.read(n)).map(NationalDecoder.isNational) ?? false
      rows += "<tr><td><a href=\"\(HTMLText.escape(link))\">\(HTMLText.escape(n))</a>"
      rows += national ? " <span class=\"path\">(étude nationale)</span></td>" : "</td>"
      rows += "<td><a class=\"button secondary\" href=\"\(HTMLText.escape(link))\">Ouvrir</a></td></tr>\n"
    }
    if names.isEmpty {
      rows = "<tr><td colspan=\"2\">Aucun scénario (<code>*.yaml</code>) dans ce dossier : créez-en un ci-dessous.</td></tr>"
    }
    let body = """
      <h1>Scénarios de l'espace de travail</h1>
      <p>Dossier : <code>\(HTMLText.escape(workspace.root.path))</code>. Chaque scénario est un fichier YAML de ce dossier ; \
      ce que vous modifiez ici y est enregistré, commentaires compris.</p>
      \(message.map { Layout.message($0.0, kind: $0.1) } ?? "")
      <table id="scenarios"><thead><tr><th>Fichier</th><th></th></tr></thead><tbody>
      \(rows)</tbody></table>
      <div class="card">
      <h2>Nouveau scénario</h2>
      <form method="post" action="/scenarios" class="actions">\(Layout.csrfField)
      <label>Nom du fichier <input name="name" placeholder="mon-scenario.yaml" required pattern="[A-Za-z0-9][A-Za-z0-9._\\-]*\\.ya?ml"></label>
      <button type="submit">Créer à partir du modèle</button>
      </form>
      <p class="path">Le modèle (<code>tzsim init --lang fr</code>) : un lieu, un atelier, un objectif, commentés en français, à compléter.</p>
      </div>
      <h2>Derniers calculs</h2>
      \(RunsPage.table(Array(runs.prefix(10))))
      <p><a href="/runs">Tous les calculs</a></p>
      \(binBox(bin))
      """
    return Layout.page(title: "Scénarios", body: body)
  }

  /// The scenarios in the bin, each with a button that puts it back under its name.
  static func binBox(_ bin: [SavedVersion]) -> String {
    guard !bin.isEmpty else { return "" }
    var rows = ""
    for v in bin {
      rows += "<tr><td>\(HTMLText.escape(v.scenario))</td><td>\(HTMLText.escape(RunsPage.date(v.date)))</td><td>"
      rows += "<form method=\"post\" action=\"/corbeille/\(HTMLText.escape(v.id))/restore\" class=\"inline\">\(Layout.csrfField)"
      rows += "<button type=\"submit\" class=\"secondary\">Remettre</button></form></td></tr>\n"
    }
    return """
      <details class="card" id="bin"><summary>Corbeille (\(bin.count))</summary>
      <p>Les scénarios mis à la corbeille sont gardés dans <code>tzsim-runs/corbeille/</code> ; rien n'y est effacé.</p>
      <table><thead><tr><th>Scénario</th><th>Mis à la corbeille le</th><th></th></tr></thead><tbody>
      \(rows)</tbody></table></details>
      """
  }
}
