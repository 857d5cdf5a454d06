import Foundation
import Hummingbird
import Workspace

/// The scenario files themselves: history and restore, rename, the bin.
extension WorkspaceServer {
  func historyPage(_ name: String) throws -> Response {
    _ = try workspace.scenarioURL(name)
    return Self.html(HistoryPage.list(name: name, versions: try workspace.history(name)))
  }

  func versionPage(_ name: String, _ id: String) throws -> Response {
    let old = try workspace.version(name, id)
    let current = try workspace.read(name)
    guard let v = try workspace.history(name).first(where: { $0.id == id }) else {
      throw WorkspaceProblem(.notFound, "cette version de « \(name) » n'existe pas")
    }
    return Self.html(
      HistoryPage.version(
        name: name, version: v, old: String(decoding: old, as: UTF8.self), current: String(decoding: current, as: UTF8.self),
        base: ScenarioText.hash(current)))
  }

  func restoreVersion(_ name: String, _ form: FormBody) throws -> Response {
    try workspace.restore(name, version: form["version"] ?? "", base: form["base"] ?? "")
    return Self.redirect("/scenarios/\(name)?saved=1")
  }

  func renameScenario(_ name: String, to newName: String) throws -> Response {
    try workspace.renameScenario(name, to: newName.trimmingCharacters(in: .whitespaces))
    return Self.redirect("/scenarios/\(newName.trimmingCharacters(in: .whitespaces))")
  }

  func binScenario(_ name: String, _ form: FormBody) throws -> Response {
    try workspace.putInBin(name, base: form["base"] ?? "")
    return try home(message: ("« \(name) » est dans la corbeille (en bas de cette page, pour le remettre).", "ok"))
  }

  func takeFromBin(_ id: String) throws -> Response {
    let name = try workspace.takeFromBin(id)
    return Self.redirect("/scenarios/\(name)")
  }
}
