/// Where a value stands in a scenario, written as in the files, the messages
/// and the command line: `sites[troyes].walk_ins_per_week`,
/// `tzcld.ebe.hiring_capacity[0].per_month`, `communes[10387]`; with `[]` for
/// any entry, the pattern of a key (`sites[].walk_ins_per_week`). The one
/// parser and the one printer of that grammar.
///
/// ```swift
/// let path = ParameterPath(parsing: "sites[troyes].walk_ins_per_week")
/// path.segments      // [.key("sites"), .entry("troyes"), .key("walk_ins_per_week")]
/// path.pattern       // sites[].walk_ins_per_week
/// ParameterPath().key("sites").entry("troyes").key("advisors").description  // "sites[troyes].advisors"
/// ```
public struct ParameterPath: Hashable, Sendable, CustomStringConvertible {
  public enum Segment: Hashable, Sendable {
    /// A mapping's key written as a word: `.advisors`.
    case key(String)
    /// A list entry (by id or index) or a key written in brackets; `""` is any entry (`[]`).
    case entry(String)
  }

  public private(set) var segments: [Segment]

  public init(_ segments: [Segment] = []) { self.segments = segments }

  /// Reads `text`: words separated by `.`, entries in `[…]` (their text kept
  /// as it is, dots included). Empty words are skipped; an unclosed `[` takes
  /// the rest of the text as a word.
  public init(parsing text: String) {
    var out: [Segment] = []
    var current = ""
    var inBracket = false
    for ch in text {
      switch ch {
      case "." where !inBracket:
        if !current.isEmpty { out.append(.key(current)) }
        current = ""
      case "[" where !inBracket:
        if !current.isEmpty { out.append(.key(current)) }
        current = ""
        inBracket = true
      case "]" where inBracket:
        out.append(.entry(current))
        current = ""
        inBracket = false
      default: current.append(ch)
      }
    }
    if !current.isEmpty { out.append(.key(current)) }
    segments = out
  }

  public var description: String {
    var out = ""
    for segment in segments {
      switch segment {
      case .key(let k): out += out.isEmpty ? k : "." + k
      case .entry(let e): out += "[\(e)]"
      }
    }
    return out
  }

  public var isEmpty: Bool { segments.isEmpty }

  /// This path followed by the key `name`.
  public func key(_ name: String) -> ParameterPath { ParameterPath(segments + [.key(name)]) }

  /// This path followed by the entry `id` (`""`: any entry).
  public func entry(_ id: String) -> ParameterPath { ParameterPath(segments + [.entry(id)]) }

  /// The same place with every entry made `[]`: the key a ``ParameterRange`` is declared for.
  public var pattern: ParameterPath {
    ParameterPath(
      segments.map {
        if case .entry = $0 { return .entry("") }
        return $0
      })
  }
}
