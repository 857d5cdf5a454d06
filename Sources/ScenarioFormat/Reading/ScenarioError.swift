/// A problem in a scenario file, said where and what: the file, `line:column`,
/// the key path, what was expected and found, and a hint.
///
/// ```text
/// Scenarios/troyes-2020.yaml:14:5: error: at `sites[troyes].advisers`: unknown key. Did you mean `advisors`?
/// ```
public struct ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var column: Int?
  /// Key path as written in the file, e.g. `sites[troyes].advisors[0].availability_share`.
  public var path: String
  public var message: String
  public var hint: String?

  public init(file: String = "", line: Int? = nil, column: Int? = nil, path: String, message: String, hint: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.path = path
    self.message = message
    self.hint = hint
  }

  public var description: String {
    var place = file.isEmpty ? "scenario" : file
    if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
    let at = path.isEmpty ? "" : "at `\(path)`: "
    return "\(place): error: \(at)\(message)" + (hint.map { ". " + $0.prefix(1).uppercased() + $0.dropFirst() } ?? "")
  }
}

/// All the problems of one scenario file, in file order.
public struct ScenarioErrors: Error, Equatable, Sendable, CustomStringConvertible {
  public let errors: [ScenarioError]
  public init(_ errors: [ScenarioError]) { self.errors = errors }
  public var description: String { errors.map(\.description).joined(separator: "\n") }
}
