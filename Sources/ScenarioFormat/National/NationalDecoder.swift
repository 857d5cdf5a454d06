import SimulationCore
public import TerritoryModel
internal import Yams

/// Reads national study files (`tzsim_national: 1`).
///
/// ```swift
/// let study = try NationalDecoder.decode(bytes: bytes, file: "tzcld-national.yaml") { name in nil }
/// ```
public enum NationalDecoder {
  /// Whether a file's text is a national study (its first key is `tzsim_national`).
  public static func isNational(_ bytes: [UInt8]) -> Bool {
    guard let text = String(validating: bytes.prefix(4096), as: UTF8.self) ?? String(validating: bytes, as: UTF8.self) else {
      return false
    }
    for line in text.split(separator: "\n") {
      let l = line.drop { $0 == " " }
      if l.isEmpty || l.hasPrefix("#") || l.hasPrefix("---") { continue }
      return l.hasPrefix("tzsim_national:")
    }
    return false
  }

  /// Decodes a national study; `read` gives the bytes of a file it names
  /// (relative to the study's folder), or nil.
  public static func decode(bytes: [UInt8], file: String, read: @escaping (String) -> [UInt8]?) throws(ScenarioErrors) -> NationalScenario {
    let document = try YAMLDocument(bytes: bytes, file: file)
    let context = DecodingContext(file: file)
    let top = ScenarioValue(node: document.root, path: "", context: context)
    let scenario = NationalReader(context: context, read: read).scenario(top, source: bytes)
    guard let scenario, context.errors.isEmpty else {
      throw ScenarioErrors(
        context.errors.isEmpty ? [ScenarioError(file: file, path: "", message: "the study could not be read")] : context.errors)
    }
    return scenario
  }
}
