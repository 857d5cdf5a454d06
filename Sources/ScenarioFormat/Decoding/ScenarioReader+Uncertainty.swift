import SimulationCore
import Stochastic
import TerritoryModel
internal import Yams

/// The `uncertainty` section: each law read with its place, its key checked
/// against the catalogue and the scenario (a place the scenario has, a value
/// that can be set alone), the law against the key's range.
extension ScenarioReader {
  func uncertainty(_ v: ScenarioValue, parameters: TerritoryParameters) -> ScenarioUncertainty? {
    guard let f = v.fields(K.uncertainty) else { return nil }
    let points = f["points"]?.integer(in: ScenarioUncertainty.pointsRange) ?? ScenarioUncertainty.defaultPoints
    let replications = f["replications"]?.integer(in: ScenarioUncertainty.replicationsRange) ?? ScenarioUncertainty.defaultReplications
    guard let items = f.required("laws")?.items(max: ScenarioUncertainty.maxInputs) else { return nil }
    if items.isEmpty {
      f["laws"]?.fail(
        "give at least one law", hint: "e.g. `- {key: pathways.exits.dropout_per_month, law: \"uniform(min: 0.01, max: 0.03)\", source: …}`"
      )
    }
    var seen: [ParameterPath: Int] = [:]
    let inputs = items.compactMap { item -> UncertainInput? in
      guard let lf = item.fields(K.uncertainLaw), let keyValue = lf.required("key"), let text = keyValue.string() else { return nil }
      let path = ParameterPath(parsing: text)
      let source = lf.required("source")?.string()
      guard let lawValue = lf.required("law"), let lawText = lawValue.string() else { return nil }
      guard let key = ParameterKey.named(path) else {
        let names = parameters.settableValues.map(\.path.description)
        keyValue.fail(
          "`\(text.prefix(80))` is not a number of the scenario",
          hint: Spelling.nearest(to: text, among: names).map { "did you mean `\($0)`?" }
            ?? "name a number as in the file, e.g. `sites[troyes].advisors`")
        return nil
      }
      if let problem = parameters.settingProblem(path) {
        keyValue.fail("`\(text.prefix(80))` \(problem.message)", hint: problem.hint)
        return nil
      }
      if let first = seen[path] {
        keyValue.fail("`\(path)` has a law already (law \(first + 1))", hint: "give each key one law")
        return nil
      }
      seen[path] = seen.count
      let law: AssumptionLaw
      do throws(DistributionError) {
        law = try AssumptionLaw(parsing: lawText)
      } catch {
        lawValue.fail(
          "\(error.message) (the law of `\(path)`)", hint: "e.g. `triangular(min: 2, mode: 3, max: 5)` or `beta(mean: 0.2, sd: 0.05)`")
        return nil
      }
      guard let source else { return nil }
      do throws(ParameterError) {
        return try UncertainInput(path: path, law: law, source: source)
      } catch {
        let issue = error.issues[0]
        lawValue.fail("\(issue.message) (\(key.range.unit.isEmpty ? "the key's range" : key.range.unit))", hint: issue.hint)
        return nil
      }
    }
    guard inputs.count == items.count, !inputs.isEmpty else { return nil }
    let u = ScenarioUncertainty(points: points, replications: replications, inputs: inputs)
    if let problem = u.sizeProblem {
      (f["points"] ?? v).fail(problem, hint: "use fewer points or fewer replications")
      return nil
    }
    return u
  }
}
