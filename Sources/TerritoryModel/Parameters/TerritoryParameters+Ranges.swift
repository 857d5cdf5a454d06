/// Every numeric value against its key's range (``ParameterKey/all``), each on
/// its own: these checks do not depend on other values, so the scenario reader
/// can report them beside its own errors.
extension TerritoryParameters {
  /// The values outside their range, with the key path of each in scenario files.
  public func rangeIssues() -> [ParameterError.Issue] {
    // A value's path is spelled only when it is out of range (most are not; a
    // draw of an uncertainty design is checked hundreds of times per `validate`).
    ParameterKey.all.flatMap { key in
      key.access.read(self).compactMap { reading in
        key.range.problem(reading.value).map {
          ParameterError.Issue(path: key.pattern.filling(reading.entries).description, message: $0, hint: key.range.hint)
        }
      }
    }
  }
}
