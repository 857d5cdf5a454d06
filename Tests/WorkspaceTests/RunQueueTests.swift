import Foundation
import ResultsExport
import ScenarioFormat
import Studies
import Testing
import Workspace

/// Runs of the workspace: recorded before and after, files only when
/// complete, the same bytes as the command line, a bounded queue, cancel.
@Suite("Workspace: run queue and record")
struct RunQueueTests {
  static func queue(_ t: TemporaryWorkspace, capacity: Int = 4) throws -> RunQueue {
    let w = try Workspace(folder: t.path)
    return RunQueue(workspace: w, store: try RunStore(path: ":memory:"), jobs: 2, capacity: capacity)
  }

  static func wait(_ q: RunQueue, _ id: Int64) async throws -> RunRecord {
    for _ in 0..<6000 {
      if let r = try q.store.run(id), r.status.isFinal { return r }
      try await Task.sleep(for: .milliseconds(20))
    }
    Issue.record("run \(id) did not end")
    return try #require(try q.store.run(id))
  }

  @Test("A run is recorded, writes its folder, and its files are the command line's to the byte")
  func runMatchesStudy() async throws {
    let t = try TemporaryWorkspace()
    defer { t.remove() }
    let q = try Self.queue(t)
    let submitted = try q.submit(file: "starter.yaml", kind: .run, replications: 12, seed: 7)
    #expect(submitted.status == .queued)
    let r = try await Self.wait(q, submitted.id!)
    #expect(r.status == .done, "\(r.message ?? "")")
    #expect(r.scenarioSHA256 == ScenarioText.hash(try t.bytes("starter.yaml")))
    #expect(r.seed == "7" && r.replications == 12 && r.version == ProgramVersion.current)
    #expect(r.secondsToVerdict.map { $0 > 0 } == true)
    #expect(!r.headlineFigures.verdicts.isEmpty)
    // Decoded when asked; the run's start reads the workspace's decoded scenario.
    #expect(q.workspace.decoded.decodings == 1)
    let folder = q.workspace.runsFolder.appendingPathComponent(try #require(r.folder))
    // The same study through StudyWriter directly, as `tzsim run … --excel-fr` writes it.
    let scenario = try ScenarioDecoder.decode(bytes: try t.bytes("starter.yaml"), file: "starter.yaml")
    let study = try Study(scenario: scenario, file: "starter.yaml", withOptions: false, seed: 7, replications: 12)
    let direct = MemoryDestination()
    let writer = try StudyWriter(
      study: study, destination: direct, flavour: .frenchExcel, language: .fr, version: ProgramVersion.current,
      arguments: study.reproducingArguments(language: .fr, frenchExcel: true, observed: false))
    await study.run(units: 0..<study.units, jobs: 1) { u, result in writer.add(u, result) }
    try writer.finish()
    for name in ["summary.csv", "summary.json", "monthly.csv", "report.html", "replications.csv"] {
      let served = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
      #expect(served == direct.bytes(name), "\(name)")
    }
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".tzsim-manifest").path))
  }

  @Test("The queue is bounded: past its capacity a run is refused as busy, and nothing is recorded for it")
  func bounded() async throws {
    let t = try TemporaryWorkspace()
    defer { t.remove() }
    let q = try Self.queue(t, capacity: 2)
    let a = try q.submit(file: "troyes-2020.yaml", kind: .run, replications: 400)
    let b = try q.submit(file: "starter.yaml", kind: .run, replications: 5)
    let refusal = #expect(throws: WorkspaceProblem.self) { try q.submit(file: "starter.yaml", kind: .run, replications: 5) }
    #expect(refusal?.kind == .busy)
    #expect(try q.store.all().count == 2)
    // Cancel both: the waiting one at once, the running one as soon as its running replications end.
    #expect(try q.cancel(b.id!))
    #expect(try q.cancel(a.id!))
    let ra = try await Self.wait(q, a.id!)
    let rb = try await Self.wait(q, b.id!)
    #expect(ra.status == .cancelled && rb.status == .cancelled)
    #expect(ra.folder == nil && rb.folder == nil)
    // Nothing half-written: no run folder, no staging folder.
    let left = try FileManager.default.contentsOfDirectory(atPath: q.workspace.runsFolder.path).filter { !$0.hasPrefix(".tzsim") }
    #expect(left.isEmpty, "\(left)")
    #expect(try q.cancel(a.id!) == false)
  }

  @Test("A scenario that does not validate is refused with its messages; replications out of range too")
  func invalidRefused() throws {
    let t = try TemporaryWorkspace()
    defer { t.remove() }
    let bad = String(decoding: try t.bytes("starter.yaml"), as: UTF8.self).replacingOccurrences(of: "advisors: 2", with: "advisors: 0")
    try Data(bad.utf8).write(to: t.folder.appendingPathComponent("bad.yaml"))
    let q = try Self.queue(t)
    let e = #expect(throws: WorkspaceProblem.self) { try q.submit(file: "bad.yaml", kind: .run) }
    #expect(e?.kind == .invalid)
    #expect(e?.message.contains("advisors") == true)
    #expect(throws: WorkspaceProblem.self) { try q.submit(file: "starter.yaml", kind: .run, replications: 0) }
    #expect(throws: WorkspaceProblem.self) { try q.submit(file: "starter.yaml", kind: .compare) }
    #expect(throws: WorkspaceProblem.self) { try q.submit(file: "starter.yaml", kind: .plan) }
    #expect(try q.store.all().isEmpty)
  }

  @Test("Runs left unfinished by a stopped workspace are recorded as interrupted")
  func interrupted() throws {
    let store = try RunStore(path: ":memory:")
    let r = try store.insert(
      RunRecord(
        kind: .run, scenarioFile: "a.yaml", scenarioName: "a", scenarioSHA256: "x", scenario: Data(), seed: "1", replications: 1,
        version: "0", status: .running, createdAt: Date()))
    #expect(try store.interruptUnfinished() == 1)
    #expect(try store.run(r.id!)?.status == .interrupted)
    #expect(try store.interruptUnfinished() == 0)
  }

  @Test("A plan runs the goal seek and records its answer")
  func plan() async throws {
    let t = try TemporaryWorkspace()
    defer { t.remove() }
    let q = try Self.queue(t)
    let scenario = try ScenarioDecoder.decode(bytes: try t.bytes("starter.yaml"), file: "starter.yaml")
    let objective = try #require(scenario.parameters.objectives.first).id
    let p = PlanRequest(objective: objective, probability: 0.5, path: "sites[centre].advisors", from: 1, to: 3, step: 1)
    let r = try await Self.wait(q, try q.submit(file: "starter.yaml", plan: p).id!)
    #expect(r.status == .done, "\(r.message ?? "")")
    #expect(r.message?.isEmpty == false)
    #expect(r.headlineFigures.answerState == .found && r.message?.hasPrefix("sites[centre].advisors = ") == true, "\(r.message ?? "")")
    let files = q.workspace.runFiles(try #require(r.folder)) ?? []
    // The same files as `tzsim plan` writes (PlanFilesTests).
    #expect(files == [".tzsim-manifest", "plan.csv", "plan.md", "scenario.yaml"], "\(files)")
    let bad = PlanRequest(objective: "nope", probability: 0.5, path: "sites[centre].advisors", from: 1, to: 3, step: 1)
    #expect(throws: WorkspaceProblem.self) { try q.submit(file: "starter.yaml", plan: bad) }
    // Out of reach (no walk-ins at all gives nobody to accompany): the answer says so, and is marked as none.
    let none = PlanRequest(objective: objective, probability: 0.5, path: "sites[centre].walk_ins_per_week", from: 0, to: 0, step: 1)
    let n = try await Self.wait(q, try q.submit(file: "starter.yaml", plan: none).id!)
    #expect(n.status == .done && n.headlineFigures.answerState == RunHeadline.AnswerState.none, "\(n.message ?? "")")
    #expect(n.message?.hasPrefix("aucune valeur de 0 à 0") == true, "\(n.message ?? "")")
  }
}
