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
    <header><a class="brand" href="/">TZSim</a><nav><a href="/">Scénarios</a><a href="/runs">Calculs</a></nav></header>
    <main>
    \(body)
    </main>
    <footer>TZSim \(HTMLText.escape(Studies.ProgramVersion.current)) — espace de travail local : rien ne quitte cet ordinateur.</footer>
    </body>
    </html>

    """
  }

  /// A message box: `kind` is `error`, `ok` or `note`.
  static func message(_ text: String, kind: String) -> String {
    "<div class=\"message \(kind)\" role=\"\(kind == "error" ? "alert" : "status")\">\(HTMLText.escape(text).replacingOccurrences(of: "\n", with: "<br>"))</div>"
  }
}
