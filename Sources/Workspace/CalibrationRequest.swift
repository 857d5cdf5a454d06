import Foundation

/// What a calibration asked from the workspace fits (`tzsim calibrate`): the
/// keys with their search ranges and the replications per evaluation. The
/// observed figures are the scenario's as kept by the workspace when it is asked.
public struct CalibrationRequest: Codable, Sendable, Equatable {
  public struct Key: Codable, Sendable, Equatable {
    public var path: String
    public var low: Double
    public var high: Double
    public init(path: String, low: Double, high: Double) {
      self.path = path
      self.low = low
      self.high = high
    }
  }

  public var keys: [Key]
  public var replications: Int

  public init(keys: [Key], replications: Int = 20) {
    self.keys = keys
    self.replications = replications
  }

  /// Why the request cannot be run as it stands (French), or nil.
  public var problem: String? {
    if keys.isEmpty { return "choisissez au moins une valeur à ajuster" }
    if keys.count > 4 { return "au plus 4 valeurs à ajuster à la fois" }
    if Set(keys.map(\.path)).count < keys.count { return "une même valeur est choisie deux fois" }
    for k in keys where !(k.low.isFinite && k.high.isFinite && k.low < k.high) {
      return "`\(k.path)` : la plage va d'une valeur à une valeur plus grande"
    }
    if !(2...500).contains(replications) { return "réplications par évaluation : de 2 à 500" }
    return nil
  }

  public var json: String { String(decoding: (try? JSONEncoder().encode(self)) ?? Data(), as: UTF8.self) }
}
