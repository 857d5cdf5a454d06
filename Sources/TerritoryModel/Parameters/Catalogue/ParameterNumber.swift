/// A number a scenario key holds: a real or a whole number. The catalogue
/// reads every value as a `Double` and sets it back in the key's own type
/// (a whole number only after ``ParameterRange`` has checked that it is one).
public protocol ParameterNumber: Sendable {
  init(parameterValue: Double)
  var parameterValue: Double { get }
}

extension Double: ParameterNumber {
  public init(parameterValue: Double) { self = parameterValue }
  public var parameterValue: Double { self }
}

extension Int: ParameterNumber {
  public init(parameterValue: Double) { self = Int(parameterValue.rounded()) }
  public var parameterValue: Double { Double(self) }
}
