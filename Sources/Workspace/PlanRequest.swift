import Foundation

/// The settings of a plan (`tzsim plan`): the objective, the probability to
/// reach, the key varied and the candidates' range and step, and whether the
/// scenario's uncertain assumptions are drawn at each replication (`--under-uncertainty`).
public struct PlanRequest: Codable, Sendable, Equatable {
  public var objective: String
  public var probability: Double
  public var path: String
  public var from: Double
  public var to: Double
  public var step: Double
  /// The probability counts the assumptions' uncertainty (the second verdict's), not only chance.
  public var underUncertainty: Bool

  public init(
    objective: String, probability: Double, path: String, from: Double, to: Double, step: Double, underUncertainty: Bool = false
  ) {
    self.underUncertainty = underUncertainty
    self.objective = objective
    self.probability = probability
    self.path = path
    self.from = from
    self.to = to
    self.step = step
  }

  enum CodingKeys: String, CodingKey { case objective, probability, path, from, to, step, underUncertainty }

  /// Reads a stored request; one stored before plans could draw the assumptions takes them as exact.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    objective = try c.decode(String.self, forKey: .objective)
    probability = try c.decode(Double.self, forKey: .probability)
    path = try c.decode(String.self, forKey: .path)
    from = try c.decode(Double.self, forKey: .from)
    to = try c.decode(Double.self, forKey: .to)
    step = try c.decode(Double.self, forKey: .step)
    underUncertainty = try c.decodeIfPresent(Bool.self, forKey: .underUncertainty) ?? false
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
