/// Why a study's inputs cannot be used (shards that do not belong together,
/// a truncated partial file…): what is wrong, where, and what to do.
public struct StudyProblem: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String
  public let hint: String?

  public init(_ message: String, hint: String? = nil) {
    self.message = message
    self.hint = hint
  }

  public var description: String { message + (hint.map { " (\($0))" } ?? "") }
}
