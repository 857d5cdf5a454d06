import Foundation
import Hummingbird
import ScenarioFormat
import Studies
import Workspace

extension WorkspaceServer {
  /// Whether the workspace's file `name` is a national study.
  func isNational(_ name: String) -> Bool { (try? workspace.read(name)).map(NationalDecoder.isNational) ?? false }

  /// Decodes a national study's bytes; the files it names are read from the workspace.
  func decodeNational(_ bytes: [UInt8], _ name: String) throws(ScenarioErrors) -> NationalScenario {
    try NationalDecoder.decode(bytes: bytes, file: name) { [workspace] file in try? workspace.read(file) }
  }

  func nationalPage(_ name: String, message: (String, String)? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
    let bytes = try workspace.read(name)
    var national: NationalScenario?
    var errors: [ScenarioError] = []
    do {
      national = try decodeNational(bytes, name)
      if let problem = national.flatMap({ NationalStudy(scenario: $0, file: name).fitProblem }) {
        errors = [
          ScenarioError(file: name, path: "fit", message: problem.message.replacingOccurrences(of: "error: ", with: ""), hint: problem.hint)
        ]
        national = nil
      }
    } catch {
      errors = error.errors
    }
    let runs = try queue.store.all(limit: 50).filter { $0.scenarioFile == name }
    return Self.html(NationalPage.html(name: name, national: national, errors: errors, runs: runs, message: message), status: status)
  }

  func submitNational(_ name: String, _ form: FormBody) throws -> Response {
    var replications: Int?
    if let r = form["replications"], !r.isEmpty {
      guard let n = Int(r.trimmingCharacters(in: .whitespaces)) else {
        throw WorkspaceProblem(.invalid, "tirages : un nombre entier, par exemple 1000 (reçu « \(r) »)")
      }
      replications = n
    }
    let record = try queue.submit(national: name, replications: replications)
    return Self.redirect("/runs/\(record.id!)")
  }
}
