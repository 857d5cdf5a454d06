public import Hummingbird

/// The workspace's routes behind its guard: every request, whether a route
/// matches it or not (a `HEAD`, an unknown path), goes through
/// ``GuardMiddleware`` first. (A router's own middleware only sees the
/// requests one of its routes matches.)
public struct GuardedRouter: HTTPResponderBuilder {
  let `guard`: GuardMiddleware
  let router: Router<BasicRequestContext>

  public struct Responder: HTTPResponder {
    let `guard`: GuardMiddleware
    let inner: RouterResponder<BasicRequestContext>

    public func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
      do {
        return try await RequestAccess.$shared.withValue(`guard`.policy.requiresLogin) {
          try await `guard`.handle(request, context: context) { try await inner.respond(to: $0, context: $1) }
        }
      } catch let e as any HTTPResponseError {
        // A body too large (413), a malformed request: its status, with a French page.
        let text = e.status == .contentTooLarge ? "ce qui a été envoyé est trop gros (4 Mio au plus)" : "requête refusée (\(e.status.code))"
        return `guard`.secured(GuardMiddleware.refusal(text, status: e.status))
      }
    }
  }

  public func buildResponder() -> Responder { Responder(guard: `guard`, inner: router.buildResponder()) }
}
