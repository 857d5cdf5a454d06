/// Why a set of parameters cannot be simulated: every problem found, each with
/// the key path of the value at fault (as spelled in scenario files, e.g.
/// `sites[troyes].advisors[0].availability_share`), what is wrong, and a hint.
public struct ParameterError: Error, Equatable, Sendable, CustomStringConvertible {
  public struct Issue: Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String
    public let hint: String?

    public init(path: String, message: String, hint: String? = nil) {
      self.path = path
      self.message = message
      self.hint = hint
    }

    public var description: String { "`\(path)`: \(message)" + (hint.map { " (\($0))" } ?? "") }
  }

  public let issues: [Issue]

  public init(issues: [Issue]) { self.issues = issues }

  public var description: String { issues.map(\.description).joined(separator: "\n") }
}
