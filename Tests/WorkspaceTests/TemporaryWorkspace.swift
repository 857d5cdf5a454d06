import Foundation

/// A workspace folder for one test: a copy of some shipped scenarios in a
/// new temporary folder, removed by `remove()`.
struct TemporaryWorkspace {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  let folder: URL

  init(_ scenarios: [String] = ["troyes-2020.yaml", "starter.yaml"]) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("tzsim-ws-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for s in scenarios {
      try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Scenarios/\(s)"), to: folder.appendingPathComponent(s))
    }
  }

  var path: String { folder.path }

  func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))) }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}
