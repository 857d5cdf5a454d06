import Foundation
import Hummingbird
public import Workspace

/// The browser workspace (`tzsim serve`): French pages over a folder of
/// scenarios, to edit them in a form, run, compare and plan, follow a run
/// live and download its files.
///
/// ```swift
/// let server = try WorkspaceServer(folder: "Scenarios", jobs: 2)
/// try await server.run(host: "127.0.0.1", port: 8080)   // then open http://127.0.0.1:8080/
/// ```
///
/// Routes (every page in French; nothing is loaded from outside the machine):
///
/// | Method | Path | What |
/// |---|---|---|
/// | GET | `/` | the scenarios, a new one, the latest runs |
/// | POST | `/scenarios` | a new scenario from the `tzsim init` template |
/// | GET, POST | `/scenarios/<file>` | the form; `action=check` validates, `action=save` writes |
/// | GET, POST | `/scenarios/<file>/yaml` | the YAML editor |
/// | POST | `/scenarios/<file>/run`, `/compare` | queue a run, a comparison |
/// | GET, POST | `/scenarios/<file>/plan` | the plan form; queue a plan |
/// | GET | `/runs`, `/runs/<id>` | the record; one run |
/// | GET | `/runs/<id>/events` | its progress (server-sent events) |
/// | GET | `/runs/<id>/progress` | its progress (JSON) |
/// | POST | `/runs/<id>/cancel` | cancel it |
/// | GET | `/runs/<id>/files/<path>` | a file of its folder |
/// | GET | `/assets/workspace.css`, `/assets/workspace.js` | the page's style and script |
///
/// **Safety** (``AccessPolicy``, ``AccessKeys``, `docs/espace-de-travail.md`).
/// A request must name one of the workspace's own hosts (DNS rebinding
/// refused); every form carries a CSRF token and a form posted from another
/// origin is refused; off loopback (or behind a proxy) a session opened with
/// the start-up token is needed. Bodies are limited to ``maxBody`` bytes, idle
/// connections closed after ``idleTimeout``. Scenario files and run files are
/// reached by name only, never by a path that leaves the workspace.
public struct WorkspaceServer: Sendable {
  /// The largest request body read (a scenario is at most 1 MiB; its form, encoded, a few times that).
  public static let maxBody = 4 << 20

  public let queue: RunQueue
  public var workspace: Workspace { queue.workspace }

  /// Opens the workspace at `folder`: its record of runs (created if need
  /// be; runs left unfinished by a previous session are marked interrupted
  /// and their staging folders removed).
  public init(folder: String, jobs: Int, capacity: Int = 4) throws {
    let workspace = try Workspace(folder: folder)
    let store = try RunStore(path: workspace.runsFolder.appendingPathComponent("runs.sqlite").path)
    try store.interruptUnfinished()
    workspace.removeStagingFolders()
    queue = RunQueue(workspace: workspace, store: store, jobs: jobs, capacity: capacity)
  }

  /// How long a connection may stay idle (or take to send its request's head) before it is closed.
  public static let idleTimeout: Duration = .seconds(30)

  /// Serves on `host`:`port` until the process is stopped.
  public func run(host: String, port: Int, access: AccessPolicy, keys: AccessKeys, idleTimeout: Duration = Self.idleTimeout) async throws {
    let (seconds, attoseconds) = idleTimeout.components
    let app = Application(
      router: router(access: access, keys: keys),
      server: .http1(configuration: .init(idleTimeout: .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000))),
      configuration: .init(address: .hostname(host, port: port), serverName: "tzsim"))
    try await app.runService()
  }

}
