// swift-format-ignore-file
// (each function here is compared line by line with a landing page's example: keep their layout)
import Hummingbird
import Workspace
import WorkspaceServer

// The landing pages' examples, verbatim. `WorkspaceLandingTests` checks that each
// region below equals the code block of its page, and runs it.

// BEGIN EXAMPLE Workspace
func workspaceExample(folder: String) async throws -> String {
  let workspace = try Workspace(folder: folder)                  // a folder holding starter.yaml
  let text = try ScenarioText(bytes: try workspace.read("starter.yaml"))
  let edited = try text.applying(["sites[centre].advisors": "3"])  // in place, comments kept
  try workspace.save("starter.yaml", bytes: edited.bytes, base: text.hash)
  let queue = RunQueue(workspace: workspace, store: try RunStore(path: ":memory:"), jobs: 2)
  let id = try queue.submit(file: "starter.yaml", kind: .run, replications: 8).id!
  while try queue.store.run(id)?.status.isFinal == false { try await Task.sleep(for: .milliseconds(20)) }
  return try queue.store.run(id)!.status.rawValue
}
// END EXAMPLE

// BEGIN EXAMPLE WorkspaceServer
func serverExample(folder: String) async throws -> UInt {
  let server = try WorkspaceServer(folder: folder, jobs: 2)      // a folder holding starter.yaml
  let access = AccessPolicy.loopback(port: 80)                   // the client names `localhost`
  let client = RouteClient(server.router(access: access, keys: AccessKeys()))
  return try await client.execute(uri: "/scenarios/starter.yaml", method: .get) { UInt($0.status.code) }
}
// END EXAMPLE
