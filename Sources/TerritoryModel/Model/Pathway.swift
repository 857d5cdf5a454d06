/// The pathway a person follows after the first appointment, in the order of
/// the scenario's `pathways.choice` (which `validate` checks).
enum Pathway: UInt8, CaseIterable {
  case autonomous = 0, workshops, reinforced, positioning

  /// Identifier in traces and scenario files.
  var id: String { PathwayParameters.pathwayLabels[Int(rawValue)] }
}
