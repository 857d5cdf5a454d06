import Foundation

/// A progress bar with the time left, on stderr, only when stderr is a
/// terminal (silent in pipes, files and CI).
struct Progress {
  let total: Int
  let enabled: Bool
  let start = ContinuousClock.now
  var lastDraw = ContinuousClock.now - .seconds(1)

  init(total: Int, quiet: Bool) {
    self.total = total
    enabled = !quiet && isatty(STDERR_FILENO) == 1
  }

  mutating func update(done: Int) {
    guard enabled else { return }
    let now = ContinuousClock.now
    guard done == total || now - lastDraw > .milliseconds(100) else { return }
    lastDraw = now
    let elapsed = Double((now - start).components.seconds) + Double((now - start).components.attoseconds) * 1e-18
    let left = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
    let width = 30
    let filled = total > 0 ? width * done / total : width
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let line = "\r\(bar) \(done)/\(total) réplications, reste ≈ \(Int(left.rounded())) s "
    FileHandle.standardError.write(Data(line.utf8))
    if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
