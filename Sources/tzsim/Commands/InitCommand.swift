import ArgumentParser
import Foundation
import ResultsExport
import ScenarioFormat

/// `tzsim init FILE`: writes a commented starter scenario.
struct InitCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a commented starter scenario.",
    discussion: "Example:\n  tzsim init my-scenario.yaml && tzsim run my-scenario.yaml")

  @Argument(help: "Where to write it (refused if it exists).")
  var file: String = "scenario.yaml"

  @Option(help: "Language of the template's comments: en (starter.yaml) or fr (modele.yaml).")
  var lang: ReportLanguage = .en

  func run() async throws {
    try await reporting {
      guard !FileManager.default.fileExists(atPath: file) else {
        throw Failure.usage("\(file): error: already exists", hint: "choose another name; init never overwrites a file")
      }
      guard FileManager.default.createFile(atPath: file, contents: Data(lang == .fr ? EmbeddedScenarios.modele : EmbeddedScenarios.starter))
      else {
        throw Failure.usage("\(file): error: cannot be written", hint: "check the folder exists and is writable")
      }
      print("wrote \(file): edit it, then `tzsim validate \(file)` and `tzsim run \(file)`.")
    }
  }
}
