import ArgumentParser
import Foundation
import ScenarioFormat

/// Where a scenario comes from: a file, or the embedded Troyes 2020 default.
enum ScenarioSource {
  /// Reads and decodes; prints every problem on stderr and exits 64 on error.
  static func load(_ path: String?) throws -> (scenario: Scenario, file: String) {
    guard let path else {
      let file = "troyes-2020.yaml (embedded)"
      do {
        return (try ScenarioDecoder.decode(bytes: EmbeddedScenarios.troyes2020, file: file), file)
      } catch {
        throw Failure.internal("the embedded scenario does not decode: \(error)")
      }
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Failure.usage("\(path): error: no such file", hint: "check the path, or run `tzsim init \(path)` to create a starter scenario")
    }
    guard !isDirectory.boolValue else {
      throw Failure.usage("\(path): error: is a directory, not a scenario file", hint: "give a .yaml file")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure.usage("\(path): error: the file cannot be read", hint: "check its permissions")
    }
    do {
      return (try ScenarioDecoder.decode(bytes: [UInt8](data), file: path), path)
    } catch {
      throw Failure.scenario(error)
    }
  }
}

/// Failures that end the program with a message and an exit status:
/// 64 (EX_USAGE) for a bad scenario or usage, 1 for an internal failure.
enum Failure: Error, CustomStringConvertible {
  case usage(String, hint: String?)
  case scenario(ScenarioErrors)
  case `internal`(String)

  var description: String {
    switch self {
    case .usage(let m, let hint): m + (hint.map { "\n  hint: \($0)" } ?? "")
    case .scenario(let e): e.errors.map { e in
        var s = e.description
        if let r = s.range(of: ". ", options: .backwards), e.hint != nil { s.replaceSubrange(r, with: "\n  hint: ") }
        return s
      }.joined(separator: "\n")
    case .internal(let m): "internal error: \(m)"
    }
  }

  var exitCode: ExitCode { if case .internal = self { ExitCode(1) } else { ExitCode(64) } }
}

/// Runs a command body, turning failures into a message on stderr and an exit status.
func reporting(_ body: () async throws -> Void) async throws {
  do {
    try await body()
  } catch let f as Failure {
    FileHandle.standardError.write(Data((f.description + "\n").utf8))
    throw f.exitCode
  }
}
