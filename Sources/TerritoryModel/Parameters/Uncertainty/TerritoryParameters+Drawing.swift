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

  /// The first of `draws` that ``drawing(_:)`` refuses, with its error: the
  /// same answer as calling it on each in turn (test
  /// `UncertaintyValidationTests.batchAgreesWithEachDraw`), for less work when
  /// these parameters share no streams: a draw whose sites and communes keep
  /// their names (numbers never rename them) then shares none either, so the
  /// clash check is not repeated; and the keys are looked up once. Every
  /// value is still checked against its range (setting one key may change
  /// what another reads) and every rule. `validate` checks every draw of a
  /// design this way: hundreds per scenario.
  public func firstInvalidDrawing(_ draws: [[(ParameterPath, Double)]]) -> (index: Int, error: ParameterError)? {
    guard TerritoryPlan.streamClashes(self).isEmpty else {
      for (i, values) in draws.enumerated() {
        do { _ = try drawing(values) } catch { return (i, error) }
      }
      return nil
    }
    let siteIDs = sites.map(\.id)
    let codes = communes.map(\.inseeCode)
    var keys: [ParameterPath: ParameterKey] = [:]
    for (i, values) in draws.enumerated() {
      do throws(ParameterError) {
        let p = try setting(values, keys: &keys)
        if p.sites.map(\.id) != siteIDs || p.communes.map(\.inseeCode) != codes {
          let clashes = TerritoryPlan.streamClashes(p)
          if !clashes.isEmpty { throw ParameterError(issues: clashes) }
        }
      } catch {
        return (i, error)
      }
    }
    return nil
  }
}
