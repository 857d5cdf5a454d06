import Foundation
import ScenarioFormat
import Studies
import TerritoryModel

/// What a run will cost, said before it starts: the estimated events per
/// replication and the time they take here, with a warning above
/// ``TerritoryParameters/eventWarningThreshold``.
struct RunBudget {
  /// Events a second one core handles in a release build (measured with
  /// `tzsim bench territory --jobs 1` and `tzsim bench overload`: 1.5–2.5 M;
  /// the lower end is used).
  static let eventsPerSecond = 1.5e6

  let events: Double

  init(parameters: TerritoryParameters) { events = parameters.estimatedEventsPerReplication }

  var secondsPerReplication: Double { events / Self.eventsPerSecond }

  var isLarge: Bool { events > TerritoryParameters.eventWarningThreshold }

  static func duration(_ seconds: Double) -> String {
    if seconds < 1 { return String(format: "%.2f s", seconds) }
    if seconds < 120 { return String(format: "%.0f s", seconds) }
    if seconds < 7200 { return String(format: "%.0f min", seconds / 60) }
    return String(format: "%.1f h", seconds / 3600)
  }

  var sentence: String {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    var s =
      "about \(TerritoryParameters.countText(events)) events per replication (≈ \(Self.duration(secondsPerReplication)) each here; "
      + "1,000 replications ≈ \(Self.duration(secondsPerReplication * 1000 / Double(cores))) on \(cores) core\(cores > 1 ? "s" : ""))."
    if isLarge { s = "warning: " + s + " This is a large run: try a few replications first." }
    return s
  }

  /// The outer design's cost: its draws, their inner replications and the
  /// tornado's, for the baseline (a comparison runs each draw for every variant).
  func uncertaintySentence(_ u: ScenarioUncertainty, replications: Int, variants: Int) -> String {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let tornado = (2 * u.inputs.count + 1) * min(replications, TornadoStudy.maximumReplications)
    let total = u.replicationCount * variants + tornado
    let n = { (x: Int) in TerritoryParameters.countText(Double(x)) }
    return
      "uncertain assumptions: \(u.inputs.count) key\(u.inputs.count > 1 ? "s" : ""), \(n(u.draws)) draws × \(u.replications) replications"
      + (variants > 1 ? " × \(variants) variants" : "") + " + \(n(tornado)) for the tornado = \(n(total)) replications more "
      + "(≈ \(n(Int((Double(total) * events).rounded()))) events, \(Self.duration(secondsPerReplication * Double(total) / Double(cores))) on \(cores) core\(cores > 1 ? "s" : ""))."
  }
}
