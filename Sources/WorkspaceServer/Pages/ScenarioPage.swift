import Foundation
import ResultsExport
import ScenarioFormat
import TerritoryModel
import Workspace

/// `/scenarios/<file>`: the scenario as a form (every value of the file,
/// grouped by section, with its French name, its rule and the validator's
/// message at the field), and the runs that can be started from it.
struct ScenarioPage {
  let name: String
  let text: ScenarioText
  /// The version of the file the form was made from (sent back on save).
  let base: String
  /// Messages of the validator, by field path.
  var fieldErrors: [String: [String]] = [:]
  /// Messages for the whole page: (text, kind).
  var messages: [(String, String)] = []
  /// The scenario as decoded, when the page's text is valid.
  var scenario: Scenario?
  /// Whether the page shows values typed in the form rather than the file as it is.
  var showsEdits = false
  /// The file's values at `base` (what was saved when the form was made): sent back with the
  /// form, so that a save that finds the file changed elsewhere can merge (``WorkspaceServer``).
  var savedValues: [String: String] = [:]
  /// Notes at fields (a value changed elsewhere meanwhile), by field path.
  var fieldNotes: [String: [String]] = [:]

  func html() -> String {
    // The laws are read once (each reading parses the file).
    let laws = text.uncertainLaws
    var sections: [(String, [FormField])] = []
    for f in text.fields {
      if let i = sections.firstIndex(where: { $0.0 == f.section }) { sections[i].1.append(f) } else { sections.append((f.section, [f])) }
    }
    var form = ""
    for (section, all) in sections {
      let fields = all.filter { !($0.section == "" && $0.key == "tzsim_scenario") }
      let errorCount = fields.filter { fieldErrors[$0.path] != nil }.count
      let open = errorCount > 0 || section == "sites" || section == ""
      form +=
        "<details class=\"section\" id=\"section-\(anchor(section))\"\(open ? " open" : "")><summary>\(HTMLText.escape(FieldLabels.section(section)))"
      form += " <span class=\"path\">(\(fields.count) valeurs)</span>"
      if errorCount > 0 { form += " <span class=\"error-count\">\(errorCount) erreur\(errorCount > 1 ? "s" : "")</span>" }
      form += "</summary>\n"
      form += structure(section)
      for f in fields { form += field(f, law: laws.first { $0.keys.contains(f.path) }) }
      form += "</details>\n"
    }
    // The lists the file does not have yet, each with its button to add a first entry.
    for section in ScenarioText.structuredSections where !sections.contains(where: { $0.0 == section }) {
      form += "<details class=\"section\" id=\"section-\(anchor(section))\"><summary>\(HTMLText.escape(FieldLabels.section(section)))"
      form += " <span class=\"path\">(aucune entrée)</span></summary>\n\(structure(section))</details>\n"
    }
    let body = """
      <h1>\(HTMLText.escape(name))</h1>
      \(messages.map { Layout.message($0.0, kind: $0.1) }.joined(separator: "\n"))
      \(runBox())
      \(uncertainBox(laws))
      \(dataBox())
      \(fileBox())
      <h2>Paramètres</h2>
      <p>Chaque valeur du fichier, avec sa règle. « Vérifier » montre les erreurs sans rien enregistrer ; « Enregistrer » \
      écrit les valeurs changées à leur place dans le fichier (commentaires, ordre et guillemets gardés). \
      Chaque liste (lieux, permanences, ateliers, fermetures, objectifs, options) a ses boutons pour ajouter, dupliquer, \
      monter ou retirer une entrée ; le reste de la structure se modifie dans <a href="/scenarios/\(HTMLText.escape(name))/yaml">l'éditeur YAML</a>.</p>
      <form method="post" action="/scenarios/\(HTMLText.escape(name))" id="scenario-form">\(Layout.csrfField)
      <input type="hidden" name="base" value="\(base)">
      \(form)
      <div class="actions sticky" role="group" aria-label="Actions du formulaire">
      <button type="submit" name="action" value="check" class="secondary" id="check">Vérifier</button>
      <button type="submit" name="action" value="save" id="save">Enregistrer</button>
      \(scenario == nil ? "" : "<button type=\"submit\" name=\"action\" value=\"run\" class=\"secondary\" id=\"launch-bottom\">Enregistrer et lancer</button>")
      <label class="search">Chercher une valeur <input type="search" id="field-search"></label>
      </div>
      </form>
      """
    return Layout.page(title: name, body: body)
  }

  func runBox() -> String {
    guard let scenario else {
      return Layout.message(
        showsEdits
          ? "Les valeurs du formulaire ne sont pas valides : corrigez celles qui sont signalées, puis lancez (elles seront enregistrées d'abord)."
          : "Ce scénario n'est pas valide en l'état : corrigez les valeurs signalées pour pouvoir le lancer.", kind: "note")
    }
    // Every button here submits the scenario's form (`form="scenario-form"`): what is typed is
    // saved first (if valid), then run; nothing typed is ever silently ignored.
    let options =
      scenario.options.isEmpty
      ? "<p class=\"path\">Pas d'options de personnel dans ce scénario (clé <code>options</code>) : rien à comparer.</p>"
      : """
      <div class="actions">
      <label>Réplications <input name="compare_replications" form="scenario-form" value="\(scenario.replications)" inputmode="numeric" id="compare-replications"></label>
      <button type="submit" form="scenario-form" name="action" value="compare" id="compare">Comparer les \(scenario.options.count) options</button>
      </div>
      """
    return """
      <div class="card" id="run-box">
      <h2>Lancer</h2>
      <p>\(HTMLText.escape(scenario.description))</p>
      <p class="path">Les boutons de cet encadré enregistrent d'abord les valeurs tapées dans le formulaire, si elles sont valides.</p>
      <div class="actions">
      <label>Réplications <input name="replications" form="scenario-form" value="\(scenario.replications)" inputmode="numeric" id="replications"></label>
      <label>Graine <input name="seed" form="scenario-form" value="\(scenario.seed)" inputmode="numeric" id="seed"></label>
      <button type="submit" form="scenario-form" name="action" value="run" id="launch">Lancer</button>
      </div>
      \(options)
      <p><button type="submit" form="scenario-form" name="action" value="plan" class="secondary" id="to-plan">\
      Chercher le moindre moyen qui atteint un objectif (plan)…</button></p>
      </div>
      """
  }

  /// The entries of a list section with their buttons (copy, move up, remove) and one to add an
  /// entry; each button submits the scenario's form, so that what is typed is kept.
  func structure(_ section: String) -> String {
    guard ScenarioText.structuredSections.contains(section) else { return "" }
    let action = "/scenarios/\(HTMLText.escape(name))/structure"
    guard let entries = text.entries(in: section) else {
      return "<p class=\"path\">Cette liste est écrite sur une ligne : ajoutez ou retirez ses entrées dans l'éditeur YAML.</p>"
    }
    func button(_ op: String, _ index: Int, _ label: String, _ aria: String) -> String {
      "<button type=\"submit\" class=\"secondary small\" formaction=\"\(action)\" name=\"op\" value=\"\(op)|\(section)|\(index)\" "
        + "aria-label=\"\(HTMLText.escape(aria))\">\(label)</button>"
    }
    var rows = ""
    for e in entries {
      let label = HTMLText.escape(e.label)
      rows += "<li><span>\(label)</span> " + button("duplicate", e.index, "Dupliquer", "Dupliquer \(e.label)")
      if e.index > 0 { rows += " " + button("up", e.index, "Monter", "Monter \(e.label)") }
      if entries.count > 1 || section != "sites" { rows += " " + button("remove", e.index, "Retirer", "Retirer \(e.label)") }
      rows += "</li>"
    }
    var add = button("add", 0, "Ajouter une entrée", "Ajouter une entrée à \(FieldLabels.section(section))")
    if section == "permanences" && !text.fields.contains(where: { $0.section == "invitations" }) {
      // A permanence serves the persons the invitations send: without them it would serve nobody.
      add =
        "<p class=\"path\">Une permanence reçoit les personnes invitées par courrier : ajoutez d'abord la section des invitations.</p>"
        + button("add", 0, "Ajouter la section des invitations", "Ajouter la section des invitations").replacingOccurrences(
          of: "add|permanences|0", with: "add|invitations|0")
    }
    return "<div class=\"structure\"><ul>\(rows)</ul>\(add)</div>\n"
  }

  /// The planner's own data: the registrants list, the observed figures, the calibration.
  func dataBox() -> String {
    let n = HTMLText.escape(name)
    return """
      <nav class="card" id="data-box" aria-label="Vos données"><h2>Vos données</h2><ul>
      <li><a href="/scenarios/\(n)/inscrits" id="to-registrants">Importer la liste des nouveaux inscrits</a> (seuls des nombres en sont gardés)</li>
      <li><a href="/scenarios/\(n)/observes" id="to-observed">Chiffres observés</a> : les saisir ou les envoyer, pour les comparer au simulé</li>
      <li><a href="/scenarios/\(n)/calibrer" id="to-calibrate">Calibrer</a> : ajuster des valeurs du scénario aux chiffres observés</li>
      </ul></nav>
      """
  }

  /// The file itself: duplicate, rename, its history of saves, the bin. Works on the file as
  /// saved (said on the buttons); available even when the scenario does not validate.
  func fileBox() -> String {
    let n = HTMLText.escape(name)
    return """
      <details class="card" id="file-box"><summary>Fichier : dupliquer, renommer, historique, corbeille</summary>
      <form method="post" action="/scenarios/\(n)/duplicate" class="actions">\(Layout.csrfField)
      <label>Copie sous le nom <input name="name" id="duplicate-name" placeholder="variante.yaml" required></label>
      <button type="submit" class="secondary" id="duplicate">Dupliquer le fichier enregistré</button>
      </form>
      <form method="post" action="/scenarios/\(n)/rename" class="actions">\(Layout.csrfField)
      <label>Nouveau nom <input name="name" id="rename-name" placeholder="nouveau-nom.yaml" required></label>
      <button type="submit" class="secondary" id="rename">Renommer</button>
      </form>
      <p><a href="/scenarios/\(n)/historique" id="history-link">Historique des enregistrements</a> : \
      chaque enregistrement garde la version qu'il remplace ; on peut la revoir et la restaurer.</p>
      <form method="post" action="/scenarios/\(n)/delete" class="actions">\(Layout.csrfField)
      <input type="hidden" name="base" value="\(base)">
      <button type="submit" class="secondary" id="delete">Mettre à la corbeille</button>
      <span class="path">Le fichier va dans <code>tzsim-runs/corbeille/</code> ; la page d'accueil permet de le remettre.</span>
      </form>
      </details>
      """
  }

  /// The uncertain values: each with its law and source (and a button to
  /// remove the mark), and a form to mark a value uncertain from a low, a high
  /// and a choice of law.
  func uncertainBox(_ laws: [ScenarioText.UncertainLaw]) -> String {
    let n = HTMLText.escape(name)
    let numeric = text.settableNumbers
    var rows = ""
    for law in laws {
      let label = law.keys.map { k in text.field(k).map { $0.label + ($0.entry.map { " — \($0)" } ?? "") } ?? k }.joined(separator: ", ")
      let remove =
        law.keys.count == 1 && laws.count > 1
        ? """
        <form method="post" action="/scenarios/\(n)/uncertain" class="inline">\(Layout.csrfField)\
        <input type="hidden" name="base" value="\(base)"><input type="hidden" name="action" value="remove">\
        <input type="hidden" name="key" value="\(HTMLText.escape(law.keys[0]))">\
        <button type="submit" class="secondary" aria-label="Retirer l'incertitude de \(HTMLText.escape(label))">Retirer</button></form>
        """ : ""
      rows +=
        "<tr><td>\(HTMLText.escape(label))</td><td><code>\(HTMLText.escape(law.law == "joint_normal" ? "loi normale jointe (calage)" : law.law))</code></td>"
        + "<td>\(HTMLText.escape(law.source))</td><td>\(remove)</td></tr>\n"
    }
    let table =
      laws.isEmpty
      ? "<p>Aucune valeur n'est marquée incertaine : la simulation les prend toutes comme justes.</p>"
      : "<table><thead><tr><th scope=\"col\">Valeur</th><th scope=\"col\">Loi</th><th scope=\"col\">Source</th><th scope=\"col\"></th></tr></thead><tbody>\(rows)</tbody></table>"
    let options = numeric.map { f in
      "<option value=\"\(HTMLText.escape(f.path))\">\(HTMLText.escape(f.label + (f.entry.map { " — \($0)" } ?? ""))) (aujourd'hui \(HTMLText.escape(f.value)))</option>"
    }.joined()
    let choices = UncertainLawChoice.allCases.map { "<option value=\"\($0.rawValue)\">\(HTMLText.escape($0.french))</option>" }.joined()
    return """
      <div class="card" id="uncertain-box">
      <h2>Hypothèses incertaines</h2>
      <p>Une valeur incertaine est tirée selon sa loi dans un second calcul : le rapport donne alors deux verdicts, \
      « si les hypothèses sont justes » et « compte tenu de l'incertitude », et dit quelle hypothèse décide.</p>
      \(table)
      <h3>Marquer une valeur incertaine</h3>
      <form method="post" action="/scenarios/\(n)/uncertain">\(Layout.csrfField)
      <input type="hidden" name="base" value="\(base)"><input type="hidden" name="action" value="add">
      <div class="field"><label for="uncertain-key">Valeur</label><select name="key" id="uncertain-key">\(options)</select></div>
      <div class="field"><label for="uncertain-low">Bas (la plus petite valeur plausible)</label>\
      <input name="low" inputmode="decimal" id="uncertain-low" required></div>
      <div class="field"><label for="uncertain-high">Haut (la plus grande valeur plausible)</label>\
      <input name="high" inputmode="decimal" id="uncertain-high" required></div>
      <div class="field"><label for="uncertain-law">Loi</label><select name="law" id="uncertain-law">\(choices)</select></div>
      <div class="field"><label for="uncertain-source">Source</label>\
      <input name="source" id="uncertain-source" value="HYPOTHÈSE : " required>\
      <div class="help">D'où viennent le bas et le haut (une publication, un comptage), ou « HYPOTHÈSE : » et pourquoi.</div></div>
      <div class="actions"><button type="submit" id="uncertain-add">Marquer incertaine</button></div>
      </form>
      </div>
      """
  }

  func field(_ f: FormField, law: ScenarioText.UncertainLaw?) -> String {
    let id = "f-" + anchor(f.path)
    let errors = fieldErrors[f.path] ?? []
    var input: String
    if f.isKPI && f.isEditable {
      input = "<select id=\"\(id)\" name=\"f:\(HTMLText.escape(f.path))\">"
      for k in TrackedKPI.allCases.map(\.kpi) {
        input += "<option value=\"\(k.id)\"\(k.id == f.value ? " selected" : "")>\(HTMLText.escape(k.name.fr)) (\(k.id))</option>"
      }
      if TrackedKPI.allCases.allSatisfy({ $0.kpi.id != f.value }) {
        input += "<option value=\"\(HTMLText.escape(f.value))\" selected>\(HTMLText.escape(f.value))</option>"
      }
      input += "</select>"
    } else if f.key == "weekday" && f.isEditable {
      // Days in French; the file keeps the format's English names.
      let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
      input = "<select id=\"\(id)\" name=\"f:\(HTMLText.escape(f.path))\">"
      for d in days {
        input += "<option value=\"\(d)\"\(d == f.value ? " selected" : "")>\(HTMLText.escape(FieldLabels.french(d, at: d)))</option>"
      }
      if !days.contains(f.value) { input += "<option value=\"\(HTMLText.escape(f.value))\" selected>\(HTMLText.escape(f.value))</option>" }
      input += "</select>"
    } else {
      input =
        "<input id=\"\(id)\" name=\"f:\(HTMLText.escape(f.path))\" value=\"\(HTMLText.escape(f.displayValue))\""
        + (f.isNumeric ? " inputmode=\"decimal\"" : "") + (f.isEditable ? "" : " disabled") + ">"
    }
    // A field in error says so to assistive technologies, and points to its messages and its rule.
    let described = (errors.isEmpty ? [] : ["\(id)-error"]) + ["\(id)-help"]
    input = input.replacingOccurrences(
      of: "id=\"\(id)\"",
      with: "id=\"\(id)\"" + (errors.isEmpty ? "" : " aria-invalid=\"true\"") + " aria-describedby=\"\(described.joined(separator: " "))\"")
    var help = [String]()
    if let r = f.range { help.append(Self.rule(r)) }
    if let reason = f.readOnlyReason { help.append(reason) }
    if let law {
      help.append("<strong>incertaine</strong> : \(HTMLText.escape(law.law == "joint_normal" ? "loi jointe du calage" : law.law))")
    }
    help.append("<code>\(HTMLText.escape(f.path))</code> · ligne \(f.line)")
    let entry = f.entry.map { " <span class=\"entry\">— \(HTMLText.escape($0))</span>" } ?? ""
    return """
      <div class="field\(errors.isEmpty ? "" : " invalid")" id="field-\(anchor(f.path))" data-path="\(HTMLText.escape(f.path))">
      <label for="\(id)">\(HTMLText.escape(f.label))\(entry)</label>\(input)
      <div class="help" id="\(id)-help">\(help.joined(separator: " · "))</div>
      \(f.isEditable ? "<input type=\"hidden\" name=\"o:\(HTMLText.escape(f.path))\" value=\"\(HTMLText.escape(savedValues[f.path] ?? f.displayValue))\">" : "")
      \((fieldNotes[f.path] ?? []).map { "<div class=\"errors note\">\(HTMLText.escape($0))</div>" }.joined())
      \(errors.isEmpty ? "" : "<div class=\"errors\" id=\"\(id)-error\">" + errors.map { "<div class=\"error\" role=\"alert\">\(HTMLText.escape($0))</div>" }.joined() + "</div>")
      </div>

      """
  }

  /// A range in French: « nombre entier de 1 à 1000 (conseillers) ».
  static func rule(_ r: ParameterRange) -> String {
    func n(_ x: Double) -> String {
      x.rounded() == x && abs(x) < 1e15 ? String(Int(x)) : String(x).replacingOccurrences(of: ".", with: ",")
    }
    let what = r.isInteger ? "nombre entier" : "nombre"
    let low = r.lowerOpen ? "plus grand que \(n(r.lower))" : "au moins \(n(r.lower))"
    let high = r.upperOpen ? "plus petit que \(n(r.upper))" : "au plus \(n(r.upper))"
    let unit = r.unit.isEmpty ? "" : " (\(FieldLabels.unit(r.unit)))"
    return HTMLText.escape("\(what), \(low) et \(high)\(unit)")
  }

  /// An id for HTML made of the path's letters and digits.
  func anchor(_ path: String) -> String {
    String(path.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "-" })
  }
}
