import SimulationCore

/// Changing numbers of decoded parameters through the catalogue: what `plan`
/// and `calibrate` do for every candidate, without writing or reading a
/// scenario file again.
///
/// ```swift
/// let more = try scenario.parameters.setting([("sites[troyes].advisors", 4)])
/// ```
extension TerritoryParameters {
  /// Every value a planner can set alone, with its key and place, in the catalogue's order.
  public var settableValues: [(key: ParameterKey, path: ParameterPath, value: Double)] {
    ParameterKey.all.filter(\.isSettable).flatMap { key in key.values(in: self).map { (key, $0.path, $0.value) } }
  }

  /// Why `path` cannot be set on these parameters (no numeric key there, a
  /// share of a law, an entry the scenario does not have), or nil.
  public func settingProblem(_ path: ParameterPath) -> ParameterError.Issue? {
    guard let key = ParameterKey.named(path) else { return unknownKey(path) }
    let r = key.range
    let probe =
      key.values(in: self).first { $0.path == path }?.value
      ?? (r.lowerOpen ? (r.isInteger ? r.lower + 1 : (r.lower + r.upper) / 2) : r.lower)
    var copy = self
    do { try key.set(probe, at: path, in: &copy) } catch { return error.issues.first }
    return nil
  }

  /// These parameters with `changes` set through the catalogue, then
  /// validated as a whole (each value against its range, then every rule).
  public func setting(_ changes: [(path: ParameterPath, value: Double)]) throws(ParameterError) -> TerritoryParameters {
    var keys: [ParameterPath: ParameterKey] = [:]
    return try setting(changes, keys: &keys)
  }

  /// ``setting(_:)`` with the keys of paths already looked up kept in `keys`
  /// (a batch of draws names the same paths again and again).
  func setting(
    _ changes: [(path: ParameterPath, value: Double)], keys: inout [ParameterPath: ParameterKey]
  ) throws(ParameterError) -> TerritoryParameters {
    var p = self
    for (path, value) in changes {
      guard let key = keys[path] ?? ParameterKey.named(path) else { throw ParameterError(issues: [unknownKey(path)]) }
      keys[path] = key
      try key.set(value, at: path, in: &p)
    }
    try p.validate()
    return p
  }

  private func unknownKey(_ path: ParameterPath) -> ParameterError.Issue {
    let known = settableValues.map(\.path.description)
    return .init(
      path: path.description, message: "names nothing in the scenario",
      hint: Spelling.nearest(to: path.description, among: known).map { "did you mean `\($0)`?" }
        ?? "name a number of the scenario as in the file, e.g. `sites[<id>].advisors`")
  }
}
