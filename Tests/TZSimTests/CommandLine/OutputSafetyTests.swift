import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Nothing of the user's is ever lost: the data-loss cases found by trying,
/// each reproduced with the user's files checked afterwards.
@Suite("Command line: output folders are safe", .serialized)
struct OutputSafetyTests {
  static let starter = TestPaths.file("Scenarios/starter.yaml").path
  static func run(_ output: String, in dir: URL, extra: [String] = []) throws -> CommandLineTests.Output {
    try CommandLineTests.tzsim(["run", starter, "--replications", "2", "--quiet", "--output", output] + extra, in: dir)
  }
  static func text(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }

  @Test("a previous output with the user's files beside it is refused, and everything in it is kept")
  func userFilesBesideOutput() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    #expect(try Self.run("res", in: dir).status == 0)
    let res = dir.appending(path: "res")
    #expect(FileManager.default.fileExists(atPath: res.appending(path: ".tzsim-manifest").path))
    try "mine".write(to: res.appending(path: "notes.txt"), atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(at: res.appending(path: "sub"), withIntermediateDirectories: true)
    try "data".write(to: res.appending(path: "sub/data"), atomically: true, encoding: .utf8)
    let summary = Self.text(res.appending(path: "summary.json"))
    let r = try Self.run("res", in: dir)
    #expect(
      r.status == 64 && r.stderr.contains("exists and holds 3 files tzsim did not write (notes.txt, sub, sub/data); nothing was changed"))
    #expect(Self.text(res.appending(path: "notes.txt")) == "mine" && Self.text(res.appending(path: "sub/data")) == "data")
    #expect(Self.text(res.appending(path: "summary.json")) == summary)
  }

  @Test("a folder tzsim wrote is replaced, with or without a manifest")
  func ownOutputReplaced() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    #expect(try Self.run("res", in: dir).status == 0)
    #expect(try Self.run("res", in: dir).status == 0, "the manifest lists everything")
    // An output written before manifests: no manifest, and none of the files later versions added.
    for added in [".tzsim-manifest", "charts", "scenario.yaml"] {
      try FileManager.default.removeItem(at: dir.appending(path: "res/\(added)"))
    }
    #expect(try Self.run("res", in: dir).status == 0, "an output written before manifests has only tzsim's file names")
  }

  @Test("the default folder comes from a sanitised scenario name: never outside out/, never the current folder")
  func sanitisedName() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    try "keep".write(to: dir.appending(path: "mine.txt"), atomically: true, encoding: .utf8)
    let text = try String(contentsOfFile: Self.starter, encoding: .utf8)
    for (name, expected) in [("../../x", "out/x"), ("a/b", "out/a-b")] {
      let file = dir.appending(path: "s.yaml")
      try text.replacingOccurrences(of: "name: starter", with: "name: \"\(name)\"").write(to: file, atomically: true, encoding: .utf8)
      let r = try CommandLineTests.tzsim(["run", file.path, "--replications", "2", "--quiet"], in: dir)
      #expect(r.status == 0, "\(r.stderr)")
      #expect(FileManager.default.fileExists(atPath: dir.appending(path: "\(expected)/summary.json").path))
    }
    let file = dir.appending(path: "s.yaml")
    try text.replacingOccurrences(of: "name: starter", with: "name: \"..\"").write(to: file, atomically: true, encoding: .utf8)
    let r = try CommandLineTests.tzsim(["run", file.path, "--replications", "2", "--quiet"], in: dir)
    #expect(r.status == 64 && r.stderr.contains("gives no usable folder name"))
    #expect(Self.text(dir.appending(path: "mine.txt")) == "keep")
    #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "x").path))
  }

  @Test("a staging folder left by a killed run is removed by the next run; one tzsim did not make is left")
  func abandonedStaging() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let ours = dir.appending(path: ".res.partial-999999")
    let theirs = dir.appending(path: ".res.partial-999998")
    try FileManager.default.createDirectory(at: ours, withIntermediateDirectories: true)
    try Data().write(to: ours.appending(path: ".tzsim-staging"))
    try FileManager.default.createDirectory(at: theirs, withIntermediateDirectories: true)
    try "x".write(to: theirs.appending(path: "file"), atomically: true, encoding: .utf8)
    #expect(try Self.run("res", in: dir).status == 0)
    #expect(!FileManager.default.fileExists(atPath: ours.path))
    #expect(Self.text(theirs.appending(path: "file")) == "x")
  }

  @Test("a second run on the same folder while one is writing refuses instead of racing")
  func lock() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let fd = open(dir.appending(path: ".res.tzsim-lock").path, O_CREAT | O_RDWR, 0o644)
    #expect(fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0)
    let r = try Self.run("res", in: dir)
    #expect(r.status == 64 && r.stderr.contains("another tzsim run is writing this folder"))
    close(fd)
    #expect(try Self.run("res", in: dir).status == 0, "free again once the other run ends")
  }

  @Test("SIGINT during a run removes its staging folder and writes nothing")
  func interrupted() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let p = Process()
    p.executableURL = TestPaths.tzsim
    p.arguments = ["run", "--replications", "100000", "--jobs", "1", "--quiet", "--output", "res"]
    p.currentDirectoryURL = dir
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    // Wait until the staging folder exists, then interrupt.
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline,
      (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.contains(where: { $0.hasPrefix(".res.partial-") }) != true
    {
      usleep(50_000)
    }
    usleep(300_000)
    p.interrupt()
    p.waitUntilExit()
    #expect(p.terminationStatus == 130)
    let left = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    #expect(!left.contains { $0.hasPrefix(".res.partial-") || $0 == "res" }, "left: \(left)")
  }
}
