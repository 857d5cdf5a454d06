/// The program version, printed by `tzsim --version` and written into results.
enum TZSimVersion {
  static let current = "0.1.0"
}
