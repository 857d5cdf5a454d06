import Foundation
import ScenarioFormat
import SimulationCore
import Stochastic
import TerritoryModel
import Testing
import Yams

/// Every scenario `validate` accepts runs. Variants of the shipped scenarios
/// are made by walking their YAML tree and setting one or two values (every
/// number, every distribution, every date) to boundary and hostile values;
/// each variant is either refused with placed messages or simulated to the end.
/// Seeded: a failure names the seed, the key and the value, to replay it.
@Suite("Scenarios: structure-aware fuzzing")
struct StructureFuzzTests {
  static let numbers = ["0", "-1", "-0.0", "1e-9", "0.5", "1", "3", "1e4", "1e308", ".nan", ".inf", "-1e9"]
  static let distributions = [
    "constant(value: 0)", "constant(value: -5)", "exponential(mean: 1e-9)", "exponential(mean: 1e5)",
    "gamma(shape: 0.001, scale: 1000)", "gamma(mean: 1e-6, sd: 10)", "lognormal(mu: 30, sigma: 5)", "lognormal(mean: 1, sd: 1e4)",
    "normal(mean: 10, sd: 8)", "normal(mean: 0, sd: 1e-9)", "uniform(min: -10, max: 30)", "uniform(min: 0, max: 1e-9)",
    "triangular(min: 0, mode: 0, max: 1e5)", "weibull(shape: 0.05, scale: 1)", "poisson(mean: 0)", "binomial(trials: 3, p: 1)",
    "bernoulli(p: 0.5)",
  ]
  static let dates = ["2019-06-03", "2020-01-01", "2020-02-29", "2020-03-31", "2020-04-01", "1999-12-31", "2099-01-01"]

  /// A shipped scenario cut to its first three months, so that every accepted variant can be run.
  static func base(_ file: String) throws -> String {
    let text = try String(contentsOf: TestPaths.root.appendingPathComponent("Scenarios/\(file)"), encoding: .utf8)
    let line = text.range(of: #"(?m)^start: \d{4}-\d{2}-\d{2}"#, options: .regularExpression).map { String(text[$0].suffix(10)) }!
    let end = CivilDate(iso: line)!.adding(days: 91).description
    return text.replacingOccurrences(of: #"(?m)^end: .*$"#, with: "end: \(end)", options: .regularExpression)
      .replacingOccurrences(of: #"date: \d{4}-\d{2}-\d{2}"#, with: "date: \(end)", options: .regularExpression)
      .replacingOccurrences(of: #"year: \d{4}"#, with: "date: \(end)", options: .regularExpression)
  }

  enum Kind { case number, distribution, date }

  /// The scalars of a tree in document order, with what kind of value each holds.
  static func scalars(_ node: Node, _ out: inout [Kind?]) {
    switch node {
    case .scalar(let s):
      let v = s.string
      if Double(v) != nil {
        out.append(.number)
      } else if v.range(of: #"^[a-z]+\(.*\)$"#, options: .regularExpression) != nil {
        out.append(.distribution)
      } else if v.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil {
        out.append(.date)
      } else {
        out.append(nil)
      }
    case .mapping(let m): for (k, v) in m { scalars(k, &out); scalars(v, &out) }
    case .sequence(let q): for v in q { scalars(v, &out) }
    case .alias: break
    }
  }

  /// The tree with scalar number `target` (document order) replaced by `value`.
  static func replacing(_ node: Node, _ target: Int, _ value: String, _ counter: inout Int) -> Node {
    switch node {
    case .scalar(let s):
      defer { counter += 1 }
      return counter == target ? .scalar(Node.Scalar(value)) : .scalar(s)
    case .mapping(let m):
      return .mapping(Node.Mapping(m.map { (replacing($0.key, target, value, &counter), replacing($0.value, target, value, &counter)) }))
    case .sequence(let q):
      return .sequence(Node.Sequence(q.map { replacing($0, target, value, &counter) }))
    case .alias: return node
    }
  }

  @Test(
    "variants of the shipped scenarios are refused with placed messages or run to the end",
    arguments: ["troyes-2020.yaml", "troyes-champagne-2023.yaml", "troyes-2020-staffing.yaml", "starter.yaml"])
  func variants(_ file: String) throws {
    let root = try #require(try Yams.compose(yaml: try Self.base(file)))
    var kinds: [Kind?] = []
    Self.scalars(root, &kinds)
    let mutable = kinds.indices.filter { kinds[$0] != nil }
    let seed = UInt32(7 + file.utf8.count)
    let stream = RandomStream(seed: seed)
    var refused = 0
    var ran = 0
    for variant in 0..<500 {
      var node = root
      var changes: [String] = []
      for _ in 0..<(1 + stream.uniformInt(below: 2)) {
        let target = mutable[stream.uniformInt(below: mutable.count)]
        let pool =
          switch kinds[target]! {
          case .number: Self.numbers
          case .distribution: Self.distributions
          case .date: Self.dates
          }
        let value = pool[stream.uniformInt(below: pool.count)]
        var counter = 0
        node = Self.replacing(node, target, value, &counter)
        changes.append("scalar \(target) := \(value)")
      }
      let text = try Yams.serialize(node: node)
      let replay = "\(file), seed \(seed), variant \(variant): \(changes.joined(separator: ", "))"
      let scenario: Scenario
      do {
        scenario = try ScenarioDecoder.decode(text: text, file: "variant.yaml")
      } catch {
        #expect(!error.errors.isEmpty && error.errors.allSatisfy { $0.description.hasPrefix("variant.yaml") }, "unplaced: \(replay)")
        refused += 1
        continue
      }
      // Accepted: the scenario and every option (what `run` and `compare` do) must run to the end.
      do {
        var model = TerritorySimulation(
          plan: try TerritoryPlan(parameters: scenario.parameters), seeder: StreamSeeder(masterSeed: 1), replication: 0)
        let result = model.run()
        #expect(result.rows.allSatisfy { !$0.value.isNaN || $0.kpi.hasSuffix("_days") }, "NaN figure: \(replay)")
        for option in scenario.options {
          let parameters = try ScenarioDecoder.parameters(of: option, in: scenario, file: "variant.yaml")
          var optionModel = TerritorySimulation(
            plan: try TerritoryPlan(parameters: parameters), seeder: StreamSeeder(masterSeed: 1), replication: 0)
          _ = optionModel.run()
        }
        ran += 1
      } catch {
        Issue.record("accepted by validate, refused later: \(replay): \(error)")
      }
    }
    #expect(ran > 50 && refused > 50, "both paths exercised: \(ran) ran, \(refused) refused")
  }
}
