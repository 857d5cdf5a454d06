import ArgumentParser
import Foundation
import ResultsExport
import Studies

/// Sizes refused with a message instead of exhausting memory or patience.
enum Limits {
  static let maxReplications = 100_000
}
