import Foundation

/// The French of TZSim's messages to planners, in one catalogue: each English
/// message the program writes (its template, with `{}` where a value goes) and
/// its French, as a translator's catalogue (gettext) keys each sentence by its
/// source text. The English stays in the code, where the message is made, and is
/// what `--lang en` prints; French pages and `--lang fr` print the catalogue's French.
///
/// A value put in a message (`{}`) is copied as it is (a key, a number, an id),
/// except words of the ``glossary`` (units, kinds of value), which are translated.
/// A message the catalogue does not know is given in English, and
/// ``translates(_:)`` says so: the tests hold every message of the scenario
/// checks against it.
///
/// ```swift
/// MessageCatalogue.french("must be a whole number between 1 and 1000 (advisors), found -2")
/// // "doit être un nombre entier entre 1 et 1000 (conseillers), trouvé -2"
/// ```
public enum MessageCatalogue {
  struct Entry {
    let english: String
    let french: String
    let pattern: NSRegularExpression
  }

  /// The entries, their patterns compiled once (from escaped literals: a pattern that would not
  /// compile is left out, and a test counts them all in).
  static let compiled: [Entry] = entries.compactMap { e in
    var pattern = "^"
    let parts = e.en.components(separatedBy: "{}")
    for (i, part) in parts.enumerated() {
      pattern += NSRegularExpression.escapedPattern(for: part)
      if i < parts.count - 1 { pattern += "(.+?)" }
    }
    pattern += "$"
    guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return nil }
    return Entry(english: e.en, french: e.fr, pattern: regex)
  }

  /// `text` in French: the catalogue's French with the values put back, or `text` itself when the
  /// catalogue has no entry for it.
  public static func french(_ text: String) -> String { known(text) ?? text }

  /// Whether the catalogue has the French of `text`.
  public static func translates(_ text: String) -> Bool { known(text) != nil }

  /// The French of `text` as a whole or, a message made of sentences (`. ` between them),
  /// sentence by sentence; nil when the catalogue lacks it.
  static func known(_ text: String) -> String? {
    if let t = translated(text) { return t }
    let sentences = text.components(separatedBy: ". ")
    guard sentences.count > 1 else { return nil }
    var out: [String] = []
    for s in sentences {
      guard let t = translated(s) else { return nil }
      out.append(t)
    }
    return out.joined(separator: ". ")
  }

  /// The entry's French for `text`, trying it also with its first letter capitalised (hints are
  /// written in lower case and capitalised when printed): the French then starts in lower case.
  static func translated(_ text: String) -> String? {
    if let t = exactly(text) { return t }
    guard let first = text.first, first.isLowercase else { return nil }
    return exactly(first.uppercased() + text.dropFirst()).map { $0.prefix(1).lowercased() + $0.dropFirst() }
  }

  static func exactly(_ text: String) -> String? {
    let range = NSRange(text.startIndex..., in: text)
    for e in compiled {
      guard let m = e.pattern.firstMatch(in: text, range: range) else { continue }
      var values: [String] = []
      for i in 1..<max(1, m.numberOfRanges) {
        guard let r = Range(m.range(at: i), in: text) else { continue }
        let v = String(text[r])
        // A value may itself be a message (« with option `x`, must be… »): it is translated too.
        values.append(glossary[v] ?? (v.count < text.count ? translated(v) : nil) ?? v)
      }
      var out = ""
      let parts = e.french.components(separatedBy: "{}")
      for (i, part) in parts.enumerated() {
        out += part
        if i < parts.count - 1 { out += i < values.count ? values[i] : "" }
      }
      return out
    }
    return nil
  }
}
