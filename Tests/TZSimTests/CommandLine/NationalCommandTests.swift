import Foundation
import Testing

/// The national study from the command line: validate, run, shards and merge.
@Suite("Command line: the national study", .serialized)
struct NationalCommandTests {
  @Test("validate accepts the shipped national study; run writes the report; two shards merge to the same bytes")
  func national() throws {
    let study = TestPaths.file("Scenarios/tzcld-national.yaml").path
    let v = try CommandLineTests.tzsim(["validate", study, "--lang", "fr"])
    #expect(v.status == 0 && v.stdout.contains("étude nationale valide « tzcld-national »") && v.stdout.contains("87 territoires"))
    let dir = try CommandLineTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let common = [study, "--replications", "6", "--jobs", "2", "--quiet"]
    #expect(try CommandLineTests.tzsim(["run"] + common + ["--output", "whole"], in: dir).status == 0)
    for k in 1...2 {
      #expect(try CommandLineTests.tzsim(["run"] + common + ["--shard", "\(k)/2", "--output", "part\(k)"], in: dir).status == 0)
    }
    #expect(try CommandLineTests.tzsim(["merge", "part2", "part1", "--output", "merged", "--quiet"], in: dir).status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.appending(path: "whole").path).sorted()
    #expect(names.contains("report.html") && names.contains("national-years.csv") && names.contains("scenario-troyes-champagne-2023.yaml"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appending(path: "merged").path).sorted() == names)
    for name in names where name != ".tzsim-manifest" {
      #expect(
        try Data(contentsOf: dir.appending(path: "whole/\(name)")) == Data(contentsOf: dir.appending(path: "merged/\(name)")), "\(name)")
    }
    // A shard missing: refused, nothing written.
    let missing = try CommandLineTests.tzsim(["merge", "part1", "--output", "half"], in: dir)
    #expect(missing.status == 64 && missing.stderr.contains("shard(s) 2 of 2 missing"))
    #expect(!FileManager.default.fileExists(atPath: dir.appending(path: "half").path))
  }
}
