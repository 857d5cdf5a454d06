import Foundation

/// A workspace folder for one test: a copy of some shipped scenarios (their
/// outer design made small) in a new temporary folder, removed by `remove()`.
struct TemporaryWorkspace {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  let folder: URL

  init(_ scenarios: [String] = ["troyes-2020.yaml", "starter.yaml"]) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("tzsim-ws-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for s in scenarios {
      // Debug builds: the uncertain assumptions are drawn in a design of 2 base points with 2 inner
      // replications (every file and both verdicts are still made).
      let text = try String(contentsOf: Self.repository.appendingPathComponent("Scenarios/\(s)"), encoding: .utf8)
        .replacingOccurrences(of: #"(?m)^  points: \d+"#, with: "  points: 2", options: .regularExpression)
        .replacingOccurrences(of: #"(?m)^  replications: \d+"#, with: "  replications: 2", options: .regularExpression)
      try Data(text.utf8).write(to: folder.appendingPathComponent(s))
    }
  }

  var path: String { folder.path }

  func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))) }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}
