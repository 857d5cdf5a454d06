/// The fields of one mapping.
struct ScenarioFields {
  let values: [String: ScenarioValue]
  let order: [String]
  let owner: ScenarioValue

  subscript(_ key: String) -> ScenarioValue? {
    guard let v = values[key], !v.isNull else { return nil }
    return v
  }

  /// A required field: reported at the mapping when missing.
  func required(_ key: String) -> ScenarioValue? {
    if let v = self[key] { return v }
    owner.context.fail(owner.node, owner.path.isEmpty ? key : "\(owner.path).\(key)", "missing key `\(key)`")
    return nil
  }

  /// Whether the key is present, even with an empty value.
  func has(_ key: String) -> Bool { values[key] != nil }
}
