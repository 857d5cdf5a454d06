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

  /// The same problem in French (``MessageCatalogue``): message and hint translated, the place and key path unchanged.
  public var french: ScenarioError {
    ScenarioError(
      file: file, line: line, column: column, path: path, message: MessageCatalogue.french(message), hint: hint.map(MessageCatalogue.french)
    )
  }

  /// Whether the catalogue has the French of the message and of its hint.
  public var isTranslated: Bool { MessageCatalogue.translates(message) && (hint.map(MessageCatalogue.translates) ?? true) }

  /// The line a terminal prints, in English or in French:
  /// `t.yaml:9:24: erreur : à `sites[centre].advisors` : doit être… Indice`.
  public func text(french: Bool) -> String {
    guard french else { return description }
    let f = self.french
    var place = file.isEmpty ? "scénario" : file
    if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
    let at = path.isEmpty ? "" : "à `\(path)` : "
    return "\(place) : erreur : \(at)\(f.message)" + (f.hint.map { ". " + $0.prefix(1).uppercased() + $0.dropFirst() } ?? "")
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
