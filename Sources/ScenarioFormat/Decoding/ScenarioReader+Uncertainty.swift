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
    var entries = 0
    var inputs: [UncertainInput] = []
    var failed = false
    for item in items {
      entries += 1
      guard let lf = item.fields(K.uncertainLaw) else {
        failed = true
        continue
      }
      let read =
        lf.has("keys")
        ? jointLaw(lf, entry: entries, seen: &seen, parameters: parameters) : law(lf, entry: entries, seen: &seen, parameters: parameters)
      if let read { inputs += read } else { failed = true }
    }
    if inputs.count > ScenarioUncertainty.maxInputs {
      f["laws"]?.fail(
        "the laws name \(inputs.count) keys; at most \(ScenarioUncertainty.maxInputs) fit the design",
        hint: "keep the keys that matter most")
      return nil
    }
    guard !failed, !inputs.isEmpty else { return nil }
    let u = ScenarioUncertainty(points: points, replications: replications, inputs: inputs)
    if let problem = u.sizeProblem {
      (f["points"] ?? v).fail(problem, hint: "use fewer points or fewer replications")
      return nil
    }
    return u
  }

  /// A key named in a law: a number of the catalogue the scenario has, that
  /// can be set alone, and not given a law already. Reported at `value`.
  private func uncertainKey(_ value: ScenarioValue, entry: Int, seen: inout [ParameterPath: Int], parameters: TerritoryParameters)
    -> (ParameterPath, ParameterKey)?
  {
    guard let text = value.string() else { return nil }
    let path = ParameterPath(parsing: text)
    guard let key = ParameterKey.named(path) else {
      let names = parameters.settableValues.map(\.path.description)
      value.fail(
        "`\(text.prefix(80))` is not a number of the scenario",
        hint: Spelling.nearest(to: text, among: names).map { "did you mean `\($0)`?" }
          ?? "name a number as in the file, e.g. `sites[troyes].advisors`")
      return nil
    }
    if let problem = parameters.settingProblem(path) {
      value.fail("`\(text.prefix(80))` \(problem.message)", hint: problem.hint)
      return nil
    }
    if let first = seen[path] {
      value.fail("`\(path)` has a law already (law \(first))", hint: "give each key one law")
      return nil
    }
    seen[path] = entry
    return (path, key)
  }

  /// `{key, law, source}`: one key and its own law.
  private func law(_ lf: ScenarioFields, entry: Int, seen: inout [ParameterPath: Int], parameters: TerritoryParameters)
    -> [UncertainInput]?
  {
    if lf.has("joint_normal") {
      lf["joint_normal"]?.fail(
        "`joint_normal` goes with `keys` (several keys fitted together)", hint: "give `keys: [...]`, or a `law` for one key")
      return nil
    }
    guard let keyValue = lf.required("key"), let (path, key) = uncertainKey(keyValue, entry: entry, seen: &seen, parameters: parameters)
    else { return nil }
    let source = lf.required("source")?.string()
    guard let lawValue = lf.required("law"), let lawText = lawValue.string() else { return nil }
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
      return [try UncertainInput(path: path, law: law, source: source)]
    } catch {
      let issue = error.issues[0]
      lawValue.fail("\(issue.message) (\(key.range.unit.isEmpty ? "the key's range" : key.range.unit))", hint: issue.hint)
      return nil
    }
  }

  /// `{keys, joint_normal: {mean, sd, correlation}, source}`: keys fitted
  /// together (what `tzsim calibrate` writes), one multivariate normal law.
  private func jointLaw(_ lf: ScenarioFields, entry: Int, seen: inout [ParameterPath: Int], parameters: TerritoryParameters)
    -> [UncertainInput]?
  {
    if lf.has("key") || lf.has("law") {
      (lf["key"] ?? lf["law"])?.fail(
        "an entry gives either `key` and `law` (one key) or `keys` and `joint_normal` (keys fitted together), not both",
        hint: "split it into two entries")
      return nil
    }
    let hint = "e.g. `joint_normal: {mean: [0.2, 8], sd: [0.03, 1.5], correlation: [[1, -0.4], [-0.4, 1]]}`"
    guard let keysValue = lf.required("keys"), let keyItems = keysValue.items(max: ScenarioUncertainty.maxInputs) else { return nil }
    guard keyItems.count >= 2 else {
      keysValue.fail("a joint law needs at least two keys", hint: "for one key, give `key` and `law`")
      return nil
    }
    let keys = keyItems.compactMap { uncertainKey($0, entry: entry, seen: &seen, parameters: parameters) }
    let source = lf.required("source")?.string()
    guard let lawValue = lf.required("joint_normal"), let jf = lawValue.fields(K.jointNormal) else { return nil }
    func numbers(_ v: ScenarioValue?) -> [Double]? {
      guard let items = v?.items(max: ScenarioUncertainty.maxInputs) else { return nil }
      let xs = items.compactMap { $0.number() }
      return xs.count == items.count ? xs : nil
    }
    let means = numbers(jf.required("mean"))
    let sds = numbers(jf.required("sd"))
    let rows = jf.required("correlation")?.items(max: ScenarioUncertainty.maxInputs)
    let correlation = rows?.compactMap(numbers)
    guard keys.count == keyItems.count, let means, let sds, let rows, let correlation, correlation.count == rows.count, let source
    else { return nil }
    let law: JointNormalLaw
    do throws(DistributionError) {
      guard means.count == keys.count else {
        throw DistributionError("`mean` has \(means.count) values for \(keys.count) keys")
      }
      law = try JointNormalLaw(means: means, sds: sds, correlation: correlation)
    } catch {
      lawValue.fail("\(error.message) (the joint law of \(keys.map { "`\($0.0)`" }.joined(separator: ", ")))", hint: hint)
      return nil
    }
    do throws(ParameterError) {
      return try UncertainInput.joint(keys.map(\.0), law: law, source: source)
    } catch {
      let issue = error.issues[0]
      lawValue.fail("`\(issue.path)`: \(issue.message)", hint: issue.hint)
      return nil
    }
  }
}
