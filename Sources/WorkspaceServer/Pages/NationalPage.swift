import Foundation
import ResultsExport
import ScenarioFormat
import TerritoryModel
import Workspace

/// `/scenarios/<file>` for a national study (`tzsim_national: 1`): what the
/// file holds or why it is not valid, the button that runs it, its runs.
enum NationalPage {
  static func html(name: String, national: NationalScenario?, errors: [ScenarioError], runs: [RunRecord], message: (String, String)? = nil)
    -> String
  {
    let n = HTMLText.escape(name)
    var body = "<h1>Étude nationale — \(n)</h1>\n"
    body += """
      <p>Tous les territoires habilités, mois par mois, et l'argent du fonds face aux crédits votés \
      (<code>docs/national.md</code>). Le fichier se modifie dans l'éditeur ; il nomme ses propres sources.</p>
      """
    if let message { body += Layout.message(message.0, kind: message.1) }
    if let national {
      let p = national.parameters
      let territories = p.territories
      let detailed = territories.filter { $0.detailed != nil }.map(\.name)
      body += """
        <table id="national-summary"><tbody>
        <tr><th>Période</th><td>\(HTMLText.escape(p.start.description)) à \(HTMLText.escape(p.end.description))</td></tr>
        <tr><th>Territoires</th><td>\(territories.count), dont \(territories.filter(\.listed).count) nommés\
        \(detailed.isEmpty ? "" : " ; décrits par leur propre scénario : \(HTMLText.escape(detailed.joined(separator: ", ")))")</td></tr>
        <tr><th>Crédits votés</th><td>\(p.credits.map { String($0.year) }.joined(separator: ", "))</td></tr>
        <tr><th>Valeurs ajustées</th><td>\(HTMLText.escape(national.fit?.keys.map(\.path).joined(separator: ", ") ?? "aucune"))</td></tr>
        <tr><th>Règle du fonds</th><td>\(p.rule == .sharedCap ? "plafond partagé entre les territoires" : "aucun plafond")</td></tr>
        </tbody></table>
        <form method="post" action="/scenarios/\(n)/national" class="actions card" id="run-national">\(Layout.csrfField)
        <label>Tirages <input name="replications" inputmode="numeric" value="\(national.replications)" size="7"></label>
        <button type="submit" id="launch-national">Lancer l'étude nationale</button>
        <span class="path">Avec la règle du fonds, puis sans plafond, sur les mêmes tirages.</span>
        </form>
        """
    } else {
      body += Layout.message(
        "L'étude n'est pas valide : \(errors.count) problème\(errors.count > 1 ? "s" : "") — corrigez-les dans l'éditeur.", kind: "error")
      body += "<ul class=\"message-list\">"
      for e in errors.map(\.french) {
        body += "<li class=\"message\">ligne \(e.line ?? 0):\(e.column ?? 0) : \(HTMLText.escape(e.message))"
        body += (e.hint.map { " — \(HTMLText.escape($0))" } ?? "") + "</li>"
      }
      body += "</ul>\n"
    }
    body += "<p class=\"actions\"><a class=\"button secondary\" href=\"/scenarios/\(n)/yaml\">Modifier le fichier (éditeur)</a></p>\n"
    body += "<h2>Calculs de cette étude</h2>\n\(RunsPage.table(runs))\n"
    return Layout.page(title: "Étude nationale", body: body)
  }
}
