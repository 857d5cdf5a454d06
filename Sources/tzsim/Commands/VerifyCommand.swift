import ArgumentParser
import Foundation
import ResultsExport
import Studies

/// `tzsim verify DIR`: makes a results folder again from what it recorded
/// (the scenario's copy and the command in `summary.json`) and says whether
/// every file is identical to the byte — a council's auditor can check a figure.
struct VerifyCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Run a results folder's recorded command again and compare every file, byte for byte.",
    discussion: """
      The folder must come from `tzsim run`, `compare` or `merge` (it holds scenario.yaml and
      summary.json with the command). The new run goes to a temporary folder, removed after.
      report.pdf is not compared: a PDF records when it was printed. Exit status 0 when every
      file is identical, 1 when one differs, 64 when the folder cannot be verified.

      Example:
        tzsim verify out/troyes-2020
      """)

  @Argument(help: "The results folder.")
  var folder: String

  @Option(help: "Parallel jobs: this machine's number of cores unless given (results do not depend on it).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func run() async throws {
    try await reporting {
      let dir = URL(fileURLWithPath: folder).standardizedFileURL
      let summaryURL = dir.appendingPathComponent("summary.json")
      guard let data = try? Data(contentsOf: summaryURL), let summary = try? SummaryDocument.read(data) else {
        throw Failure.usage("\(folder): error: no readable summary.json here", hint: "give the --output folder of `tzsim run` or `compare`")
      }
      guard let command = summary.command, let sha = summary.scenario_sha256, command.count >= 2,
        ["run", "compare"].contains(command[0]), command[1] == StudyWriter.scenarioCopy
      else {
        throw Failure.usage(
          "\(folder): error: summary.json records no command to run again",
          hint: "this folder was written by an earlier tzsim; run it again")
      }
      let scenarioURL = dir.appendingPathComponent(StudyWriter.scenarioCopy)
      guard let scenario = try? Data(contentsOf: scenarioURL) else {
        throw Failure.usage("\(folder): error: \(StudyWriter.scenarioCopy) is missing", hint: "the folder's copy of the scenario is needed")
      }
      if SHA256.hex([UInt8](scenario)) != sha {
        print("differs: \(StudyWriter.scenarioCopy) is not the scenario the results were made from (SHA-256 \(sha))")
        throw ExitCode(1)
      }
      // The recorded command, on the folder's copy, into a temporary folder.
      let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("tzsim-verify-\(UUID().uuidString)")
      defer { try? FileManager.default.removeItem(at: temporary) }
      let output = temporary.appendingPathComponent("again")
      var arguments = command
      arguments[1] = scenarioURL.path
      if let i = arguments.firstIndex(of: "--observed"), i + 1 < arguments.count {
        arguments[i + 1] = dir.appendingPathComponent(StudyWriter.observedCopy).path
      }
      arguments += ["--output", output.path, "--quiet", "--jobs", String(jobs)]
      guard var again = try TZSimCommand.parseAsRoot(arguments) as? any AsyncParsableCommand else {
        throw Failure.internal("the recorded command `\(command.joined(separator: " "))` cannot be run")
      }
      try await again.run()

      let mine = Self.files(in: dir)
      let theirs = Self.files(in: output)
      var problems: [String] = []
      for name in mine.union(theirs).sorted() where name != "report.pdf" {
        if !theirs.contains(name) {
          problems.append("\(name) is in the folder but the command does not write it")
        } else if !mine.contains(name) {
          problems.append("\(name) is missing from the folder")
        } else if let a = try? Data(contentsOf: dir.appendingPathComponent(name)),
          let b = try? Data(contentsOf: output.appendingPathComponent(name)), a != b
        {
          let at = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
          problems.append("\(name) differs (first at byte \(at))")
        }
      }
      if problems.isEmpty {
        print("identical: all \(mine.subtracting(["report.pdf"]).count) files of \(folder) match the new run to the byte")
      } else {
        print("differs:\n" + problems.map { "  " + $0 }.joined(separator: "\n"))
        throw ExitCode(1)
      }
    }
  }

  /// Every regular file under `dir`, as relative paths.
  static func files(in dir: URL) -> Set<String> { Set(OutputManifest.files(of: dir)) }
}
