import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
import Synchronization
import WorkspaceServer

/// The workspace's routes called in process, as a browser's requests reach
/// them (host `localhost`, port 80), without a socket or an HTTP client: what
/// HummingbirdTesting's router mode does, without its TLS stack to build.
struct RouteClient: Sendable {
  struct Response {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: ByteBuffer
  }

  let responder: GuardedRouter.Responder

  init(_ router: GuardedRouter) { responder = router.buildResponder() }

  /// Sends one request and hands its whole response to `check`.
  func execute<T>(
    uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil, _ check: (Response) throws -> T
  ) async throws -> T {
    var headers = headers
    if let body { headers[.contentLength] = String(body.readableBytes) }
    let request = Request(
      head: .init(method: method, scheme: "http", authority: "localhost", path: uri, headerFields: headers),
      body: RequestBody(buffer: body ?? ByteBuffer()))
    let context = BasicRequestContext(source: .init(channel: NIOAsyncTestingChannel(), logger: Logger(label: "tzsim-route-test")))
    let response: Hummingbird.Response
    do {
      response = try await responder.respond(to: request, context: context)
    } catch {
      response = Hummingbird.Response(status: .internalServerError)
    }
    let collector = Collector()
    try await response.body.write(collector)
    return try check(Response(status: response.status, headers: response.headers, body: collector.bytes.withLock { $0 }))
  }

  /// Keeps what a response body writes.
  final class Collector: ResponseBodyWriter, Sendable {
    let bytes = Mutex(ByteBuffer())
    func write(_ buffer: ByteBuffer) async throws { bytes.withLock { _ = $0.writeImmutableBuffer(buffer) } }
    func finish(_ trailingHeaders: HTTPFields?) async throws {}
  }
}
