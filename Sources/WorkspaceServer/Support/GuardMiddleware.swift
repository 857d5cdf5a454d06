import Hummingbird

/// Refuses what a page from elsewhere could send to a workspace on this
/// machine, and sets the pages' security headers.
///
/// - On loopback, the request's host must name the server (`127.0.0.1:PORT`,
///   `localhost:PORT`, `[::1]:PORT`; without `:PORT` on port 80): a web page
///   cannot reach it through a DNS name of its own (DNS rebinding).
/// - A `POST` whose `Origin` is not the server itself is refused (a form on
///   another site cannot start a run or change a scenario).
struct GuardMiddleware: RouterMiddleware {
  typealias Context = BasicRequestContext
  let loopbackPort: Int?

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    let host = request.head.authority
    if let problem = Self.hostProblem(host, loopbackPort: loopbackPort)
      ?? (request.method == .post ? Self.originProblem(request.headers[.origin], host: host) : nil)
    {
      return WorkspaceServer.html(
        Layout.page(title: "Refusé", body: "<h1>Refusé</h1>" + Layout.message(problem, kind: "error")), status: .forbidden)
    }
    var response = try await next(request, context)
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[.init("X-Frame-Options")!] = "DENY"
    if response.headers[.contentSecurityPolicy] == nil {
      response.headers[.contentSecurityPolicy] = "default-src 'self'; frame-ancestors 'none'; form-action 'self'"
    }
    response.headers[.cacheControl] = response.headers[.cacheControl] ?? "no-store"
    return response
  }

  /// Why a request naming `host` is refused, or nil.
  static func hostProblem(_ host: String?, loopbackPort: Int?) -> String? {
    guard let port = loopbackPort, let host else { return nil }
    let names = ["127.0.0.1", "localhost", "[::1]"]
    let allowed = names.map { "\($0):\(port)" } + (port == 80 ? names : [])
    guard !allowed.contains(host.lowercased()) else { return nil }
    return "l'adresse « \(host) » n'est pas celle de cet espace de travail : ouvrez http://127.0.0.1:\(port)/"
  }

  /// Why a form posted from `origin` is refused, or nil.
  static func originProblem(_ origin: String?, host: String?) -> String? {
    guard let origin else { return nil }
    guard let host, origin.lowercased() == "http://\(host.lowercased())" else {
      return "un formulaire venu d'un autre site (\(origin)) ne peut rien changer ici"
    }
    return nil
  }
}
