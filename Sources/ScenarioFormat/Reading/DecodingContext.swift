internal import Yams

/// Collects the problems found while decoding one file, so that a planner
/// sees them all at once, each with its place.
final class DecodingContext {
  let file: String
  private(set) var errors: [ScenarioError] = []
  /// Remarks on a valid file: a rule applied that the planner may not expect.
  private(set) var notes: [ScenarioError] = []

  init(file: String) { self.file = file }

  func fail(_ node: Node?, _ path: String, _ message: String, hint: String? = nil) {
    let mark = node?.mark
    errors.append(ScenarioError(file: file, line: mark?.line, column: mark?.column, path: path, message: message, hint: hint))
  }

  /// A problem found elsewhere (a file the study names), kept as it was placed.
  func add(_ error: ScenarioError) { errors.append(error) }

  func note(_ node: Node?, _ path: String, _ message: String) {
    let mark = node?.mark
    notes.append(ScenarioError(file: file, line: mark?.line, column: mark?.column, path: path, message: message))
  }
}
