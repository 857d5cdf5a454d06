import Foundation

/// Places in the repository and the build, for tests that read shipped files
/// or run the `tzsim` binary.
enum TestPaths {
  /// The repository's root: the nearest folder above this file that holds
  /// `Scenarios/` (this file is compiled from Tests/TZSimTests/Support, and
  /// through a link from ReleaseTests/Tests/ReleaseTests/Shared).
  static let root: URL = {
    var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while url.path != "/" && !FileManager.default.fileExists(atPath: url.appending(path: "Scenarios/starter.yaml").path) {
      url = url.deletingLastPathComponent()
    }
    return url
  }()

  static func file(_ relative: String) -> URL { root.appending(path: relative) }

  static func bytes(_ relative: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: file(relative))) }

  /// The shipped territory scenarios (national studies apart: `nationalStudies`).
  static var scenarios: [String] { yamlFiles.filter { !isNational($0) } }

  /// The shipped national studies (`tzsim_national: 1`).
  static var nationalStudies: [String] { yamlFiles.filter(isNational) }

  static var yamlFiles: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: file("Scenarios").path)) ?? [])
      .filter { $0.hasSuffix(".yaml") }.sorted().map { "Scenarios/\($0)" }
  }

  static func isNational(_ relative: String) -> Bool {
    ((try? String(contentsOf: file(relative), encoding: .utf8)) ?? "").split(separator: "\n")
      .first { !$0.hasPrefix("#") && !$0.isEmpty }?.hasPrefix("tzsim_national:") == true
  }

  /// The `tzsim` binary built beside the test bundle.
  static var tzsim: URL {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [bundle.appending(path: "tzsim"), bundle.deletingLastPathComponent().appending(path: "tzsim")]
    where FileManager.default.isExecutableFile(atPath: candidate.path) {
      return candidate
    }
    return root.appending(path: ".build/debug/tzsim")
  }
}
