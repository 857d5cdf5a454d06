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

  var description: String { text(french: false) }

  /// The message in English, or in French (`--lang fr`) through ``MessageCatalogue``.
  func text(french: Bool) -> String {
    let hintWord = french ? "\n  indice : " : "\n  hint: "
    switch self {
    case .usage(let m, let hint):
      let message = french ? MessageCatalogue.french(m) : m
      return message + (hint.map { hintWord + (french ? MessageCatalogue.french($0) : $0) } ?? "")
    case .scenario(let e):
      return e.errors.map { e in
        var s = e.text(french: french)
        if let r = s.range(of: ". ", options: .backwards), e.hint != nil { s.replaceSubrange(r, with: hintWord) }
        return s
      }.joined(separator: "\n")
    case .internal(let m): return (french ? "erreur interne : " : "internal error: ") + m
    }
  }

  var exitCode: ExitCode { if case .internal = self { ExitCode(1) } else { ExitCode(64) } }
}

/// Runs a command body, turning failures into a message on stderr (in French with `french`) and an exit status.
func reporting(french: Bool = false, _ body: () async throws -> Void) async throws {
  do {
    try await body()
  } catch let f as Failure {
    FileHandle.standardError.write(Data((f.text(french: french) + "\n").utf8))
    throw f.exitCode
  } catch let e as ScenarioErrors {
    let f = Failure.scenario(e)
    FileHandle.standardError.write(Data((f.text(french: french) + "\n").utf8))
    throw f.exitCode
  } catch let p as StudyProblem {
    let f = Failure.usage(p.message, hint: p.hint)
    FileHandle.standardError.write(Data((f.text(french: french) + "\n").utf8))
    throw f.exitCode
  }
}
