extension Double {
  /// The shortest text that reads back to this value, without a trailing
  /// `.0`: `45`, `0.25`, `1e-09`; `NaN`, `infinity`, `-infinity`. For messages,
  /// scenario files and command-line output. (Stochastic, below this module,
  /// keeps a private copy.)
  package var shortestText: String {
    if isNaN { return "NaN" }
    if isInfinite { return self > 0 ? "infinity" : "-infinity" }
    if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
    return "\(self)"
  }
}
