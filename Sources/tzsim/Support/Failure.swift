import ArgumentParser
import Foundation
import ScenarioFormat
import Studies

/// Failures that end the program with a message and an exit status:
/// 64 (EX_USAGE) for a bad scenario or usage, 1 for an internal failure.
enum Failure: Error, CustomStringConvertible {
  case usage(String, hint: String?)
  case scenario(ScenarioErrors)
  case `internal`(String)

  var description: String {
    switch self {
    case .usage(let m, let hint): m + (hint.map { "\n  hint: \($0)" } ?? "")
    case .scenario(let e):
      e.errors.map { e in
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
  } catch let e as ScenarioErrors {
    let f = Failure.scenario(e)
    FileHandle.standardError.write(Data((f.description + "\n").utf8))
    throw f.exitCode
  } catch let p as StudyProblem {
    let f = Failure.usage(p.message, hint: p.hint)
    FileHandle.standardError.write(Data((f.description + "\n").utf8))
    throw f.exitCode
  }
}
