import Foundation
import Hummingbird
import ResultsExport
import ScenarioFormat
import Workspace

/// The run pages: one run, its progress (JSON and event stream), its files.
extension WorkspaceServer {
  func runPage(_ id: Int64) throws -> Response {
    let r = try record(id)
    let files = r.folder.flatMap { workspace.runFiles($0) } ?? []
    let others = r.status == .done ? try queue.store.all(limit: 200) : []
    return Self.html(RunPage.html(r, progress: queue.progress(id), files: files, others: others))
  }

  /// `/runs/compare?a=&b=`: two finished runs side by side.
  func comparisonPage(_ a: String?, _ b: String?) throws -> Response {
    guard let a = a.flatMap({ Int64($0) }), let b = b.flatMap({ Int64($0) }) else {
      throw WorkspaceProblem(.notFound, "choisissez deux calculs à comparer")
    }
    return Self.html(RunComparisonPage.html(try RunComparison(try record(a), try record(b), in: workspace)))
  }

  /// The progress of run `id`: from the queue while this session runs it, from the record otherwise.
  func progress(_ id: Int64) throws -> RunQueue.Progress {
    if let p = queue.progress(id) { return p }
    let r = try record(id)
    return RunQueue.Progress(done: 0, total: 0, status: r.status)
  }

  static func progressJSON(_ p: RunQueue.Progress, kind: RunKind) -> String {
    let text = RunPage.text(p, kind: kind).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    return "{\"done\":\(p.done),\"total\":\(p.total),\"status\":\"\(p.status.rawValue)\",\"text\":\"\(text)\"}"
  }

  /// The verdicts as the page's script shows them, each figure formatted as the run's page formats it.
  static func verdictJSON(_ h: RunHeadline) -> String {
    struct Line: Encodable {
      let variant, objective, words, percent: String
    }
    let lines = h.verdicts.map {
      Line(
        variant: $0.variant == "baseline" ? "scénario de base" : $0.variant, objective: $0.objectiveWords ?? $0.objective, words: $0.words,
        percent: NumberText.percentFR($0.probability))
    }
    return String(decoding: (try? JSONEncoder().encode(lines)) ?? Data("[]".utf8), as: UTF8.self)
  }

  func progressJSON(_ id: Int64) throws -> Response {
    let kind = try record(id).kind
    return Self.text(Self.progressJSON(try progress(id), kind: kind), type: "application/json")
  }

  /// Server-sent events: `progress` whenever it changes (looked at every 20 ms), `verdict` (the
  /// verdicts, as JSON) as soon as they are known, then `end` once the files are in place.
  func events(_ id: Int64) throws -> Response {
    let kind = try record(id).kind
    let server = self
    let body = ResponseBody { writer in
      var last: RunQueue.Progress?
      var verdictSent = false
      let deadline = ContinuousClock.now + .seconds(6 * 3600)
      while ContinuousClock.now < deadline {
        let p = try server.progress(id)
        if p != last {
          try await writer.write(ByteBuffer(string: "event: progress\ndata: \(Self.progressJSON(p, kind: kind))\n\n"))
          last = p
        }
        if let verdict = p.verdict, !verdictSent {
          try await writer.write(ByteBuffer(string: "event: verdict\ndata: \(Self.verdictJSON(verdict))\n\n"))
          verdictSent = true
        }
        if p.status.isFinal {
          try await writer.write(ByteBuffer(string: "event: end\ndata: {\"status\":\"\(p.status.rawValue)\"}\n\n"))
          break
        }
        try await Task.sleep(for: .milliseconds(20))
      }
      try await writer.finish(nil)
    }
    return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"], body: body)
  }

  /// A file of a finished run's folder: reports shown in the browser, the rest downloaded.
  func file(_ id: Int64, _ path: [String]) throws -> Response {
    let r = try record(id)
    guard let folder = r.folder, let url = workspace.runFile(folder, path), let data = FileManager.default.contents(atPath: url.path) else {
      throw WorkspaceProblem(.notFound, "ce fichier n'existe pas dans les résultats du calcul n° \(id)")
    }
    let name = path.last ?? "file"
    let ext = (name as NSString).pathExtension.lowercased()
    let type =
      switch ext {
      case "html": "text/html; charset=utf-8"
      case "csv": "text/csv; charset=utf-8"
      case "svg": "image/svg+xml"
      case "json": "application/json"
      case "md": "text/markdown; charset=utf-8"
      case "yaml": "text/yaml; charset=utf-8"
      case "pdf": "application/pdf"
      default: "application/octet-stream"
      }
    var headers: HTTPFields = [.contentType: type]
    // A report may hold its own style; it runs no script and loads nothing.
    headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'"
    if ext != "html" && ext != "svg" { headers[.contentDisposition] = "attachment; filename=\"\(name)\"" }
    var bytes = [UInt8](data)
    if path == ["report.html"] { bytes = Self.withWayBack(bytes, run: id) }
    return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
  }

  /// The report as the workspace shows it: the file's bytes with a link back to its run at the top
  /// of the body (hidden in print). The file in the run's folder is the command line's, untouched.
  static func withWayBack(_ report: [UInt8], run id: Int64) -> [UInt8] {
    let text = String(decoding: report, as: UTF8.self)
    guard let open = text.range(of: "<body", options: .caseInsensitive), let close = text[open.upperBound...].firstIndex(of: ">") else {
      return report
    }
    let end = text.index(after: close)
    let link =
      "<p style=\"margin:0;padding:.5em 1em;background:#1f4e8c;font-family:sans-serif\" class=\"tzsim-way-back\">"
      + "<a href=\"/runs/\(id)\" style=\"color:#fff\">← Retour au calcul n° \(id) dans l'espace de travail</a></p>"
      + "<style>@media print { .tzsim-way-back { display: none } }</style>"
    return Array((text[..<end] + link + text[end...]).utf8)
  }
}

extension WorkspaceServer {
  /// A plan's answer applied as a new scenario: the scenario as the plan ran it, its parameter set
  /// to the value found and its `name` to the new file's stem; validated, then created (never over a file).
  func applyPlan(_ id: Int64, as newName: String) throws -> Response {
    let r = try record(id)
    guard r.kind == .plan, r.status == .done, let value = r.headlineFigures.answerValue,
      let settings = r.plan.flatMap({ try? JSONDecoder().decode(PlanRequest.self, from: Data($0.utf8)) })
    else { throw WorkspaceProblem(.invalid, "ce calcul n'est pas un plan qui a trouvé une valeur : rien à appliquer") }
    let name = newName.trimmingCharacters(in: .whitespaces)
    let text = try ScenarioText(bytes: [UInt8](r.scenario))
    guard text.field(settings.path) != nil else {
      throw WorkspaceProblem(
        .invalid,
        "`\(settings.path)` n'est pas écrit tel quel dans le scénario (valeur par défaut, ou liste) : dupliquez le scénario et réglez-la dans le formulaire"
      )
    }
    var edits = [settings.path: value.shortestText]
    if text.field("name")?.isEditable == true { edits["name"] = String(name.prefix { $0 != "." }) }
    let applied = try text.applying(edits)
    do { _ = try workspace.decoded.decode(bytes: applied.bytes, file: name) } catch {
      throw WorkspaceProblem(.invalid, "avec cette valeur, le scénario n'est pas valide : \(error.errors.first?.french.message ?? "")")
    }
    try workspace.create(name, bytes: applied.bytes)
    return Self.redirect("/scenarios/\(name)")
  }
}

extension WorkspaceServer {
  /// Archives run `id` (left out of the lists, kept with its files), or brings it back.
  func archiveRun(_ id: Int64, archived: Bool) throws -> Response {
    var r = try record(id)
    guard r.status.isFinal else { throw WorkspaceProblem(.invalid, "un calcul en cours ne s'archive pas : annulez-le d'abord") }
    r.archived = archived
    try queue.store.update(r)
    return Self.redirect("/runs/\(id)")
  }

  /// The files of run `id` moved into the bin; its line in the record stays (what was run, when, with which seed).
  func binRun(_ id: Int64) throws -> Response {
    var r = try record(id)
    guard r.status.isFinal, let folder = r.folder else { throw WorkspaceProblem(.invalid, "ce calcul n'a pas de fichiers à supprimer") }
    try workspace.putRunInBin(folder)
    r.folder = nil
    r.archived = true
    r.message = (r.message.map { $0 + " — " } ?? "") + "fichiers mis à la corbeille (tzsim-runs/corbeille/)"
    try queue.store.update(r)
    return Self.redirect("/runs/\(id)")
  }
}
