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
