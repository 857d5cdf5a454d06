import ScenarioFormat
import TerritoryModel

extension Study {
  /// The study with its outer design resized from the command line (`nil`
  /// keeps the scenario's size), checked as `validate` checks the file's:
  /// every draw of the new design must make a valid scenario.
  public func resizingUncertainty(points: Int?, replications: Int?) throws -> Study {
    guard points != nil || replications != nil else { return self }
    guard var u = uncertainty else {
      throw StudyProblem(
        "--outer-points and --inner-replications need uncertain assumptions", hint: "add an `uncertainty` section to the scenario")
    }
    if let points {
      if let problem = ScenarioUncertainty.pointsRange.problem(Double(points)) { throw StudyProblem("--outer-points \(problem)") }
      u.points = points
    }
    if let replications {
      if let problem = ScenarioUncertainty.replicationsRange.problem(Double(replications)) {
        throw StudyProblem("--inner-replications \(problem)")
      }
      u.replications = replications
    }
    if let problem = u.sizeProblem { throw StudyProblem(problem, hint: "use fewer points or fewer replications") }
    for (v, variant) in variants.enumerated() {
      let fixed = v == 0 ? [] : Set(scenario.options[v - 1].overrides.map { ParameterPath(parsing: $0.path) })
      if let bad = u.firstInvalidDraw(of: variant.plan.parameters, fixed: fixed) {
        throw StudyProblem(
          "\(bad.draw) (\(bad.values)) makes an invalid scenario: `\(bad.issue.path)` \(bad.issue.message)",
          hint: "use the scenario's number of points, or narrow the laws")
      }
    }
    var copy = self
    copy.uncertainty = u
    return copy
  }
}
