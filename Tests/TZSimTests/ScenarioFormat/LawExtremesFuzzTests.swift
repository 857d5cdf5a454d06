import Foundation
import ScenarioFormat
import SimulationCore
import Stochastic
import TerritoryModel
import Testing

/// Every law a scenario accepts for a delay or a duration runs, whatever its
/// parameters: extremes (1e±300, 1e308, the smallest subnormal) in every
/// family, put in each law-valued key of the Troyes scenario (three months).
/// A law is refused at its `line:column`, or its draws beyond the horizon mean
/// "after the end": never a trap, never a hang.
@Suite("Scenarios: laws with extreme parameters are refused or run")
struct LawExtremesFuzzTests {
  /// The law-valued keys of the shortened Troyes scenario, by the text that holds each law.
  static let keys: [(key: String, law: String)] = [
    ("first_duration_minutes", "\"lognormal(mean: 45, sd: 20)\""),
    ("follow_up_duration_minutes", "\"lognormal(mean: 30, sd: 10)\""),
    ("delay_days", "\"uniform(min: 7, max: 45)\""),
    ("response_delay_days", "\"exponential(mean: 10)\""),
    ("meeting_delay_days", "\"exponential(mean: 1500)\""),
    ("patience_days", "\"exponential(mean: 20)\""),
  ]

  /// The base: the fuzz tests' three-month Troyes, with a patience law added and without its
  /// uncertain assumptions (the laws tested here are the model's, not the outer design's).
  static let base: String = {
    let text = ScenarioFuzzTests.base
    let withoutUncertainty = text.range(of: "\nuncertainty:").map { String(text[..<$0.lowerBound]) + "\n" } ?? text
    return withoutUncertainty.replacingOccurrences(
      of: "  follow_up_duration_minutes: \"lognormal(mean: 30, sd: 10)\"",
      with: "  follow_up_duration_minutes: \"lognormal(mean: 30, sd: 10)\"\n  patience_days: \"exponential(mean: 20)\"")
  }()

  static let extremes = ["1e300", "1e-300", "1e308", "5e-324", "-1e300", "0", "1"]

  /// Every family with each parameter in turn set to each extreme (the others at ordinary values).
  static let laws: [String] = {
    let forms: [(String, [(String, String)])] = [
      ("exponential", [("mean", "10")]),
      ("gamma", [("shape", "2"), ("scale", "5")]),
      ("gamma", [("mean", "10"), ("sd", "3")]),
      ("lognormal", [("mu", "2"), ("sigma", "1")]),
      ("lognormal", [("mean", "10"), ("sd", "3")]),
      ("weibull", [("shape", "1.5"), ("scale", "10")]),
      ("uniform", [("min", "1"), ("max", "10")]),
      ("triangular", [("min", "0"), ("mode", "1"), ("max", "10")]),
      ("constant", [("value", "3")]),
      ("poisson", [("mean", "3")]),
      ("normal", [("mean", "10"), ("sd", "2")]),
    ]
    var out = ["lognormal(mu: 5, sigma: 1e+300)", "triangular(min: 0, mode: 0, max: 1e308)", "gamma(mean: 1e300, sd: 1e-300)"]
    for (family, params) in forms {
      for i in params.indices {
        for x in extremes {
          var p = params
          p[i].1 = x
          out.append("\(family)(\(p.map { "\($0.0): \($0.1)" }.joined(separator: ", ")))")
        }
      }
    }
    return out
  }()

  @Test("each family's extremes in each law-valued key: refused at the key, or one replication runs", arguments: keys.indices)
  func extremes(_ k: Int) throws {
    let (key, original) = Self.keys[k]
    #expect(Self.base.contains("\(key): \(original)"), "the base holds \(key)")
    var ran = 0
    var refused = 0
    for law in Self.laws {
      let text = Self.base.replacingOccurrences(of: "\(key): \(original)", with: "\(key): \"\(law)\"")
      do {
        _ = try ScenarioFuzzTests.decodeAndRun(text, file: "extreme.yaml", seed: 7)
        ran += 1
      } catch let e as ScenarioErrors {
        // Refused at its place: the file, a line and a column, and the key.
        #expect(e.errors.allSatisfy { $0.line != nil && $0.description.hasPrefix("extreme.yaml:") }, "\(law): \(e)")
        #expect(e.errors.contains { $0.path.hasSuffix(key) }, "\(law) in \(key): \(e.errors.map(\.path))")
        refused += 1
      }
    }
    #expect(ran + refused == Self.laws.count)
    #expect(ran > 10 && refused > 10, "\(key): both paths exercised (\(ran) ran, \(refused) refused)")
  }

  @Test("the issue's law: lognormal(mu: 5, sigma: 1e+300) as the positioning delay runs to the end")
  func issueLaw() throws {
    let text = Self.base.replacingOccurrences(
      of: "delay_days: \"uniform(min: 7, max: 45)\"", with: "delay_days: \"lognormal(mu: 5, sigma: 1e+300)\"")
    #expect(!(try ScenarioFuzzTests.decodeAndRun(text, file: "issue.yaml")).rows.isEmpty)
  }
}
