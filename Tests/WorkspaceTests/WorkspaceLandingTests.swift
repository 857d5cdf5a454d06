import Foundation
import Testing

@Suite("Documentation: the workspace's landing examples are real and run")
struct WorkspaceLandingTests {
  /// The code lines of a text, without imports and blank lines.
  static func code(_ text: some StringProtocol) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("import ") }
  }

  @Test("each landing page's first code block is the tested example", arguments: ["Workspace", "WorkspaceServer"])
  func pageMatchesTest(_ module: String) throws {
    let root = TemporaryWorkspace.repository
    let page = try String(contentsOf: root.appending(path: "Sources/\(module)/\(module).docc/\(module).md"), encoding: .utf8)
    let afterFence = try #require(page.range(of: "```swift\n"))
    let block = page[afterFence.upperBound...]
    let end = try #require(block.range(of: "```"))
    let source = try String(contentsOf: root.appending(path: "Tests/WorkspaceTests/LandingExamples.swift"), encoding: .utf8)
    let begin = try #require(source.range(of: "// BEGIN EXAMPLE \(module)\n"))
    let rest = source[begin.upperBound...]
    let stop = try #require(rest.range(of: "// END EXAMPLE"))
    #expect(Self.code(block[..<end.lowerBound]) == Self.code(rest[..<stop.lowerBound]))
  }

  @Test("Workspace example: the edit is saved in place and the run ends done, its folder written")
  func workspace() async throws {
    let t = try TemporaryWorkspace(["starter.yaml"])
    defer { t.remove() }
    #expect(try await workspaceExample(folder: t.path) == "done")
    #expect(String(decoding: try t.bytes("starter.yaml"), as: UTF8.self).contains("advisors: 3                   # or a list"))
    #expect(FileManager.default.fileExists(atPath: t.folder.appendingPathComponent("tzsim-runs/run-1/report.html").path))
  }

  @Test("WorkspaceServer example: the form answers 200")
  func server() async throws {
    let t = try TemporaryWorkspace(["starter.yaml"])
    defer { t.remove() }
    #expect(try await serverExample(folder: t.path) == 200)
  }
}
