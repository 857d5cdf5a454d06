/// The lines two texts share and those that differ, in order (a longest
/// common subsequence of lines), for showing two versions of a scenario side
/// by side.
///
/// ```swift
/// let d = LineDiff(old: "a\nb\nc", new: "a\nB\nc")
/// d.lines   // [.same("a"), .removed("b"), .added("B"), .same("c")]
/// ```
public struct LineDiff: Sendable, Equatable {
  public enum Line: Sendable, Equatable {
    case same(String)
    case removed(String)
    case added(String)
  }

  public let lines: [Line]

  /// Whether the two texts differ.
  public var hasChanges: Bool { lines.contains { if case .same = $0 { false } else { true } } }

  /// Lines only in the old text and lines only in the new one.
  public var counts: (removed: Int, added: Int) {
    lines.reduce(into: (0, 0)) { c, l in
      switch l {
      case .removed: c.0 += 1
      case .added: c.1 += 1
      case .same: break
      }
    }
  }

  public init(old: String, new: String) {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Common head and tail first: the table is only built for the part that differs.
    var head = 0
    while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
    var tail = 0
    while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
    let x = Array(a[head..<(a.count - tail)])
    let y = Array(b[head..<(b.count - tail)])
    // lcs[i][j]: length of the longest common subsequence of x[i...] and y[j...].
    var lcs = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in stride(from: x.count - 1, through: 0, by: -1) {
      for j in stride(from: y.count - 1, through: 0, by: -1) {
        lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
      }
    }
    var out = a[..<head].map(Line.same)
    var i = 0
    var j = 0
    while i < x.count || j < y.count {
      if i < x.count, j < y.count, x[i] == y[j] {
        out.append(.same(x[i]))
        i += 1
        j += 1
      } else if j < y.count, i == x.count || lcs[i][j + 1] > lcs[i + 1][j] {
        out.append(.added(y[j]))
        j += 1
      } else {
        out.append(.removed(x[i]))
        i += 1
      }
    }
    out += a[(a.count - tail)...].map(Line.same)
    lines = out
  }
}
