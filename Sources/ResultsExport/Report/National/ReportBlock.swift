/// A piece of a report written once and rendered both as Markdown and as HTML.
enum ReportBlock {
  case heading(String, id: String)
  case paragraph(String)
  /// A highlighted sentence (a verdict).
  case callout(String)
  case table(id: String, header: [String], rows: [[String]], numeric: Set<Int>)
  case figure(Chart, caption: String)
  case list([String])

  var markdown: String {
    switch self {
    case .heading(let s, _): return "## \(s)\n\n"
    case .paragraph(let s): return "\(s)\n\n"
    case .callout(let s): return "> \(s)\n\n"
    case .table(_, let header, let rows, _):
      func row(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
      }
      return row(header) + "|" + header.map { _ in "---|" }.joined() + "\n" + rows.map(row).joined() + "\n"
    case .figure(let chart, let caption): return "![\(caption)](\(chart.id).svg)\n\n*\(caption)* (données : `\(chart.id).csv`)\n\n"
    case .list(let items): return items.map { "- \($0)\n" }.joined() + "\n"
    }
  }

  var html: String {
    let esc = Chart.esc
    switch self {
    case .heading(let s, let id): return "<h2 id=\"\(id)\">\(esc(s))</h2>\n"
    case .paragraph(let s): return "<p>\(esc(s))</p>\n"
    case .callout(let s): return "<p class=\"verdict\">\(esc(s))</p>\n"
    case .table(let id, let header, let rows, let numeric):
      var h = "<table id=\"\(id)\"><thead><tr>" + header.map { "<th>\(esc($0))</th>" }.joined() + "</tr></thead><tbody>\n"
      for r in rows {
        h +=
          "<tr>"
          + r.enumerated().map { numeric.contains($0.offset) ? "<td class=\"n\">\(esc($0.element))</td>" : "<td>\(esc($0.element))</td>" }
          .joined() + "</tr>\n"
      }
      return h + "</tbody></table>\n"
    case .figure(let chart, let caption): return "<figure>\(chart.svg)<figcaption>\(esc(caption))</figcaption></figure>\n"
    case .list(let items): return "<ul>" + items.map { "<li>\(esc($0))</li>" }.joined() + "</ul>\n"
    }
  }
}
