import ArgumentParser
import Foundation
import Workspace
import WorkspaceServer

/// `tzsim-serve [FOLDER]` (also `tzsim serve`): the browser workspace.
@main
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tzsim-serve",
    abstract: "Open a folder of scenarios as a workspace in the browser (French pages).",
    discussion: """
      Serves http://127.0.0.1:8080/ by default: edit the scenarios in a form, run them with a live
      progress bar, compare staffing options, search a plan, download the report and CSV files.
      Runs are recorded in FOLDER/tzsim-runs/. Only this machine can connect unless --host says otherwise.

      For a team: listen beyond loopback (--host 0.0.0.0), or keep loopback behind the town's HTTPS
      reverse proxy and name its public host with --allowed-host (then --secure-cookie). Either way a
      token is printed at start: it opens a session in the browser (docs/espace-de-travail.md).

      Examples:
        tzsim-serve Scenarios
        tzsim-serve my-work --port 8090
        tzsim-serve my-work --host 0.0.0.0
        tzsim-serve my-work --allowed-host tzsim.ville.example --secure-cookie
      """)

  @Argument(help: "The workspace folder (default: the current folder).")
  var folder: String = "."

  @Option(help: "The address to listen on (default loopback: this machine only).")
  var host: String = "127.0.0.1"

  @Option(help: "The port.")
  var port: Int = 8080

  @Option(
    name: .customLong("allowed-host"),
    help: "A further host name requests may give (a reverse proxy's public name, NAME or NAME:PORT); repeatable. Requires the token.")
  var allowedHosts: [String] = []

  @Flag(help: "Mark the session cookie Secure (the workspace is reached through HTTPS, by a reverse proxy).")
  var secureCookie = false

  @Option(help: "Seconds an idle connection is kept open (default 30).")
  var idleTimeout: Int = 30

  @Option(help: "Replications run in parallel (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535, got \(port)") }
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
    guard (1...3600).contains(idleTimeout) else {
      throw ValidationError("--idle-timeout must be between 1 and 3600 seconds, got \(idleTimeout)")
    }
    for h in allowedHosts where h.isEmpty || h.contains(where: { $0 == "/" || $0 == " " || $0 == "@" }) {
      throw ValidationError("--allowed-host takes a host name (NAME or NAME:PORT), got `\(h)`")
    }
  }

  func run() async throws {
    let server: WorkspaceServer
    do {
      server = try WorkspaceServer(folder: folder, jobs: jobs)
    } catch let p as WorkspaceProblem {
      FileHandle.standardError.write(Data("tzsim-serve: error: \(p.message)\n".utf8))
      throw ExitCode(64)
    }
    let access = AccessPolicy.serving(host: host, port: port, allowedHosts: allowedHosts, secureCookie: secureCookie)
    let keys = AccessKeys()
    print("Espace de travail : \(server.workspace.root.path)")
    if access.requiresLogin {
      FileHandle.standardError.write(Data(sharedWarning.utf8))
      print("Jeton : \(keys.token)")
      print("Ouvrez \(publicAddress)/?jeton=\(keys.token) dans le navigateur (Ctrl-C pour arrêter).")
    } else {
      print("Ouvrez http://127.0.0.1:\(port)/ dans le navigateur (Ctrl-C pour arrêter).")
    }
    fflush(nil)  // the address and token are read at once, even through a pipe
    try await server.run(host: host, port: port, access: access, keys: keys, idleTimeout: .seconds(idleTimeout))
  }

  /// Where the team opens the workspace: the proxy's name, or this machine's.
  var publicAddress: String {
    if let proxy = allowedHosts.first { return "\(secureCookie ? "https" : "http")://\(proxy)" }
    let name = host == "0.0.0.0" || host == "::" ? ProcessInfo.processInfo.hostName : host
    return "http://\(name.contains(":") ? "[\(name)]" : name):\(port)"
  }

  /// What a shared workspace exposes, said at start.
  var sharedWarning: String {
    var lines = [
      "Attention : cet espace de travail est joignable depuis d'autres machines (\(allowedHosts.isEmpty ? "adresse \(host)" : "par \(allowedHosts.joined(separator: ", "))")).",
      "Toute personne qui a le jeton ci-dessous peut lire les scénarios et les résultats, les modifier et lancer des calculs.",
    ]
    if !secureCookie {
      lines.append(
        "La connexion n'est pas chiffrée (HTTP) : pour une équipe, passez par le serveur mandataire HTTPS de la collectivité (docs/espace-de-travail.md)."
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
