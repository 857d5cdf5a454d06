import Foundation
import Testing

/// The `tzsim` binary as a planner uses it: exit statuses, messages, files.
@Suite("Command line", .serialized)
struct CommandLineTests {
  struct Output {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  static func tzsim(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws -> Output {
    let p = Process()
    p.executableURL = TestPaths.tzsim
    p.arguments = arguments
    if let environment { p.environment = environment }
    if let directory { p.currentDirectoryURL = directory }
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
  }

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appending(path: "tzsim-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test("validate: a shipped scenario is valid (exit 0)")
  func validateOK() throws {
    let r = try Self.tzsim(["validate", TestPaths.file("Scenarios/troyes-2020.yaml").path])
    #expect(r.status == 0)
    #expect(
      r.stdout.contains(
        "valid scenario `troyes-2020` (2020-01-01 to 2024-12-31): sites 6, permanences 4, workshop types 3, objectives 2, staffing options 0."
      ))
  }

  @Test("validate: problems on stderr with line:column and a hint, exit 64")
  func validateBad() throws {
    let dir = try Self.temporaryDirectory()
    let file = dir.appending(path: "bad.yaml")
    try
      "tzsim_scenario: 1\nstart: 2021-01-01\nend: 2021-12-31\nsites:\n  - id: a\n    commune: \"10387\"\n    opening: {weekdays: [\"09:00-12:00\"]}\n    advisers: 2\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let r = try Self.tzsim(["validate", file.path])
    #expect(r.status == 64)
    #expect(r.stdout.isEmpty)
    #expect(
      r.stderr == """
        \(file.path):5:5: error: at `sites[a].advisors`: missing key `advisors`
        \(file.path):8:5: error: at `sites[a].advisers`: unknown key
          hint: Did you mean `advisors`?

        """)
  }

  @Test(
    "missing file, directory, bad option: exit 64 with a message, never a crash",
    arguments: [
      (["validate", "/nonexistent/scenario.yaml"], "/nonexistent/scenario.yaml: error: no such file"),
      (["validate", "/tmp"], "/tmp: error: is a directory, not a scenario file"),
      (["run", "--replications", "0"], "--replications must be a whole number between 1 and 100000, found 0"),
      (["run", "--replications", "5000000"], "--replications must be a whole number between 1 and 100000, found 5000000"),
      (["run", "--jobs", "0"], "--jobs must be between 1 and 256, got 0"),
      (["dump-scenario"], "add --effective: the effective scenario is the only dump"),
    ])
  func usageErrors(_ arguments: [String], _ message: String) throws {
    let r = try Self.tzsim(arguments)
    #expect(r.status == 64)
    #expect(r.stderr.contains(message), "stderr: \(r.stderr)")
  }

  @Test("init writes the starter scenario once; it validates")
  func initCommand() throws {
    let dir = try Self.temporaryDirectory()
    let first = try Self.tzsim(["init", "mine.yaml"], in: dir)
    #expect(first.status == 0)
    let again = try Self.tzsim(["init", "mine.yaml"], in: dir)
    #expect(again.status == 64 && again.stderr.contains("mine.yaml: error: already exists"))
    #expect(try Self.tzsim(["validate", "mine.yaml"], in: dir).status == 0)
  }

  @Test("run: the files, the charts and the scenario's copy; no partial output on failure")
  func runFiles() throws {
    let dir = try Self.temporaryDirectory()
    let r = try Self.tzsim(
      ["run", TestPaths.file("Scenarios/starter.yaml").path, "--replications", "4", "--output", "res", "--quiet"], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.appending(path: "res").path).sorted()
    #expect(
      files == [
        ".tzsim-manifest", "charts", "monthly.csv", "replications.csv", "report.html", "report.md", "scenario.yaml", "summary.csv",
        "summary.json",
      ])
    #expect(
      try Data(contentsOf: dir.appending(path: "res/scenario.yaml")) == Data(contentsOf: TestPaths.file("Scenarios/starter.yaml")),
      "the folder keeps the scenario's bytes")
    #expect(
      (try FileManager.default.contentsOfDirectory(atPath: dir.path)).sorted() == [".res.tzsim-lock", "res"],
      "no staging folder left behind")

    // A bad scenario: nothing is written.
    let bad = dir.appending(path: "bad.yaml")
    try "tzsim_scenario: 1\n".write(to: bad, atomically: true, encoding: .utf8)
    let failed = try Self.tzsim(["run", bad.path, "--output", "bad-out"], in: dir)
    #expect(failed.status == 64)
    #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "bad-out").path))
  }

  @Test("run refuses to overwrite a folder that is not a tzsim output")
  func runOverwrite() throws {
    let dir = try Self.temporaryDirectory()
    try FileManager.default.createDirectory(at: dir.appending(path: "docs"), withIntermediateDirectories: true)
    try "keep".write(to: dir.appending(path: "docs/notes.txt"), atomically: true, encoding: .utf8)
    let r = try Self.tzsim(["run", TestPaths.file("Scenarios/starter.yaml").path, "--replications", "2", "--output", "docs"], in: dir)
    #expect(
      r.status == 64 && r.stderr.contains("docs: error: exists and holds 1 file tzsim did not write (notes.txt); nothing was changed"))
    #expect(try String(contentsOf: dir.appending(path: "docs/notes.txt"), encoding: .utf8) == "keep")
  }

  @Test("--seed -1 is answered about the seed; plan names the real key path when --vary names nothing")
  func seedAndVary() throws {
    let r = try Self.tzsim(["run", TestPaths.file("Scenarios/starter.yaml").path, "--seed", "-1"])
    #expect(r.status == 64 && r.stderr.contains("--seed must be a whole number from 0 to 18446744073709551615, found `-1`"))
    let p = try Self.tzsim([
      "plan", TestPaths.file("Scenarios/troyes-2020-staffing.yaml").path, "--objective", "accompanied-2020",
      "--probability", "0.4", "--vary", "sites[Troyes].advisors", "--range", "1...3",
    ])
    #expect(
      p.status == 64
        && p.stderr.contains(
          "error: at `--vary`: `sites[Troyes].advisors` names nothing in the scenario\n  hint: Did you mean `sites[troyes].advisors`?")
    )
  }

  @Test("--version and --help with examples")
  func help() throws {
    #expect(try Self.tzsim(["--version"]).stdout == "0.1.0\n")
    let h = try Self.tzsim(["--help"])
    #expect(h.status == 0 && h.stdout.contains("tzsim run Scenarios/troyes-2020.yaml --replications 1000 --jobs 2\n"))
  }
}

@Suite("Command line: compare, shards and merge", .serialized)
struct ShardCommandLineTests {
  static func write(_ text: String, in dir: URL) throws -> String {
    let url = dir.appending(path: "study.yaml")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  static func files(_ dir: URL) throws -> [String] {
    let e = FileManager.default.enumerator(atPath: dir.path)!
    return (e.allObjects as! [String]).filter { !$0.hasSuffix("/") && !FileManager.default.isDirectory(dir.appending(path: $0)) }.sorted()
  }

  func shardedEqualsWhole(command: String, extra: [String], text: String = StudyFixtures.text) throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let scenario = try Self.write(text, in: dir)
    let whole = try CommandLineTests.tzsim([command, scenario, "--replications", "7", "--output", "whole", "--quiet"] + extra, in: dir)
    #expect(whole.status == 0, "\(whole.stderr)")
    for k in 1...3 {
      let r = try CommandLineTests.tzsim(
        [command, scenario, "--replications", "7", "--shard", "\(k)/3", "--output", "part\(k)", "--quiet", "--jobs", "1"] + extra, in: dir)
      #expect(r.status == 0, "\(r.stderr)")
    }
    let merged = try CommandLineTests.tzsim(
      ["merge", "part3", "part1", "part2", "--output", "merged", "--quiet"] + extra.filter { $0 == "--excel-fr" }, in: dir)
    #expect(merged.status == 0, "\(merged.stderr)")
    let names = try Self.files(dir.appending(path: "whole"))
    #expect(names == (try Self.files(dir.appending(path: "merged"))))
    #expect(names.count >= 6)
    for name in names {
      #expect(
        try Data(contentsOf: dir.appending(path: "whole/\(name)")) == Data(contentsOf: dir.appending(path: "merged/\(name)")),
        "\(name) differs")
    }
    // A missing shard is refused, and nothing is written.
    let incomplete = try CommandLineTests.tzsim(["merge", "part1", "part3", "--output", "bad"], in: dir)
    #expect(incomplete.status == 64 && incomplete.stderr.contains("the shards do not cover 1…3 once; missing 2"))
    #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "bad").path))
  }

  @Test("merge treats a shard as hostile: corrupted headers and non-finite numbers are refused, naming the shard")
  func hostileShards() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let scenario = try Self.write(StudyFixtures.text, in: dir)
    for k in 1...2 {
      let r = try CommandLineTests.tzsim(
        ["run", scenario, "--replications", "2", "--shard", "\(k)/2", "--output", "part\(k)", "--quiet"], in: dir)
      #expect(r.status == 0, "\(r.stderr)")
    }
    let file = dir.appending(path: "part2/partial.tzsim")
    let original = try String(contentsOf: file, encoding: .utf8)
    let header = String(original.prefix { $0 != "\n" })
    let cases: [(String, String)] = [
      (original.replacingOccurrences(of: "\"shards\":2", with: "\"shards\":0"), "`shards` is 0"),
      (original.replacingOccurrences(of: "\"shards\":2", with: "\"shards\":-1"), "`shards` is -1"),
      (original.replacingOccurrences(of: "\"shards\":2", with: "\"shards\":1000000000000"), "`shards` is 1000000000000"),
      (original.replacingOccurrences(of: "\"replications\":2", with: "\"replications\":-6"), "`replications` is -6"),
      (original.replacingOccurrences(of: "\"shard\":2", with: "\"shard\":7"), "`shard` is 7"),
      (
        header + "\n"
          + original.dropFirst(header.count + 1).replacingOccurrences(of: #"\|[0-9.]+;"#, with: "|nan;", options: .regularExpression),
        "a result line cannot be read"
      ),
      (
        header + "\n"
          + original.dropFirst(header.count + 1).replacingOccurrences(of: #"\|[0-9.]+;"#, with: "|1e308;", options: .regularExpression),
        "a result line cannot be read"
      ),
    ]
    for (text, message) in cases {
      try text.write(to: file, atomically: true, encoding: .utf8)
      let r = try CommandLineTests.tzsim(["merge", "part1", "part2", "--output", "merged"], in: dir)
      #expect(r.status == 64 && r.stderr.contains("part2/partial.tzsim: error:") && r.stderr.contains(message), "\(message): \(r.stderr)")
      #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "merged").path))
    }
    try original.write(to: file, atomically: true, encoding: .utf8)
    #expect(try CommandLineTests.tzsim(["merge", "part1", "part2", "--output", "merged", "--quiet"], in: dir).status == 0)
  }

  @Test("three shards of a run merge into files byte-identical to the whole run")
  func runShards() throws { try shardedEqualsWhole(command: "run", extra: []) }

  @Test("three shards of a comparison (option × replication) merge byte-identically, French CSV too")
  func compareShards() throws { try shardedEqualsWhole(command: "compare", extra: ["--excel-fr"]) }

  /// The outer design's draws and the tornado's runs are units too: the merge computes the same
  /// verdicts, indices, failure rule, value of information and chapter, to the byte.
  @Test("three shards of a comparison with uncertain assumptions merge byte-identically (draws, tornado, value of information)")
  func uncertaintyShards() throws {
    let laws =
      "\nuncertainty:\n  laws:\n"
      + "    - {key: \"sites[centre].walk_ins_per_week\", law: \"uniform(min: 6, max: 12)\", source: \"ASSUMPTION\"}\n"
      + "    - {key: \"workshops[job-search].enrol_probability\", law: \"beta(mean: 0.7, sd: 0.1)\", source: \"ASSUMPTION\"}\n"
    try shardedEqualsWhole(
      command: "compare", extra: ["--outer-points", "2", "--inner-replications", "2"], text: StudyFixtures.text + laws)
  }

  @Test("compare writes the options' files, the comparison and a report section with its chart")
  func compareFiles() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    let scenario = try Self.write(StudyFixtures.text, in: dir)
    let r = try CommandLineTests.tzsim(["compare", scenario, "--replications", "6", "--output", "c", "--quiet"], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    let names = try Self.files(dir.appending(path: "c"))
    #expect(names.contains("comparison.csv") && names.contains("comparison.json") && names.contains("options/third-advisor/summary.json"))
    let html = try String(contentsOf: dir.appending(path: "c/report.html"), encoding: .utf8)
    #expect(html.contains("id=\"table-options\"") && html.contains("id=\"chart-options\""))
    let noOptions = try CommandLineTests.tzsim(["compare", TestPaths.file("Scenarios/starter.yaml").path, "--output", "d"], in: dir)
    #expect(noOptions.status == 64 && noOptions.stderr.contains("the scenario has no `options` to compare"))
  }
}

extension FileManager {
  func isDirectory(_ url: URL) -> Bool {
    var d: ObjCBool = false
    return fileExists(atPath: url.path, isDirectory: &d) && d.boolValue
  }
}
