import Hummingbird

/// Decides, before any page is made, whether a request may go on.
///
/// In order: its host must be one of the workspace's (``AccessPolicy``, always:
/// DNS rebinding refused); `HEAD` is answered as `GET` without a body; when a
/// secret is required, the request must carry a session cookie (got from the
/// start-up token at `/connexion` or with `?jeton=…`); a `POST` must come from
/// the same origin and carry its form's CSRF token. Then the pages' security
/// headers are set.
struct GuardMiddleware: RouterMiddleware {
  typealias Context = BasicRequestContext
  let policy: AccessPolicy
  let keys: AccessKeys

  /// The session cookie's name.
  static let cookie = "tzsim_session"
  /// The paths reachable without a session: the sign-in page and its assets.
  static func isOpen(_ path: String) -> Bool { path.hasPrefix("/assets/") || path == "/favicon.ico" }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    if let problem = policy.hostProblem(request.head.authority) { return secured(Self.refusal(problem)) }
    if request.method == .head {
      var head = request.head
      head.method = .get
      var response = try await handle(Request(head: head, body: request.body), context: context, next: next)
      let length = response.body.contentLength
      response.body = ResponseBody()
      if let length { response.headers[.contentLength] = String(length) }
      return response
    }
    if request.method == .post, let problem = AccessPolicy.originProblem(request.headers[.origin], authority: request.head.authority) {
      return secured(Self.refusal(problem))
    }
    let path = request.uri.path
    var csrf = keys.openCSRF
    if policy.requiresLogin && !Self.isOpen(path) {
      if path == "/connexion" { return secured(try await signIn(request)) }
      if request.method == .get, let token = request.uri.queryParameters["jeton"] {
        return secured(opening(session: keys.openSession(token: String(token)), then: path))
      }
      guard let id = request.cookies[Self.cookie]?.value, let c = keys.csrf(session: id) else {
        return secured(WorkspaceServer.html(SignInPage.html(problem: nil, secure: policy.secureCookie), status: .unauthorized))
      }
      csrf = c
      if path == "/deconnexion" && request.method == .post {
        guard try await Self.carries(csrf, request) != nil else { return secured(Self.expired) }
        keys.closeSession(id)
        var response = WorkspaceServer.redirect("/connexion")
        response.headers[.setCookie] = "\(Self.cookie)=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
        return secured(response)
      }
    }
    var request = request
    if request.method == .post {
      guard let body = try await Self.carries(csrf, request) else { return secured(Self.expired) }
      request.body = RequestBody(buffer: body)
    }
    let response = try await RequestAccess.$csrf.withValue(csrf) { try await next(request, context) }
    return secured(response)
  }

  /// The body of a posted form when it carries `csrf`, or nil.
  static func carries(_ csrf: String, _ request: Request) async throws -> ByteBuffer? {
    let buffer = try await request.body.collect(upTo: WorkspaceServer.maxBody)
    guard let sent = FormBody(buffer, contentType: request.headers[.contentType])["csrf"], AccessKeys.same(sent, csrf) else { return nil }
    return buffer
  }

  /// `/connexion`: the sign-in form, and the token typed into it.
  func signIn(_ request: Request) async throws -> Response {
    guard request.method == .post else { return WorkspaceServer.html(SignInPage.html(problem: nil, secure: policy.secureCookie)) }
    let form = FormBody(String(buffer: try await request.body.collect(upTo: WorkspaceServer.maxBody)))
    return opening(session: keys.openSession(token: form["jeton"] ?? ""), then: "/")
  }

  /// After a token: the session's cookie and the page asked for, or the sign-in page again.
  func opening(session: String?, then path: String) -> Response {
    guard let session else {
      let problem = "ce jeton n'est pas celui de cet espace de travail : recopiez celui que tzsim-serve a affiché au démarrage"
      return WorkspaceServer.html(SignInPage.html(problem: problem, secure: policy.secureCookie), status: .unauthorized)
    }
    // Back to the page asked for, on this site only (`//host` would be another site).
    let local = path.hasPrefix("/") && !path.hasPrefix("//") && !path.contains("\\") && path != "/connexion"
    var response = WorkspaceServer.redirect(local ? path : "/")
    response.headers[.setCookie] =
      "\(Self.cookie)=\(session); Path=/; HttpOnly; SameSite=Strict" + (policy.secureCookie ? "; Secure" : "")
    return response
  }

  /// The page of a request refused before any route: 403 unless said otherwise.
  static func refusal(_ problem: String, status: HTTPResponse.Status = .forbidden) -> Response {
    WorkspaceServer.html(Layout.page(title: "Refusé", body: "<h1>Refusé</h1>" + Layout.message(problem, kind: "error")), status: status)
  }

  static var expired: Response {
    refusal("ce formulaire a expiré ou vient d'ailleurs : rechargez la page, puis recommencez (rien n'a été changé)")
  }

  /// `response` with the pages' security headers.
  func secured(_ response: Response) -> Response {
    var response = response
    response.headers[.xContentTypeOptions] = "nosniff"
    response.headers[.init("X-Frame-Options")!] = "DENY"
    // Not `no-referrer`: browsers would then send `Origin: null` with the workspace's own forms.
    response.headers[.init("Referrer-Policy")!] = "same-origin"
    if response.headers[.contentSecurityPolicy] == nil {
      response.headers[.contentSecurityPolicy] = "default-src 'self'; frame-ancestors 'none'; form-action 'self'"
    }
    response.headers[.cacheControl] = response.headers[.cacheControl] ?? "no-store"
    return response
  }
}
