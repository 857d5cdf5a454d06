import ArgumentParser

/// Reads `--seed`: a whole number from 0 to 2⁶⁴ − 1. Parsed unconditionally
/// so that `--seed -1` is answered about the seed, not as a missing value.
enum SeedArgument {
  static func parse(_ text: String) throws -> UInt64 {
    guard let seed = UInt64(text) else {
      throw ValidationError("--seed must be a whole number from 0 to \(UInt64.max), found `\(text)`")
    }
    return seed
  }
}
