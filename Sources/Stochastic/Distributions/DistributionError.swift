/// Why a distribution could not be built or read.
///
/// The message is written for a planner: it names the distribution, the
/// parameter, what was expected and what was found.
public struct DistributionError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A readable sentence, e.g. `exponential: mean must be a finite number > 0, found -3`.
  public let message: String
  /// Where in a textual form the problem starts (0-based, in characters), if it came from text.
  public let offset: Int?

  public init(_ message: String, offset: Int? = nil) {
    self.message = message
    self.offset = offset
  }

  public var description: String { message }
}
