import Foundation
import ResultsExport
import TerritoryModel
import Workspace

/// `/scenarios/<file>/calibrer`: which values of the scenario to fit to its
/// observed figures, each with the range to search; the fit runs as a
/// calculation whose page offers the calibrated scenario as a new file.
enum CalibrationPage {
  static let rows = 3

  static func html(name: String, text: ScenarioText, observedCount: Int, message: String? = nil) -> String {
    let n = HTMLText.escape(name)
    let numeric = text.settableNumbers
    func options(_ row: Int) -> String {
      "<option value=\"\">—</option>"
        + numeric.map { f in
          "<option value=\"\(HTMLText.escape(f.path))\">\(HTMLText.escape(f.label + (f.entry.map { " — \($0)" } ?? ""))) "
            + "(aujourd'hui \(HTMLText.escape(f.value)))</option>"
        }.joined()
    }
    var lines = ""
    for i in 0..<rows {
      lines += """
        <div class="actions"><label>Valeur \(i + 1) <select name="key\(i)" id="calibrate-key\(i)">\(options(i))</select></label>
        <label>De <input name="low\(i)" inputmode="decimal" size="8"></label><label>À <input name="high\(i)" inputmode="decimal" size="8"></label></div>

        """
    }
    let form =
      observedCount == 0
      ? Layout.message("Ce scénario n'a pas encore de chiffres observés : saisissez-les d'abord.", kind: "note")
        + "<p><a class=\"button\" href=\"/scenarios/\(n)/observes\">Saisir des chiffres observés</a></p>"
      : """
      <form method="post" action="/scenarios/\(n)/calibrer" class="card" id="calibrate-form">\(Layout.csrfField)
      \(lines)
      <label>Réplications par évaluation <input name="replications" value="20" inputmode="numeric" size="5"></label>
      <p><button type="submit" id="calibrate">Calibrer</button></p>
      </form>
      """
    let body = """
      <h1>\(n) — calibrer</h1>
      <p>La calibration cherche, dans les plages données, les valeurs pour lesquelles les séries simulées sont au plus près des \
      \(observedCount) série(s) observée(s) du scénario (méthode des moments simulés, mêmes règles que <code>tzsim calibrate</code>). \
      Elle donne chaque valeur ajustée avec son intervalle à 95 % et dit si l'ajustement est médiocre. Le résultat est un \
      <strong>nouveau scénario</strong> (le fichier d'origine n'est pas touché) dont les valeurs ajustées portent leur incertitude \
      (une loi normale, jointe s'il y en a plusieurs).</p>
      \(message.map { Layout.message($0, kind: "error") } ?? "")
      \(form)
      <p><a href="/scenarios/\(n)/observes">Chiffres observés</a> · <a href="/scenarios/\(n)">Retour au scénario</a></p>
      """
    return Layout.page(title: "\(name) — calibrer", body: body)
  }
}
