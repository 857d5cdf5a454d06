import Studies

/// The program version, printed by `tzsim --version` and written into results.
enum TZSimVersion {
  static let current = ProgramVersion.current
}
