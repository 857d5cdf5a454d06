/// Suggestions for misspelt names ("did you mean `advisors`?").
package enum Spelling {
  /// The candidate nearest to `word` by Levenshtein distance (case-insensitive),
  /// if it is close enough to be a typo: at most 2 edits, or a third of the word.
  ///
  /// - Complexity: O(|word| × Σ |candidate|).
  package static func nearest(to word: String, among candidates: [String]) -> String? {
    let w = Array(word.lowercased())
    var best: (String, Int)?
    for c in candidates {
      let b = Array(c.lowercased())
      var row = Array(0...b.count)
      for (i, ca) in w.enumerated() {
        var previous = row[0]
        row[0] = i + 1
        for (j, cb) in b.enumerated() {
          let current = row[j + 1]
          row[j + 1] = Swift.min(row[j + 1] + 1, row[j] + 1, previous + (ca == cb ? 0 : 1))
          previous = current
        }
      }
      if best == nil || row[b.count] < best!.1 { best = (c, row[b.count]) }
    }
    guard let (name, d) = best, d <= Swift.max(2, w.count / 3) else { return nil }
    return name
  }
}
