internal import Yams

/// Reads a scenario file's text into a YAML node tree, refusing before
/// parsing what could exhaust memory or the stack: more than 1 MiB, bytes
/// that are not UTF-8 text, nesting deeper than 64 levels, and anchors and
/// aliases (`&a`, `*a`), which could expand exponentially (Yams resolves
/// aliases without keeping a trace of them, so they are found in the text).
struct YAMLDocument {
  static let maxBytes = 1 << 20
  static let maxDepth = 64

  let root: Node
  let file: String

  init(bytes: [UInt8], file: String) throws(ScenarioErrors) {
    func fail(_ message: String, line: Int? = nil, column: Int? = nil, hint: String? = nil) -> ScenarioErrors {
      ScenarioErrors([ScenarioError(file: file, line: line, column: column, path: "", message: message, hint: hint)])
    }
    self.file = file
    guard !bytes.isEmpty else { throw fail("the file is empty", hint: "start from `tzsim init`") }
    guard bytes.count <= Self.maxBytes else { throw fail("the file has \(bytes.count) bytes; a scenario has at most 1 MiB") }
    if bytes.contains(0) { throw fail("the file contains NUL bytes: it is not a text file") }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw fail("the file is not UTF-8 text", hint: "save it as UTF-8")
    }
    // Nesting: flow brackets outside quotes and comments, and indentation.
    var depth = 0
    var line = 1
    var column = 0
    var quote: Character?
    var comment = false
    var atLineStart = true
    var indent = 0
    var previous: Character = "\n"
    for ch in text {
      defer { previous = ch }
      column += 1
      if ch == "\n" {
        line += 1
        column = 0
        comment = false
        atLineStart = true
        indent = 0
        continue
      }
      if atLineStart {
        if ch == " " {
          indent += 1
          if indent > 2 * Self.maxDepth {
            throw fail(
              "the text is indented more than \(2 * Self.maxDepth) columns", line: line, column: column,
              hint: "a scenario nests at most \(Self.maxDepth) levels")
          }
          continue
        }
        atLineStart = false
      }
      if comment { continue }
      if let q = quote {
        if ch == q { quote = nil }
        continue
      }
      // An anchor or an alias is `&` or `*` at the start of a token (in a plain
      // scalar they cannot start one): refuse them, they can expand exponentially.
      if (ch == "&" || ch == "*") && (previous.isWhitespace || "[{,:-".contains(previous)) {
        throw fail(
          "anchors and aliases (`&name`, `*name`) are not allowed in scenario files", line: line, column: column,
          hint: "write the value out")
      }
      switch ch {
      case "#": comment = previous.isWhitespace || previous == "\n"
      case "\"", "'": quote = ch
      case "[", "{":
        depth += 1
        if depth > Self.maxDepth { throw fail("the text nests more than \(Self.maxDepth) levels", line: line, column: column) }
      case "]", "}": depth = max(0, depth - 1)
      default: break
      }
    }
    let node: Node?
    do {
      node = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw Self.describe(error, file: file)
    } catch {
      throw fail("the file could not be read as YAML: \(error)")
    }
    guard let node else { throw fail("the file holds no YAML document", hint: "start from `tzsim init`") }
    root = node
  }

  static func describe(_ error: YamlError, file: String) -> ScenarioErrors {
    func make(_ problem: String, _ mark: Mark?) -> ScenarioErrors {
      ScenarioErrors([ScenarioError(file: file, line: mark?.line, column: mark?.column, path: "", message: "not valid YAML: \(problem)")])
    }
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
      return make(problem, mark)
    case .duplicatedKeysInMapping(let duplicates, let context):
      return make("key `\(duplicates.joined(separator: "`, `"))` appears twice in the same mapping", context.mark)
    case .reader(let problem, _, _, _):
      return make(problem, nil)
    default:
      return make("\(error)", nil)
    }
  }
}
