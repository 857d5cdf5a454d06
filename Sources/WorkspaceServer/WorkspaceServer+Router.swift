import Foundation
import Hummingbird
import ScenarioFormat
import Workspace

extension WorkspaceServer {
  /// The routes of the workspace (see the type's documentation), behind
  /// the guard that applies `access` with `keys` to every request, routed or not.
  public func router(access: AccessPolicy, keys: AccessKeys) -> GuardedRouter {
    GuardedRouter(guard: GuardMiddleware(policy: access, keys: keys), router: routes())
  }

  func routes() -> Router<BasicRequestContext> {
    let router = Router()
    router.get("/assets/workspace.css") { _, _ in Self.text(Assets.css, type: "text/css; charset=utf-8") }
    router.get("/assets/favicon.svg") { _, _ in Self.text(Assets.favicon, type: "image/svg+xml") }
    // Pages that name no icon (the reports) make the browser ask for this one.
    router.get("/favicon.ico") { _, _ in Self.text(Assets.favicon, type: "image/svg+xml") }
    router.get("/assets/workspace.js") { _, _ in Self.text(Assets.js, type: "text/javascript; charset=utf-8") }
    router.get("/") { _, _ in Self.guarded { try self.home() } }
    router.post("/scenarios") { request, _ in
      let form = try await Self.form(request)
      return Self.guarded { try self.createScenario(form["name"] ?? "") }
    }
    router.get("/scenarios/:file") { request, context in
      Self.guarded { try self.scenarioPage(try context.parameters.require("file"), saved: request.uri.queryParameters["saved"] != nil) }
    }
    router.post("/scenarios/:file") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.postScenario(try context.parameters.require("file"), form) }
    }
    router.get("/scenarios/:file/yaml") { _, context in Self.guarded { try self.yamlPage(try context.parameters.require("file")) } }
    router.post("/scenarios/:file/yaml") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.postYAML(try context.parameters.require("file"), form) }
    }
    router.post("/scenarios/:file/duplicate") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.duplicateScenario(try context.parameters.require("file"), as: form["name"] ?? "") }
    }
    router.get("/scenarios/:file/historique") { _, context in Self.guarded { try self.historyPage(try context.parameters.require("file")) }
    }
    router.get("/scenarios/:file/historique/:version") { _, context in
      Self.guarded { try self.versionPage(try context.parameters.require("file"), try context.parameters.require("version")) }
    }
    router.post("/scenarios/:file/restore") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.restoreVersion(try context.parameters.require("file"), form) }
    }
    router.post("/scenarios/:file/rename") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.renameScenario(try context.parameters.require("file"), to: form["name"] ?? "") }
    }
    router.post("/scenarios/:file/delete") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.binScenario(try context.parameters.require("file"), form) }
    }
    router.post("/corbeille/:id/restore") { _, context in
      Self.guarded { try self.takeFromBin(try context.parameters.require("id")) }
    }
    router.get("/scenarios/:file/inscrits") { _, context in
      Self.guarded { try self.registrantsPage(try context.parameters.require("file")) }
    }
    router.post("/scenarios/:file/inscrits") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.importRegistrants(try context.parameters.require("file"), form) }
    }
    router.get("/scenarios/:file/observes") { _, context in Self.guarded { try self.observedPage(try context.parameters.require("file")) } }
    router.get("/scenarios/:file/observes.csv") { _, context in
      Self.guarded { try self.observedCSV(try context.parameters.require("file")) }
    }
    router.post("/scenarios/:file/observes") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.postObserved(try context.parameters.require("file"), form) }
    }
    router.get("/scenarios/:file/calibrer") { _, context in
      Self.guarded { try self.calibrationPage(try context.parameters.require("file")) }
    }
    router.post("/scenarios/:file/calibrer") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.postCalibration(try context.parameters.require("file"), form) }
    }
    router.post("/scenarios/:file/structure") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.postStructure(try context.parameters.require("file"), form) }
    }
    router.get("/aide") { _, _ in Self.html(HelpPage.html()) }
    router.post("/scenarios/:file/uncertain") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.postUncertain(try context.parameters.require("file"), form) }
    }
    router.post("/scenarios/:file/run") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.submit(try context.parameters.require("file"), kind: .run, form) }
    }
    router.post("/scenarios/:file/national") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.submitNational(try context.parameters.require("file"), form) }
    }
    router.post("/scenarios/:file/compare") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.submit(try context.parameters.require("file"), kind: .compare, form) }
    }
    router.get("/scenarios/:file/plan") { _, context in Self.guarded { try self.planPage(try context.parameters.require("file")) } }
    router.post("/scenarios/:file/plan") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.postPlan(try context.parameters.require("file"), form) }
    }
    router.get("/runs") { request, _ in
      let archived = request.uri.queryParameters["archives"] != nil
      return Self.guarded { Self.html(RunsPage.html(try self.queue.store.all(archived: archived), archived: archived)) }
    }
    router.get("/runs/compare") { request, _ in
      Self.guarded {
        try self.comparisonPage(request.uri.queryParameters["a"].map(String.init), request.uri.queryParameters["b"].map(String.init))
      }
    }
    router.get("/runs/:id") { _, context in Self.guarded { try self.runPage(try Self.runID(context)) } }
    router.get("/runs/:id/progress") { _, context in Self.guarded { try self.progressJSON(try Self.runID(context)) } }
    router.get("/runs/:id/events") { _, context in Self.guarded { try self.events(try Self.runID(context)) } }
    router.post("/runs/:id/apply") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.applyPlan(try Self.runID(context), as: form["name"] ?? "") }
    }
    router.post("/runs/:id/calibrated") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.createCalibrated(try Self.runID(context), as: form["name"] ?? "") }
    }
    router.post("/runs/:id/archive") { request, context in
      let form = try await Self.form(request)
      return Self.guarded { try self.archiveRun(try Self.runID(context), archived: form["archived"] != "0") }
    }
    router.post("/runs/:id/delete") { _, context in Self.guarded { try self.binRun(try Self.runID(context)) } }
    router.post("/runs/:id/cancel") { _, context in
      Self.guarded {
        let id = try Self.runID(context)
        _ = try self.record(id)
        try self.queue.cancel(id)
        return Self.redirect("/runs/\(id)")
      }
    }
    router.get("/runs/:id/files/**") { _, context in
      Self.guarded { try self.file(try Self.runID(context), context.parameters.getCatchAll().map(String.init)) }
    }
    return router
  }

  // MARK: Helpers

  static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
    text(page, type: "text/html; charset=utf-8", status: status)
  }

  static func text(_ s: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(status: status, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: s)))
  }

  /// 303 See Other: after a form, the browser asks for `location`.
  static func redirect(_ location: String) -> Response { Response(status: .seeOther, headers: [.location: location]) }

  /// The page of a refusal, with its status.
  static func problem(_ p: WorkspaceProblem) -> Response {
    let status: HTTPResponse.Status =
      switch p.kind {
      case .notFound: .notFound
      case .invalid: .unprocessableContent
      case .stale: .conflict
      case .busy: .tooManyRequests
      case .forbidden: .forbidden
      }
    let body = "<h1>Impossible</h1>\(Layout.message(p.message, kind: "error"))<p><a href=\"/\">Retour aux scénarios</a></p>"
    return html(Layout.page(title: "Impossible", body: body), status: status)
  }

  /// Runs `body`, turning a refusal into its page and any other error into a 500 page.
  static func guarded(_ body: () throws -> Response) -> Response {
    do {
      return try body()
    } catch let p as WorkspaceProblem {
      return problem(p)
    } catch let e as HTTPError where e.status == .badRequest {
      return problem(WorkspaceProblem(.notFound, "adresse incomplète"))
    } catch {
      let body = "<h1>Erreur</h1>\(Layout.message("\(error)", kind: "error"))"
      return html(Layout.page(title: "Erreur", body: body), status: .internalServerError)
    }
  }

  /// A posted form, read up to ``maxBody`` bytes.
  static func form(_ request: Request) async throws -> FormBody {
    let buffer = try await request.body.collect(upTo: maxBody)
    return FormBody(buffer, contentType: request.headers[.contentType])
  }

  static func runID(_ context: BasicRequestContext) throws -> Int64 {
    guard let s = context.parameters.get("id"), let id = Int64(s), id > 0 else {
      throw WorkspaceProblem(.notFound, "ce calcul n'existe pas")
    }
    return id
  }

  func record(_ id: Int64) throws -> RunRecord {
    guard let r = try queue.store.run(id) else { throw WorkspaceProblem(.notFound, "le calcul n° \(id) n'existe pas") }
    return r
  }
}
