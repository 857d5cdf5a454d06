import Foundation
import Testing
import Workspace

/// Nothing outside the workspace can be read or written through it, and
/// nothing TZSim did not write is replaced.
@Suite("Workspace: confinement and saves")
struct WorkspaceConfinementTests {
  @Test("Names that leave the folder, hidden files, links and other files are refused")
  func hostileNames() throws {
    let t = try TemporaryWorkspace()
    defer { t.remove() }
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent("tzsim-outside-\(UUID().uuidString).yaml")
    try Data("name: secret\n".utf8).write(to: outside)
    defer { try? FileManager.default.removeItem(at: outside) }
    try FileManager.default.createSymbolicLink(
      atPath: t.folder.appendingPathComponent("link.yaml").path, withDestinationPath: outside.path)
    try Data("x: 1\n".utf8).write(to: t.folder.appendingPathComponent(".hidden.yaml"))
    let w = try Workspace(folder: t.path)
    #expect(try w.scenarioNames() == ["starter.yaml", "troyes-2020.yaml"])
    for name in ["../troyes-2020.yaml", outside.path, "link.yaml", ".hidden.yaml", "tzsim-runs/runs.sqlite", "a/../b.yaml", "x.txt", ""] {
      #expect(throws: WorkspaceProblem.self, "\(name)") { try w.read(name) }
      #expect(throws: WorkspaceProblem.self, "\(name)") { try w.save(name, bytes: [], base: "") }
    }
    #expect(try String(contentsOf: outside, encoding: .utf8) == "name: secret\n")
  }

  @Test("A save goes through only from the version the form was made from")
  func staleSave() throws {
    let t = try TemporaryWorkspace()
    defer { t.remove() }
    let w = try Workspace(folder: t.path)
    let original = try w.read("starter.yaml")
    let base = ScenarioText.hash(original)
    try w.save("starter.yaml", bytes: original + Array("# one\n".utf8), base: base)
    // A second browser, with the form made before the first save:
    let refusal = #expect(throws: WorkspaceProblem.self) {
      try w.save("starter.yaml", bytes: original + Array("# two\n".utf8), base: base)
    }
    #expect(refusal?.kind == .stale)
    #expect(try w.read("starter.yaml") == original + Array("# one\n".utf8))
    #expect(!FileManager.default.fileExists(atPath: t.folder.appendingPathComponent(".starter.yaml.tzsim-saving").path))
  }

  @Test("A new scenario never replaces a file")
  func createRefusesExisting() throws {
    let t = try TemporaryWorkspace()
    defer { t.remove() }
    let w = try Workspace(folder: t.path)
    #expect(throws: WorkspaceProblem.self) { try w.create("starter.yaml", bytes: Array("x\n".utf8)) }
    #expect(throws: WorkspaceProblem.self) { try w.create("../escape.yaml", bytes: Array("x\n".utf8)) }
    try w.create("new.yaml", bytes: Array("x: 1\n".utf8))
    #expect(try w.read("new.yaml") == Array("x: 1\n".utf8))
  }

  @Test("A tzsim-runs folder TZSim did not write is left alone and the workspace refuses to open")
  func foreignRunsFolder() throws {
    let t = try TemporaryWorkspace()
    defer { t.remove() }
    let runs = t.folder.appendingPathComponent("tzsim-runs")
    try FileManager.default.createDirectory(at: runs, withIntermediateDirectories: true)
    try Data("mine".utf8).write(to: runs.appendingPathComponent("notes.txt"))
    #expect(throws: WorkspaceProblem.self) { try Workspace(folder: t.path) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: runs.path) == ["notes.txt"])
  }

  @Test("Run files: only plain names inside the run's folder, no link followed")
  func runFiles() throws {
    let t = try TemporaryWorkspace()
    defer { t.remove() }
    let w = try Workspace(folder: t.path)
    let run = w.runsFolder.appendingPathComponent("run-1")
    try FileManager.default.createDirectory(at: run.appendingPathComponent("charts"), withIntermediateDirectories: true)
    try Data("a".utf8).write(to: run.appendingPathComponent("report.html"))
    try Data("b".utf8).write(to: run.appendingPathComponent("charts/x.svg"))
    try FileManager.default.createSymbolicLink(atPath: run.appendingPathComponent("evil.csv").path, withDestinationPath: "/etc/passwd")
    #expect(w.runFile("run-1", ["report.html"]) != nil)
    #expect(w.runFile("run-1", ["charts", "x.svg"]) != nil)
    for path in [["..", "runs.sqlite"], ["evil.csv"], [".tzsim-manifest"], ["charts"], ["..", "..", "starter.yaml"], []] {
      #expect(w.runFile("run-1", path) == nil, "\(path)")
    }
    #expect(w.runFile("../x", ["report.html"]) == nil)
  }

  @Test("One workspace per folder at a time: a second is refused while the first is open")
  func oneAtATime() throws {
    let t = try TemporaryWorkspace()
    defer { t.remove() }
    var first: Workspace? = try Workspace(folder: t.path)
    let refusal = #expect(throws: WorkspaceProblem.self) { try Workspace(folder: t.path) }
    #expect(refusal?.kind == .forbidden)
    #expect(first != nil)
    first = nil
    _ = try Workspace(folder: t.path)
  }

  @Test("Only TZSim's marked staging folders are tidied; a save never touches a file of the user's")
  func tidiesOnlyItsOwn() throws {
    let t = try TemporaryWorkspace()
    defer { t.remove() }
    let w = try Workspace(folder: t.path)
    let fm = FileManager.default
    let foreign = w.runsFolder.appendingPathComponent(".run-7.partial-999998")
    let ours = w.runsFolder.appendingPathComponent(".run-8.partial-999999")
    try fm.createDirectory(at: foreign, withIntermediateDirectories: true)
    try Data("mine".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
    try fm.createDirectory(at: ours, withIntermediateDirectories: true)
    try Data().write(to: ours.appendingPathComponent(".tzsim-staging"))
    w.removeStagingFolders()
    #expect(fm.fileExists(atPath: foreign.appendingPathComponent("notes.txt").path))
    #expect(!fm.fileExists(atPath: ours.path))
    // A file named like an old temporary of the save is the user's: left as it is.
    let lookalike = t.folder.appendingPathComponent(".starter.yaml.tzsim-saving")
    try Data("keep".utf8).write(to: lookalike)
    let original = try w.read("starter.yaml")
    try w.save("starter.yaml", bytes: original + Array("# saved\n".utf8), base: ScenarioText.hash(original))
    #expect(try String(contentsOf: lookalike, encoding: .utf8) == "keep")
    let left = try fm.contentsOfDirectory(atPath: t.path).filter { $0.contains("tzsim-saving") }
    #expect(left == [".starter.yaml.tzsim-saving"])
  }
}
