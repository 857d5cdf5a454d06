import Stochastic
public import TerritoryModel

extension ScenarioUncertainty {
  /// The section with `inputs` in place of whatever law their keys had: a
  /// key's own law is dropped; a key of a joint law leaves that law with the
  /// other keys (their marginal joint law, or one key's own normal law when one
  /// remains); `inputs` come last. What `tzsim calibrate` does with the keys it
  /// fitted: their law becomes the calibration's.
  ///
  /// - Throws: when a kept key's law no longer fits its range (it did before, so this does not happen in practice).
  public func replacingLaws(with inputs: [UncertainInput]) throws(ParameterError) -> ScenarioUncertainty {
    let replaced = Set(inputs.map(\.path))
    var kept: [UncertainInput] = []
    for input in self.inputs where !replaced.contains(input.path) {
      guard let j = input.joint else {
        kept.append(input)
        continue
      }
      // A joint law is rebuilt once, at its first kept key.
      let members = j.paths.indices.filter { !replaced.contains(j.paths[$0]) }
      guard members.first == j.position else { continue }
      if let law = j.law.keeping(members) {
        kept += try UncertainInput.joint(members.map { j.paths[$0] }, law: law, source: input.source)
      } else {
        kept.append(try UncertainInput(path: input.path, law: j.law.marginal(j.position), source: input.source))
      }
    }
    return ScenarioUncertainty(points: points, replications: replications, inputs: kept + inputs)
  }
}
