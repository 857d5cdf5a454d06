import Foundation
import ResultsExport
import ScenarioFormat
import TerritoryModel
import Workspace

/// `/scenarios/<file>/inscrits`: the month's list of new registrants, sent
/// from the browser, reduced to counts per commune and month as `tzsim import
/// registrants` does; the list itself is read in memory and never written.
enum RegistrantsPage {
  static func form(name: String, message: (String, String)? = nil) -> String {
    let n = HTMLText.escape(name)
    let body = """
      <h1>\(n) — liste des nouveaux inscrits</h1>
      <p>Choisissez la liste telle qu'elle a été exportée (CSV, séparée par <code>;</code>, <code>,</code> ou des tabulations, \
      UTF-8 ou Windows-1252). TZSim la lit en mémoire et n'en garde que des <strong>nombres</strong> : inscrits par commune et \
      par mois. Aucun nom, identifiant, adresse ou date de naissance n'est écrit ni affiché ; le fichier lui-même n'est \
      enregistré nulle part. Une liste dont la dernière inscription a plus de 60 jours est refusée : elle aurait dû être supprimée.</p>
      \(message.map { Layout.message($0.0, kind: $0.1) } ?? "")
      <form method="post" action="/scenarios/\(n)/inscrits" enctype="multipart/form-data" class="card">\(Layout.csrfField)
      <p><label>Liste exportée <input type="file" name="list" id="registrants-file" accept=".csv,.txt,text/csv" required></label></p>
      <details><summary>Si les colonnes ne sont pas reconnues</summary>
      <p class="path">Par défaut, la commune est lue dans une colonne nommée code_insee, depcom, commune, ville… et la date \
      dans date_inscription, date… Donnez ici l'en-tête exact de la première ligne s'il est autre.</p>
      <div class="actions">
      <label>Code INSEE <input name="code_column"></label><label>Nom de la commune <input name="name_column"></label>
      <label>Code postal <input name="postcode_column"></label><label>Date d'inscription <input name="date_column"></label>
      </div></details>
      <div class="actions"><button type="submit" id="import-registrants">Compter</button>
      <a class="button secondary" href="/scenarios/\(n)">Retour au scénario</a></div>
      </form>
      """
    return Layout.page(title: "\(name) — inscrits", body: body)
  }

  static func result(name: String, list: RegistrantsImport, text: ScenarioText) -> String {
    let n = HTMLText.escape(name)
    let directory = CommuneDirectory.troyesChampagneMetropole
    let total = list.counts.reduce(0) { $0 + $1.count }
    let months = list.months
    let perMonth = months.isEmpty ? 0 : Double(total) / Double(months.count)
    var notes: [String] = []
    if list.blankRows > 0 { notes.append("\(list.blankRows) ligne(s) vide(s) ignorée(s)") }
    if list.duplicateRows > 0 { notes.append("\(list.duplicateRows) ligne(s) en double comptée(s) une fois") }
    if !list.unknownCommuneLines.isEmpty {
      notes.append(
        "\(list.unknownCommuneLines.count) ligne(s) dont la commune n'est pas du territoire : lignes \(lines(list.unknownCommuneLines))")
    }
    if !list.badDateLines.isEmpty {
      notes.append("\(list.badDateLines.count) ligne(s) sans date d'inscription lisible : lignes \(lines(list.badDateLines))")
    }
    var head = "<tr><th>Commune</th>"
    for m in months { head += "<th>\(HTMLText.escape(m))</th>" }
    head += "<th>Total</th></tr>"
    var rows = ""
    for (code, sum) in list.byCommune.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
      rows += "<tr><td>\(HTMLText.escape(directory.commune(code)?.name ?? code)) <span class=\"path\">\(HTMLText.escape(code))</span></td>"
      for m in months {
        rows += "<td class=\"num\">\(list.counts.first { $0.month == m && $0.inseeCode == code }?.count ?? 0)</td>"
      }
      rows += "<td class=\"num\">\(sum)</td></tr>\n"
    }
    let key = "invitations.new_registrants_per_month"
    let value = NumberText.french((perMonth * 10).rounded() / 10)
    let apply: String
    if let field = text.field(key), field.isEditable {
      apply = """
        <form method="post" action="/scenarios/\(n)" class="actions card" id="apply-registrants">\(Layout.csrfField)
        <input type="hidden" name="base" value="\(text.hash)">
        <input type="hidden" name="f:\(key)" value="\(value)">
        <p>Le scénario compte aujourd'hui <strong>\(HTMLText.escape(field.value))</strong> nouveaux inscrits par mois ; \
        la liste en donne <strong>\(value)</strong> (moyenne sur \(months.count) mois).</p>
        <button type="submit" name="action" value="save" id="apply-registrants-button">Écrire \(value) inscrits par mois dans le scénario</button>
        </form>
        """
    } else {
      apply = Layout.message(
        "Ce scénario n'a pas de section invitations avec new_registrants_per_month : ajoutez-la dans l'éditeur YAML (texte ci-dessous).",
        kind: "note")
    }
    let yaml = list.invitationsYAML(file: "liste importée")
    let body = """
      <h1>\(n) — liste des nouveaux inscrits</h1>
      \(Layout.message("\(list.rows) lignes lues : \(total) inscrits comptés sur \(months.count) mois dans \(list.byCommune.count) commune(s). La liste n'a été ni gardée ni écrite.", kind: "ok"))
      \(notes.isEmpty ? "" : "<ul>" + notes.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>")
      \(apply)
      <h2>Inscrits par commune et par mois</h2>
      <div class="table-scroll"><table id="registrants-counts"><thead>\(head)</thead><tbody>
      \(rows)</tbody></table></div>
      <details><summary>La répartition par commune, à coller dans la section <code>invitations</code> (éditeur YAML)</summary>
      <pre>\(HTMLText.escape(yaml))</pre></details>
      <p><a href="/scenarios/\(n)/inscrits">Importer une autre liste</a> · <a href="/scenarios/\(n)">Retour au scénario</a></p>
      """
    return Layout.page(title: "\(name) — inscrits", body: body)
  }

  static func lines(_ l: [Int]) -> String { l.prefix(10).map(String.init).joined(separator: ", ") + (l.count > 10 ? ", …" : "") }
}
