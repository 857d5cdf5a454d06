import Foundation
import ResultsExport
import Workspace

/// `/runs`: every run of the record, newest first.
enum RunsPage {
  static func html(_ runs: [RunRecord], archived: Bool = false) -> String {
    Layout.page(
      title: archived ? "Calculs archivés" : "Calculs",
      body: """
        <h1>\(archived ? "Calculs archivés" : "Calculs")</h1>
        <p>\(archived ? "<a href=\"/runs\">Retour aux calculs</a>" : "<a href=\"/runs?archives=1\">Calculs archivés</a>")</p>
        <p>Chaque calcul garde le scénario tel qu'il a été lancé (son empreinte SHA-256), la graine, \
        le nombre de réplications et la version de TZSim : ses chiffres peuvent être refaits à l'octet près \
        (<code>tzsim verify</code> sur son dossier).</p>
        \(table(runs))
        """)
  }

  static func table(_ runs: [RunRecord]) -> String {
    guard !runs.isEmpty else { return "<p>Aucun calcul pour l'instant.</p>" }
    var rows = ""
    for r in runs {
      let id = r.id ?? 0
      // A plan says its answer; a run or a comparison, the baseline's verdicts.
      let verdicts =
        r.kind.answers
        ? HTMLText.escape((r.status == .done ? r.headlineFigures.answer : r.message) ?? "")
        : r.headlineFigures.verdicts.filter { $0.variant == "baseline" }.map {
          "\(HTMLText.escape($0.objectiveWords ?? $0.objective)) : <span class=\"verdict\">\(HTMLText.escape($0.words)) (\(NumberText.percentFR($0.probability)))</span>"
        }.joined(separator: "<br>")
      rows += """
        <tr><td><a href="/runs/\(id)">n° \(id)</a></td><td>\(HTMLText.escape(date(r.createdAt)))</td><td>\(HTMLText.escape(r.kind.french))</td>\
        <td>\(HTMLText.escape(r.scenarioFile))</td><td><code title="\(r.scenarioSHA256)">\(r.scenarioSHA256.prefix(12))</code></td>\
        <td>\(HTMLText.escape(r.seed))</td><td>\(r.kind.answers ? "—" : String(r.replications))</td><td>\(HTMLText.escape(r.version))</td>\
        <td class="status-\(r.status.rawValue)">\(HTMLText.escape(r.status.french))</td><td>\(verdicts)</td></tr>

        """
    }
    return """
      <div class="table-scroll"><table id="runs"><thead><tr><th>Calcul</th><th>Date</th><th>Nature</th><th>Scénario</th><th>Empreinte</th><th>Graine</th>\
      <th>Réplications</th><th>Version</th><th>État</th><th>Verdicts</th></tr></thead><tbody>
      \(rows)</tbody></table></div>
      """
  }

  /// A date as a planner reads it: `30/11/2026 14:05:09` (the machine's time zone).
  static func date(_ d: Date) -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "fr_FR")
    f.dateFormat = "dd/MM/yyyy HH:mm:ss"
    return f.string(from: d)
  }
}
