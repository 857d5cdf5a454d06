import Foundation
import ResultsExport
import ScenarioFormat
import TerritoryModel
import Workspace

/// `/scenarios/<file>/plan`: the form of `tzsim plan` — the objective, the
/// probability to reach, the value varied (a choice of the planner's the
/// parameter catalogue can set, as written in the file)
/// and the range of candidates.
enum PlanPage {
  static func html(name: String, scenario: Scenario, text: ScenarioText, message: String? = nil) -> String {
    let objectives = scenario.parameters.objectives.map {
      "<option value=\"\(HTMLText.escape($0.id))\">\(HTMLText.escape($0.id))</option>"
    }.joined()
    // The planner's choices the catalogue can set (staffing, sessions, the EBE's plan), as written in the file.
    let numeric = text.fields.filter { f in
      guard f.isEditable, !["objectives", "options"].contains(f.section), let key = ParameterKey.named(f.path) else { return false }
      return key.isSettable && key.role == .choice
    }
    let keys = numeric.map { f in
      let entry = f.entry.map { " — \($0)" } ?? ""
      let selected = ParameterKey.named(f.path) == .advisors && f.path.contains("troyes")
      return "<option value=\"\(HTMLText.escape(f.path))\"\(selected ? " selected" : "")>"
        + "\(HTMLText.escape(f.label + entry)) (\(HTMLText.escape(f.path)), aujourd'hui \(HTMLText.escape(f.value)))</option>"
    }.joined()
    let body = """
      <h1>Plan — \(HTMLText.escape(name))</h1>
      <p>Le plan cherche la plus petite valeur d'un paramètre qui atteint un objectif avec la probabilité visée. \
      Les valeurs candidates vont de « De » à « À » par pas de « Pas » ; chacune est évaluée sur les mêmes tirages \
      (nombres aléatoires communs), par lots de 50 réplications, jusqu'à une décision sûre (<code>docs/staffing.md</code>).</p>
      \(message.map { Layout.message($0, kind: "error") } ?? "")
      <form method="post" action="/scenarios/\(HTMLText.escape(name))/plan" class="card">\(Layout.csrfField)
      <div class="field"><label for="objective">Objectif</label><select id="objective" name="objective">\(objectives)</select></div>
      <div class="field"><label for="probability">Probabilité visée</label><input id="probability" name="probability" value="0,9" inputmode="decimal"></div>
      <div class="field"><label for="path">Valeur à faire varier</label><select id="path" name="path">\(keys)</select></div>
      <div class="field"><label for="from">De</label><input id="from" name="from" value="1" inputmode="decimal"></div>
      <div class="field"><label for="to">À</label><input id="to" name="to" value="6" inputmode="decimal"></div>
      <div class="field"><label for="step">Pas</label><input id="step" name="step" value="1" inputmode="decimal"></div>
      \(uncertainBox(scenario))
      <div class="actions"><button type="submit" id="plan">Chercher</button></div>
      </form>
      """
    return Layout.page(title: "Plan", body: body)
  }

  /// The choice of probability, when the scenario has uncertain assumptions.
  static func uncertainBox(_ scenario: Scenario) -> String {
    guard let u = scenario.uncertainty else { return "" }
    return """
      <div class="field"><label for="under-uncertainty">Incertitude des hypothèses</label><div>\
      <input type="checkbox" id="under-uncertainty" name="under_uncertainty" value="1" aria-describedby="under-uncertainty-help"> \
      tenir compte de l'incertitude sur les \(u.inputs.count) hypothèses du scénario
      <div class="help" id="under-uncertainty-help">Coché : à chaque réplication, les hypothèses incertaines sont tirées selon leurs lois ; la probabilité \
      est celle d'atteindre l'objectif compte tenu de cette incertitude (le second verdict). Non coché : les hypothèses \
      sont prises comme justes (le premier verdict).</div></div></div>
      """
  }
}
