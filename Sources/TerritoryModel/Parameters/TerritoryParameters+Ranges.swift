/// Every numeric value against its key's range (``ParameterKey/all``), each on
/// its own: these checks do not depend on other values, so the scenario reader
/// can report them beside its own errors.
extension TerritoryParameters {
  /// The values outside their range, with the key path of each in scenario files.
  public func rangeIssues() -> [ParameterError.Issue] {
    ParameterKey.all.flatMap { key in
      key.values(in: self).compactMap { path, x in
        key.range.problem(x).map { ParameterError.Issue(path: path.description, message: $0, hint: key.range.hint) }
      }
    }
  }
}
