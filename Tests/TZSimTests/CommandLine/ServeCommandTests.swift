import Foundation
import Testing

/// `tzsim serve` hands over to `tzsim-serve`, or says how to build it.
@Suite("Command line: serve", .serialized)
struct ServeCommandTests {
  @Test("Beside tzsim-serve, `tzsim serve` is tzsim-serve: its help, its refusal of a missing folder")
  func handsOver() throws {
    let serve = TestPaths.tzsim.deletingLastPathComponent().appending(path: "tzsim-serve")
    try #require(FileManager.default.isExecutableFile(atPath: serve.path), "tzsim-serve is built with the tests")
    let help = try CommandLineTests.tzsim(["serve", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("USAGE: tzsim-serve"))
    let missing = try CommandLineTests.tzsim(["serve", "/nonexistent-\(UUID().uuidString)"])
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("ce dossier n'existe pas"))
  }

  @Test("Without tzsim-serve, `tzsim serve` exits 64 and says how to build it")
  func saysHowToBuild() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let lone = dir.appending(path: "tzsim")
    try FileManager.default.copyItem(at: TestPaths.tzsim, to: lone)
    let p = Process()
    p.executableURL = lone
    p.arguments = ["serve", "Scenarios"]
    p.environment = ["PATH": dir.path]
    let err = Pipe()
    p.standardError = err
    p.standardOutput = Pipe()
    try p.run()
    let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 64)
    #expect(e.contains("swift build -c release --product tzsim-serve"))
  }
}
