import SimulationCore
import Stochastic

/// The problems ``TerritoryParameters/validate()`` finds, collected rule group
/// by rule group, with the checks several groups share: a commune code the
/// territory knows, a law that cannot draw a negative delay.
struct ValidationIssues {
  private(set) var issues: [ParameterError.Issue]
  private let communeCodes: Set<String>
  private let known: [String]

  init(_ issues: [ParameterError.Issue], communes: [Commune]) {
    self.issues = issues
    known = communes.map(\.inseeCode)
    communeCodes = Set(known)
  }

  mutating func fail(_ path: String, _ message: String, _ hint: String? = nil) {
    issues.append(.init(path: path, message: message, hint: hint))
  }

  /// `code` must be a commune of the territory.
  mutating func commune(_ path: String, _ code: String) {
    if !communeCodes.contains(code) {
      fail(
        path, "unknown commune `\(code)`",
        Spelling.nearest(to: code, among: known).map { "did you mean `\($0)`?" } ?? "use an INSEE code of the territory")
    }
  }

  /// Delays, durations and counts cannot be negative: the distribution's support must not be either.
  mutating func nonNegative(_ path: String, _ d: Distribution) {
    if !(d.lowerBound >= 0) {
      let reach = d.lowerBound.isFinite ? "down to \(d.lowerBound.shortestText)" : "below any bound"
      fail(
        path, "`\(d)` can draw negative values (\(reach)); a delay or duration cannot be negative",
        "use a distribution on [0, ∞) such as `lognormal(mean: \(Swift.max(d.mean, 1).shortestText), sd: …)` or `gamma(mean: …, sd: …)`")
    }
  }
}
