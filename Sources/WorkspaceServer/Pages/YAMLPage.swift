import Foundation
import ResultsExport

/// `/scenarios/<file>/yaml`: the file itself, for what the form cannot
/// express (adding a site, a workshop, an option…), checked before saving.
enum YAMLPage {
  static func html(name: String, text: String, base: String, messages: [(String, String)] = []) -> String {
    let body = """
      <h1>\(HTMLText.escape(name)) — YAML</h1>
      <p>Le fichier tel qu'il est écrit. Le format est décrit dans <code>docs/scenario-format</code>. \
      « Enregistrer » vérifie d'abord le scénario : un fichier qui ne passe pas la validation n'est pas écrit.</p>
      \(messages.map { Layout.message($0.0, kind: $0.1) }.joined(separator: "\n"))
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
}
