import Foundation
import ResultsExport
import ScenarioFormat

/// `/scenarios/<file>/yaml`: the file itself, for what the form cannot
/// express (adding a site, a workshop, an option…), checked before saving.
enum YAMLPage {
  static func html(name: String, text: String, base: String, messages: [(String, String)] = [], errors: [ScenarioError] = []) -> String {
    let body = """
      <h1>\(HTMLText.escape(name)) — YAML</h1>
      <p>Le fichier tel qu'il est écrit. Le format est décrit dans <code>docs/scenario-format</code>. \
      « Enregistrer » vérifie d'abord le scénario : un fichier qui ne passe pas la validation n'est pas écrit.</p>
      \(messages.map { Layout.message($0.0, kind: $0.1) }.joined(separator: "\n"))
      \(lineList(errors))
      <form method="post" action="/scenarios/\(HTMLText.escape(name))/yaml">\(Layout.csrfField)
      <input type="hidden" name="base" value="\(base)">
      <label for="yaml">Texte YAML du scénario</label>
      <textarea name="text" spellcheck="false" id="yaml">\(HTMLText.escape(text))</textarea>
      <div class="actions"><button type="submit" id="save-yaml">Enregistrer</button>
      <a class="button secondary" href="/scenarios/\(HTMLText.escape(name))">Retour au formulaire</a></div>
      </form>
      """
    return Layout.page(title: name, body: body)
  }

  /// The validator's messages by line, each a link that puts the editor's cursor on its line.
  static func lineList(_ errors: [ScenarioError]) -> String {
    guard !errors.isEmpty else { return "" }
    let items = errors.map(\.french).map { e in
      let place =
        e.line.map { l in
          "<a href=\"#yaml\" data-line=\"\(l)\" data-column=\"\(e.column ?? 1)\">ligne \(l)\(e.column.map { ", colonne \($0)" } ?? "")</a>"
        } ?? "fichier"
      let at = e.path.isEmpty ? "" : " <code>\(HTMLText.escape(e.path))</code>"
      return "<li>\(place)\(at) : \(HTMLText.escape(e.message))\(e.hint.map { " — " + HTMLText.escape($0) } ?? "")</li>"
    }
    return "<ol class=\"yaml-errors\" aria-label=\"Problèmes du fichier, par ligne\">\(items.joined())</ol>"
  }
}
