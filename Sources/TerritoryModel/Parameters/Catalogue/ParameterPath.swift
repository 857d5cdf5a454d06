/// Where a value stands in a scenario, written as in the files, the messages
/// and the command line: `sites[troyes].referrals_per_week`,
/// `money.cde_rate[0].value`, `communes[10387]`; with `[]` for
/// any entry, the pattern of a key (`sites[].referrals_per_week`). The one
/// parser and the one printer of that grammar.
///
/// ```swift
/// let path = ParameterPath(parsing: "sites[troyes].referrals_per_week")
/// path.segments      // [.key("sites"), .entry("troyes"), .key("referrals_per_week")]
/// path.pattern       // sites[].referrals_per_week
/// ParameterPath().key("sites").entry("troyes").key("advisors").description  // "sites[troyes].advisors"
/// ```
public struct ParameterPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
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

  public init(stringLiteral text: String) { self.init(parsing: text) }

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

  /// This path without its last segment.
  public var parent: ParameterPath { ParameterPath(Array(segments.dropLast())) }

  /// The mapping keys of the path, in order (entries left out).
  public var keys: [String] {
    segments.compactMap {
      if case .key(let k) = $0 { return k }
      return nil
    }
  }

  /// This pattern with its `[]` replaced by `entries`, in order (any left over stay `[]`).
  public func filling(_ entries: [String]) -> ParameterPath { filling(entries.map { .entry($0) }) }

  /// This pattern with its `[]` replaced by `segments`, in order: an entry, or
  /// a key for a mapping whose keys are fixed words (`pathways.choice.workshops`).
  public func filling(_ entries: [Segment]) -> ParameterPath {
    var rest = entries[...]
    return ParameterPath(
      segments.map {
        guard $0 == .entry(""), let e = rest.popFirst() else { return $0 }
        return e
      })
  }

  /// The entries this path gives to the `[]` of `pattern`, or nil when it is
  /// not a place of the pattern. A map's key may be written either way
  /// (`pathways.choice.workshops` or `pathways.choice[workshops]`).
  public func entries(matching pattern: ParameterPath) -> [String]? {
    guard segments.count == pattern.segments.count else { return nil }
    var out: [String] = []
    for (s, p) in zip(segments, pattern.segments) {
      switch (s, p) {
      case (.key(let a), .key(let b)) where a == b: continue
      case (.entry(let e), .entry("")), (.key(let e), .entry("")): out.append(e)
      default: return nil
      }
    }
    return out
  }
}
