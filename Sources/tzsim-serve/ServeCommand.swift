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

      Examples:
        tzsim-serve Scenarios
        tzsim-serve my-work --port 8090
      """)

  @Argument(help: "The workspace folder (default: the current folder).")
  var folder: String = "."

  @Option(help: "The address to listen on (default loopback: this machine only).")
  var host: String = "127.0.0.1"

  @Option(help: "The port.")
  var port: Int = 8080

  @Option(help: "Replications run in parallel (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535, got \(port)") }
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
  }

  func run() async throws {
    let server: WorkspaceServer
    do {
      server = try WorkspaceServer(folder: folder, jobs: jobs)
    } catch let p as WorkspaceProblem {
      FileHandle.standardError.write(Data("tzsim-serve: error: \(p.message)\n".utf8))
      throw ExitCode(64)
    }
    if !WorkspaceServer.isLoopback(host) {
      FileHandle.standardError.write(
        Data(
          ("warning: listening on \(host): other machines of the network can open this workspace, edit its scenarios and start runs. "
            + "There is no password.\n").utf8))
    }
    let shown = WorkspaceServer.isLoopback(host) ? "127.0.0.1" : host
    print("Espace de travail : \(server.workspace.root.path)")
    print("Ouvrez http://\(shown):\(port)/ dans le navigateur (Ctrl-C pour arrêter).")
    try await server.run(host: host, port: port)
  }
}
