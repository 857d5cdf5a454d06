import Foundation
import ResultsExport
import ScenarioFormat
import TerritoryModel
import Workspace

/// `/scenarios/<file>/observes`: the observed monthly figures of a scenario —
/// typed month by month in a table, or sent as a CSV file — kept by the
/// workspace and given to every run of the scenario, whose report then
/// compares simulated and observed (« Simulé et observé »).
enum ObservedPage {
  static func html(name: String, series: [ObservedSeries], years: ClosedRange<Int>, message: (String, String)? = nil) -> String {
    let n = HTMLText.escape(name)
    let kpis = ObservedFile.comparable
    var table = "<p>Aucun chiffre observé pour ce scénario.</p>"
    if !series.isEmpty {
      let months = Set(series.flatMap { $0.values.keys }).sorted()
      var head = "<tr><th>Mois</th>"
      for s in series {
        head += "<th>\(HTMLText.escape(s.kpi.name.fr))\(s.dimension.isEmpty ? "" : " (\(HTMLText.escape(s.dimension)))")</th>"
      }
      var rows = ""
      for m in months {
        rows += "<tr><td>\(HTMLText.escape(m))</td>"
        for s in series { rows += "<td class=\"num\">\(s.values[m].map { NumberText.french($0) } ?? "")</td>" }
        rows += "</tr>\n"
      }
      let sources = series.map { "<li>\(HTMLText.escape($0.kpi.name.fr)) : \(HTMLText.escape($0.source))</li>" }.joined()
      table = """
        <div class="table-scroll"><table id="observed"><thead>\(head)</tr></thead><tbody>\(rows)</tbody></table></div>
        <p>Sources :</p><ul>\(sources)</ul>
        <p><a href="/scenarios/\(n)/observes.csv" download>Télécharger ces chiffres (CSV)</a></p>
        """
    }
    let kpiOptions = kpis.map { "<option value=\"\(HTMLText.escape($0.id))\">\(HTMLText.escape($0.name.fr))</option>" }.joined()
    let yearOptions = years.map { "<option>\($0)</option>" }.joined()
    let monthNames = [
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]
    let monthInputs = monthNames.enumerated().map { i, m in
      "<label>\(m) <input name=\"m\(String(format: "%02d", i + 1))\" inputmode=\"decimal\" size=\"6\"></label>"
    }.joined()
    let body = """
      <h1>\(n) — chiffres observés</h1>
      <p>Les chiffres mensuels réellement observés (personnes accompagnées, participations aux ateliers, embauches de l'EBE…), \
      avec leur source. Chaque calcul de ce scénario les reçoit : son rapport met le simulé et l'observé côte à côte \
      (« Simulé et observé »), et la page « Calibrer » ajuste des valeurs du scénario pour s'en approcher. Seuls des nombres \
      agrégés sont gardés, dans <code>tzsim-runs/observes/</code>.</p>
      \(message.map { Layout.message($0.0, kind: $0.1) } ?? "")
      \(table)
      <form method="post" action="/scenarios/\(n)/observes" class="card" id="type-observed">\(Layout.csrfField)
      <h2>Saisir une année</h2>
      <div class="actions">
      <label>Chiffre <select name="kpi" id="observed-kpi">\(kpiOptions)</select></label>
      <label>Année <select name="year" id="observed-year">\(yearOptions)</select></label>
      <label>Source <input name="source" id="observed-source" size="40" required placeholder="Tableau de bord des PCE, 2020"></label>
      </div>
      <div class="actions months">\(monthInputs)</div>
      <p class="path">Un mois laissé vide garde la valeur déjà saisie ; « 0 » est une valeur. Les décimales s'écrivent avec une virgule.</p>
      <button type="submit" name="action" value="type" id="save-observed">Enregistrer ces chiffres</button>
      </form>
      <form method="post" action="/scenarios/\(n)/observes" enctype="multipart/form-data" class="card" id="upload-observed">\(Layout.csrfField)
      <h2>Ou envoyer un fichier</h2>
      <p>Un CSV avec les colonnes <code>month;kpi;value;source</code> (et <code>dimension</code> pour un lieu : \
      <code>site=troyes</code>), un mois par ligne (<code>2020-03</code>), le chiffre par son identifiant \
      (<code>pce.accompanied</code>…). Il remplace les chiffres ci-dessus.</p>
      <label>Fichier <input type="file" name="observed" accept=".csv,text/csv" required></label>
      <button type="submit" class="secondary">Envoyer</button>
      </form>
      <p><a href="/scenarios/\(n)">Retour au scénario</a></p>
      """
    return Layout.page(title: "\(name) — chiffres observés", body: body)
  }
}
