import ResultsExport
import Studies

/// The frame of every page: title, navigation, the stylesheet and script of
/// the workspace (served by itself: nothing is loaded from outside).
enum Layout {
  static func page(title: String, body: String, refresh: Bool = false) -> String {
    """
    <!DOCTYPE html>
    <html lang="fr">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(HTMLText.escape(title)) — TZSim</title>
    <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="/assets/workspace.css">
    <script src="/assets/workspace.js" defer></script>
    \(refresh ? "<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>" : "")
    </head>
    <body>
    <a class="skip" href="#main">Aller au contenu</a>
    <header><a class="brand" href="/">TZSim</a><nav aria-label="Navigation principale"><a href="/">Scénarios</a><a href="/runs">Calculs</a><a href="/aide">Aide</a></nav></header>
    <main id="main" tabindex="-1">
    \(body)
    </main>
    <footer>TZSim \(HTMLText.escape(Studies.ProgramVersion.current)) — \(footerNote)</footer>
    </body>
    </html>

    """
  }

  /// The hidden field that proves a form was made by this workspace (CSRF).
  static var csrfField: String {
    "<input type=\"hidden\" name=\"csrf\" value=\"\(HTMLText.escape(RequestAccess.csrf))\">"
  }

  /// What the footer says of who can reach the workspace.
  static var footerNote: String {
    guard RequestAccess.shared else { return "espace de travail local : rien ne quitte cet ordinateur." }
    let signOut =
      "<form method=\"post\" action=\"/deconnexion\" class=\"inline\">\(csrfField)<button type=\"submit\" class=\"link\">Se déconnecter</button></form>"
    return "espace de travail partagé sur le réseau, accès par jeton." + (RequestAccess.csrf.isEmpty ? "" : " " + signOut)
  }

  /// A message box: `kind` is `error`, `ok` or `note`.
  static func message(_ text: String, kind: String) -> String {
    "<div class=\"message \(kind)\" role=\"\(kind == "error" ? "alert" : "status")\">\(HTMLText.escape(text).replacingOccurrences(of: "\n", with: "<br>"))</div>"
  }
}
