import Foundation
import Studies
import Testing

/// Figures a council's auditor can re-check: the folder records how it was
/// made, `tzsim verify` makes it again, `--trace` shows one replication.
@Suite("Command line: provenance, verify, trace, PDF")
struct ProvenanceTests {
  static let starter = TestPaths.file("Scenarios/starter.yaml").path

  @Test("verify: a fresh folder is identical; one edited byte is named with its file")
  func verify() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let run = try CommandLineTests.tzsim(["run", Self.starter, "--replications", "3", "--excel-fr", "--output", "res", "--quiet"], in: dir)
    #expect(run.status == 0, "\(run.stderr)")
    let summary = try String(contentsOf: dir.appending(path: "res/summary.json"), encoding: .utf8)
    #expect(
      summary.contains(
        "\"command\": [\"run\", \"scenario.yaml\", \"--seed\", \"1\", \"--replications\", \"3\", \"--lang\", \"fr\", \"--excel-fr\"]"))
    let report = try String(contentsOf: dir.appending(path: "res/report.html"), encoding: .utf8)
    #expect(
      report.contains("tzsim run scenario.yaml --seed 1 --replications 3 --lang fr --excel-fr"), "the report says how to make it again")

    let ok = try CommandLineTests.tzsim(["verify", "res"], in: dir)
    #expect(ok.status == 0 && ok.stdout.hasPrefix("identical: all "), "\(ok.stdout)\(ok.stderr)")

    let csv = dir.appending(path: "res/monthly.csv")
    var bytes = try Data(contentsOf: csv)
    bytes[40] = bytes[40] == UInt8(ascii: "7") ? UInt8(ascii: "8") : UInt8(ascii: "7")
    try bytes.write(to: csv)
    let bad = try CommandLineTests.tzsim(["verify", "res"], in: dir)
    #expect(bad.status == 1 && bad.stdout.contains("monthly.csv differs (first at byte 40)"), "\(bad.stdout)\(bad.stderr)")

    try "x".write(to: dir.appending(path: "res/scenario.yaml"), atomically: true, encoding: .utf8)
    let changed = try CommandLineTests.tzsim(["verify", "res"], in: dir)
    #expect(changed.status == 1 && changed.stdout.contains("scenario.yaml is not the scenario the results were made from"))
    let none = try CommandLineTests.tzsim(["verify", "."], in: dir)
    #expect(none.status == 64 && none.stderr.contains("no readable summary.json here"))
  }

  @Test("verify: a merged sharded comparison verifies like the unsharded one")
  func verifyMerged() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let staffing = TestPaths.file("Scenarios/troyes-2020-staffing.yaml").path
    for k in 1...2 {
      let r = try CommandLineTests.tzsim(
        ["compare", staffing, "--replications", "2", "--without-uncertainty", "--shard", "\(k)/2", "--output", "part\(k)", "--quiet"],
        in: dir)
      #expect(r.status == 0, "\(r.stderr)")
    }
    #expect(try CommandLineTests.tzsim(["merge", "part1", "part2", "--output", "all", "--quiet"], in: dir).status == 0)
    let v = try CommandLineTests.tzsim(["verify", "all"], in: dir)
    #expect(v.status == 0 && v.stdout.hasPrefix("identical"), "\(v.stdout)\(v.stderr)")
  }

  @Test("uncertain assumptions: both verdicts in the report, the files in uncertainty/, verify identical")
  func uncertainty() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let text =
      try String(contentsOf: URL(fileURLWithPath: Self.starter), encoding: .utf8)
      + "\nuncertainty:\n  laws:\n    - {key: \"sites[centre].advisors\", law: \"triangular(min: 1, mode: 2, max: 3)\", source: \"ASSUMPTION\"}\n"
    try text.write(to: dir.appending(path: "u.yaml"), atomically: true, encoding: .utf8)
    let run = try CommandLineTests.tzsim(
      ["run", "u.yaml", "--replications", "3", "--outer-points", "2", "--inner-replications", "2", "--output", "res", "--quiet"], in: dir)
    #expect(run.status == 0, "\(run.stderr)")
    let report = try String(contentsOf: dir.appending(path: "res/report.md"), encoding: .utf8)
    #expect(report.contains("## Ce qui fait varier le verdict") && report.contains("si les hypothèses sont justes"))
    #expect(report.contains("compte tenu de l'incertitude sur les hypothèses"))
    #expect(report.contains("--outer-points 2 --inner-replications 2"))
    for file in ["verdicts.csv", "sensitivity.csv", "draws.csv"] {
      #expect(FileManager.default.fileExists(atPath: dir.appending(path: "res/uncertainty/\(file)").path), "\(file)")
    }
    let ok = try CommandLineTests.tzsim(["verify", "res"], in: dir)
    #expect(ok.status == 0 && ok.stdout.hasPrefix("identical: all "), "\(ok.stdout)\(ok.stderr)")
    let bad = try CommandLineTests.tzsim(["run", "u.yaml", "--outer-points", "1", "--output", "x", "--quiet"], in: dir)
    #expect(bad.status == 64 && bad.stderr.contains("--outer-points must be a whole number between 2 and 4096"), "\(bad.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "x").path))
  }

  @Test("trace: one replication's events, anonymous, never over an existing file")
  func trace() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let r = try CommandLineTests.tzsim(["run", Self.starter, "--trace", "t.txt", "--replication", "1"], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    let text = try String(contentsOf: dir.appending(path: "t.txt"), encoding: .utf8)
    let lines = text.split(separator: "\n")
    #expect(lines[0].hasPrefix("# tzsim") && lines[0].hasSuffix("replication 1"))
    #expect(lines.dropFirst(2).allSatisfy { $0.hasPrefix("d") }, "day hh:mm event")
    #expect(lines.contains { $0.contains("person 0 ") })
    let again = try CommandLineTests.tzsim(["run", Self.starter, "--trace", "t.txt"], in: dir)
    #expect(again.status == 64 && again.stderr.contains("already exists"))
    #expect(try String(contentsOf: dir.appending(path: "t.txt"), encoding: .utf8) == text)
  }

  @Test("--pdf without a browser: a clear message before any work, and no folder")
  func pdfWithoutBrowser() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let r = try CommandLineTests.tzsim(
      ["run", Self.starter, "--replications", "2", "--output", "res", "--pdf"], in: dir, environment: ["PATH": "/nonexistent"])
    #expect(r.status == 64 && r.stderr.contains("--pdf needs Chromium or Chrome"), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "res").path))
  }

  @Test("compare prints every option's verdict")
  func optionVerdicts() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let r = try CommandLineTests.tzsim(
      [
        "compare", TestPaths.file("Scenarios/troyes-2020-staffing.yaml").path, "--replications", "2", "--without-uncertainty",
        "--output", "c",
      ], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Options — objectif accompanied-2020"))
    for option in ["référence", "Un conseiller de plus à Troyes"] { #expect(r.stdout.contains("  \(option)  "), "\(r.stdout)") }
  }
}

@Suite("Command line: plan writes its answer")
struct PlanFilesTests {
  @Test("plan writes plan.csv and a plan.md section for the council report")
  func planFiles() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let r = try CommandLineTests.tzsim(
      [
        "plan", TestPaths.file("Scenarios/troyes-2020-staffing.yaml").path, "--objective", "accompanied-2020", "--probability", "0.3",
        "--vary", "sites[troyes].advisors", "--range", "1...2", "--batch", "4", "--max-replications", "8", "--cost-per-unit", "42000",
        "--output", "p",
      ], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    let md = try String(contentsOf: dir.appending(path: "p/plan.md"), encoding: .utf8)
    #expect(md.hasPrefix("## Recherche de la dotation minimale"))
    #expect(md.contains("| Valeur | Réplications | Atteint | Probabilité | IC 99 % | Décision |"))
    let csv = try String(contentsOf: dir.appending(path: "p/plan.csv"), encoding: .utf8).split(separator: "\n")
    #expect(csv.first == "value,replications,met,probability,ci99_low,ci99_high,decision")
    #expect(csv.count >= 2)
    // The same files as the workspace's plan (RunQueueTests).
    #expect(OutputManifest.entries(of: dir.appending(path: "p")) == [".tzsim-manifest", "plan.csv", "plan.md", "scenario.yaml"])
  }
}
