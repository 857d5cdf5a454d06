import Stochastic
public import TerritoryModel

extension Calibration {
  /// The law a fit leaves on its keys: a normal law for one key (its fitted
  /// value, its standard error), a joint normal law for several (with the
  /// correlation of their estimates), so that a projection from the
  /// calibrated scenario carries the fit's uncertainty (`uncertainty` section).
  ///
  /// Returns the inputs, or why none can be written: a standard error of 0
  /// (the observed series fix the key exactly at this precision; a law of no
  /// spread adds nothing), an estimate whose correlations contradict each
  /// other, a key outside the catalogue.
  public static func fittedLaw(
    paths: [String], values: [Double], standardErrors: [Double], correlation: [[Double]], source: String
  ) -> Result<[UncertainInput], LawProblem> {
    precondition(paths.count == values.count && paths.count == standardErrors.count, "one value and one standard error per key")
    if let i = standardErrors.indices.first(where: { !(standardErrors[$0].isFinite && standardErrors[$0] > 0) }) {
      return .failure(LawProblem("the standard error of `\(paths[i])` is 0: the fit leaves no spread to draw"))
    }
    let parsed = paths.map { ParameterPath(parsing: $0) }
    do {
      if paths.count == 1 {
        return .success([try UncertainInput(path: parsed[0], law: .normal(mean: values[0], sd: standardErrors[0]), source: source)])
      }
      let law = try JointNormalLaw(means: values, sds: standardErrors, correlation: correlation)
      return .success(try UncertainInput.joint(parsed, law: law, source: source))
    } catch let e as DistributionError {
      return .failure(LawProblem("the estimates' correlations make no joint law: \(e.message)"))
    } catch let e as ParameterError {
      return .failure(LawProblem("`\(e.issues[0].path)` \(e.issues[0].message)"))
    } catch {
      return .failure(LawProblem("\(error)"))
    }
  }

  /// Why a fit's law cannot be written into the calibrated scenario.
  public struct LawProblem: Error, Sendable, Equatable {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
  }
}

extension Calibration.Outcome {
  /// ``Calibration/fittedLaw(paths:values:standardErrors:correlation:source:)`` of this outcome.
  public func law(source: String) -> Result<[UncertainInput], Calibration.LawProblem> {
    Calibration.fittedLaw(
      paths: fitted.map(\.key.path), values: fitted.map(\.value), standardErrors: fitted.map(\.standardError), correlation: correlation,
      source: source)
  }
}
