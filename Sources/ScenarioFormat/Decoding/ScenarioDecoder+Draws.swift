import SimulationCore
import TerritoryModel
internal import Yams

/// Every draw of the outer design must make a valid scenario (the baseline's,
/// and each option's with the keys it sets kept at its value), so that a run
/// `validate` accepts cannot fail half-way. The design is deterministic (a
/// Sobol sequence), so this checks exactly the draws the run makes.
extension ScenarioDecoder {
  static func checkDraws(_ scenario: Scenario, root: Node, file: String) -> [ScenarioError] {
    guard let u = scenario.uncertainty else { return [] }
    var variants: [(name: String, parameters: TerritoryParameters, fixed: Set<ParameterPath>)] = [
      ("", scenario.parameters, [])
    ]
    for o in scenario.options {
      guard let p = try? parameters(of: o, in: scenario, file: file) else { continue }
      variants.append(("with option `\(o.id)`, ", p, Set(o.overrides.map { ParameterPath(parsing: $0.path) })))
    }
    for v in variants {
      guard let bad = u.firstInvalidDraw(of: v.parameters, fixed: v.fixed) else { continue }
      // Placed at the law of the drawn key the broken rule names (or the only law), else at the section.
      let lawIndex = u.inputs.firstIndex { bad.issue.path.hasPrefix($0.path.description) } ?? (u.inputs.count == 1 ? 0 : nil)
      let laws = root.mapping?["uncertainty"]?.mapping?["laws"]?.sequence
      let mark =
        lawIndex.flatMap { i in laws?[u.entry(ofInput: i)].mapping.flatMap { $0["law"] ?? $0["joint_normal"] }?.mark }
        ?? root.mapping?["uncertainty"]?.mark
      return [
        ScenarioError(
          file: file, line: mark?.line, column: mark?.column, path: "uncertainty",
          message:
            "\(v.name)\(bad.draw) (\(bad.values)) makes an invalid scenario: `\(bad.issue.path)` \(bad.issue.message)",
          hint: "narrow the laws so that every value they allow is valid together")
      ]
    }
    return []
  }
}
