/// Why a data file cannot be imported: the file, what is wrong and a hint.
/// It never quotes a row's content (a list of registrants holds personal
/// data): at most a line number and a column's header.
public struct ImportProblem: Error, Equatable, Sendable, CustomStringConvertible {
  public let file: String
  public let message: String
  public let hint: String?

  public init(file: String, _ message: String, hint: String? = nil) {
    self.file = file
    self.message = message
    self.hint = hint
  }

  public var description: String { "\(file): error: \(message)" + (hint.map { "\n  hint: \($0)" } ?? "") }
}
