/// The parameters at one point of an outer design: each uncertain input set
/// to its value at the point's level, then the whole validated, with the
/// check a plan adds (a drawn count of advisors names new advisors, whose
/// random streams must not clash), so that parameters this accepts always
/// make a ``TerritoryPlan``.
///
/// ```swift
/// let p = try parameters.drawing(inputs, at: [0.25, 0.9])
/// ```
extension TerritoryParameters {
  /// - Precondition: `levels.count == inputs.count`, each level in [0, 1), a joint law's keys all present.
  public func drawing(_ inputs: [UncertainInput], at levels: [Double]) throws(ParameterError) -> TerritoryParameters {
    try drawing(Array(zip(inputs.map(\.path), inputs.values(at: levels))))
  }

  /// The parameters with each key set to its drawn value, checked as a draw is.
  public func drawing(_ values: [(ParameterPath, Double)]) throws(ParameterError) -> TerritoryParameters {
    let p = try setting(values)
    let clashes = TerritoryPlan.streamClashes(p)
    if !clashes.isEmpty { throw ParameterError(issues: clashes) }
    return p
  }
}
