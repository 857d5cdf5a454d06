import Foundation

/// The settings of a plan (`tzsim plan`): the objective, the probability to
/// reach, the key varied and the candidates' range and step.
public struct PlanRequest: Codable, Sendable, Equatable {
  public var objective: String
  public var probability: Double
  public var path: String
  public var from: Double
  public var to: Double
  public var step: Double

  public init(objective: String, probability: Double, path: String, from: Double, to: Double, step: Double) {
    self.objective = objective
    self.probability = probability
    self.path = path
    self.from = from
    self.to = to
    self.step = step
  }

  /// What is wrong with the settings, in French, or nil.
  public var problem: String? {
    if !(probability > 0 && probability < 1) { return "la probabilité visée est entre 0 et 1 (exclus), par exemple 0,9" }
    if !(from.isFinite && to.isFinite && from <= to) { return "la plage va d'une valeur à une valeur plus grande ou égale" }
    if !(step.isFinite && step > 0) { return "le pas est un nombre positif" }
    if (to - from) / step > 1000 { return "au plus 1 000 valeurs candidates : augmentez le pas ou réduisez la plage" }
    return nil
  }

  public var json: String { String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self) }
}
