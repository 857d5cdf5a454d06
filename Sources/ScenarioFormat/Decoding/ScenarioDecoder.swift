import SimulationCore
import Stochastic
public import TerritoryModel
internal import Yams

/// Reads scenario files: decode → fill defaults (from the parameter types'
/// own defaults, the one source) → cross-field validation → immutable values.
///
/// ```swift
/// let scenario = try ScenarioDecoder.decode(text: "tzsim_scenario: 1\n…", file: "my.yaml")
/// ```
public enum ScenarioDecoder {
  /// Decodes a scenario from the bytes of a file.
  public static func decode(bytes: [UInt8], file: String) throws(ScenarioErrors) -> Scenario {
    let document = try YAMLDocument(bytes: bytes, file: file)
    return try decode(root: document.root, file: file, source: bytes)
  }

  /// Decodes a scenario from text.
  public static func decode(text: String, file: String) throws(ScenarioErrors) -> Scenario {
    try decode(bytes: Array(text.utf8), file: file)
  }

  /// The parameters of one staffing option: the baseline with the option's
  /// overrides applied to the file's tree, decoded and validated again.
  public static func parameters(of option: StaffingOption, in scenario: Scenario, file: String) throws(ScenarioErrors)
    -> TerritoryParameters
  {
    let document = try YAMLDocument(bytes: scenario.source, file: file)
    var root = document.root
    for o in option.overrides {
      let value: Node
      do {
        guard let v = try Yams.compose(yaml: o.yaml) else { throw ScenarioErrors([]) }
        value = v
      } catch {
        throw ScenarioErrors([
          ScenarioError(file: file, path: "options[\(option.id)].set.\(o.path)", message: "the value is not valid YAML")
        ])
      }
      root = try NodePatch.set(path: o.path, to: value, in: root, file: file, option: option.id)
    }
    var patched = try decode(root: root, file: file, source: scenario.source, checkingOptions: false)
    patched.parameters.name = "\(scenario.name) [\(option.id)]"
    return patched.parameters
  }

  static func decode(root: Node, file: String, source: [UInt8], checkingOptions: Bool = true) throws(ScenarioErrors) -> Scenario {
    let context = DecodingContext(file: file)
    let top = ScenarioValue(node: root, path: "", context: context)
    let scenario = ScenarioReader(context: context).scenario(top, source: source)
    // The parameters' rules: each issue's key path mapped back to a place in the file.
    func placed(_ issue: ParameterError.Issue) -> ScenarioError {
      let mark = NodePatch.find(path: issue.path, in: root)?.mark
      return ScenarioError(
        file: file, line: mark?.line, column: mark?.column, path: issue.path, message: issue.message,
        hint: issue.hint.map { $0.prefix(1).uppercased() + $0.dropFirst() })
    }
    if let scenario, context.errors.isEmpty {
      do {
        try scenario.parameters.validate()
      } catch {
        throw ScenarioErrors(error.issues.map(placed))
      }
      if checkingOptions {
        let problems = checkOptions(scenario.options, root: root, file: file, source: source)
        if !problems.isEmpty { throw ScenarioErrors(problems) }
        let draws = checkDraws(scenario, root: root, file: file)
        if !draws.isEmpty { throw ScenarioErrors(draws) }
      }
      return scenario
    }
    // Values out of range are reported beside the reader's errors: they stand
    // alone, unlike the cross-field rules, which wait for a readable file.
    // A value the reader already refused is not reported twice.
    let refused = Set(context.errors.map(\.path))
    let ranges = scenario.map { $0.parameters.rangeIssues().filter { !refused.contains($0.path) }.map(placed) } ?? []
    let errors =
      context.errors.isEmpty
      ? [ScenarioError(file: file, path: "", message: "the scenario could not be read")] : context.errors + ranges
    throw ScenarioErrors(errors.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
  }
}
