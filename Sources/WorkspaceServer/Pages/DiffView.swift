import ResultsExport
import Workspace

/// A line diff as HTML: removed lines marked « − » and struck, added ones
/// « + », long runs of unchanged lines folded to their first and last three.
enum DiffView {
  static func html(_ diff: LineDiff, oldLabel: String, newLabel: String) -> String {
    guard diff.hasChanges else { return "<p>Les deux textes sont identiques.</p>" }
    let (removed, added) = diff.counts
    var rows = ""
    var sameRun: [String] = []
    func flushSame(last: Bool) {
      let keep = 3
      let head = rows.isEmpty ? 0 : keep  // lines shown after a change
      let tail = last ? 0 : keep  // lines shown before the next change
      if sameRun.count > head + tail + 1 {
        for l in sameRun.prefix(head) { rows += row(" ", l, "same") }
        rows += "<tr class=\"fold\"><td></td><td>… \(sameRun.count - head - tail) lignes identiques …</td></tr>"
        for l in sameRun.suffix(tail) { rows += row(" ", l, "same") }
      } else {
        for l in sameRun { rows += row(" ", l, "same") }
      }
      sameRun = []
    }
    for line in diff.lines {
      switch line {
      case .same(let l): sameRun.append(l)
      case .removed(let l):
        flushSame(last: false)
        rows += row("−", l, "removed")
      case .added(let l):
        flushSame(last: false)
        rows += row("+", l, "added")
      }
    }
    flushSame(last: true)
    return """
      <p>\(removed) ligne\(removed > 1 ? "s" : "") seulement dans <strong>\(HTMLText.escape(oldLabel))</strong> (−), \
      \(added) seulement dans <strong>\(HTMLText.escape(newLabel))</strong> (+).</p>
      <div class="table-scroll"><table class="diff"><tbody>\(rows)</tbody></table></div>
      """
  }

  static func row(_ mark: String, _ line: String, _ kind: String) -> String {
    let label = kind == "removed" ? "retirée" : kind == "added" ? "ajoutée" : "identique"
    return "<tr class=\"\(kind)\"><td aria-label=\"ligne \(label)\">\(mark)</td><td><code>\(HTMLText.escape(line))</code></td></tr>"
  }
}
