import Foundation
import ScenarioFormat
import Stochastic
import TerritoryModel
import Testing
import Yams

/// The `uncertainty` section: read, placed refusals, every draw valid, written back.
@Suite("Scenarios: uncertain assumptions")
struct UncertaintySectionTests {
  static let starter = String(decoding: EmbeddedScenarios.starter, as: UTF8.self)

  static func section(_ laws: String, points: Int = 4, replications: Int = 2) -> String {
    "\nuncertainty:\n  points: \(points)\n  replications: \(replications)\n  laws:\n" + laws
  }

  static func errors(_ text: String) -> [ScenarioError] {
    do {
      _ = try ScenarioDecoder.decode(text: text, file: "u.yaml")
      return []
    } catch { return error.errors }
  }

  /// The line of the first line of `text` containing `needle` (1-based).
  static func line(of needle: String, in text: String) -> Int? {
    text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
  }

  @Test("a section is read into inputs with their laws and sources, and the effective dump reads back to the same")
  func reads() throws {
    let text =
      Self.starter
      + Self.section(
        """
            - key: sites[centre].walk_ins_per_week
              law: "lognormal(mean: 6, sd: 2)"
              source: "ASSUMPTION: a guess"
            - key: sites[centre].advisors
              law: "values(values: [1, 2, 3], weights: [1, 2, 1])"
              source: "staffing 2019"
            - key: workshops[job-search].enrol_probability
              law: "beta(mean: 0.7, sd: 0.1)"
              source: "ASSUMPTION"
        """, points: 8, replications: 3)
    let s = try ScenarioDecoder.decode(text: text, file: "u.yaml")
    let u = try #require(s.uncertainty)
    #expect(u.points == 8 && u.replications == 3 && u.draws == 8 * 5 && u.replicationCount == 120)
    #expect(
      u.inputs.map(\.path.description) == [
        "sites[centre].walk_ins_per_week", "sites[centre].advisors", "workshops[job-search].enrol_probability",
      ])
    #expect(u.inputs[1].law == .values([1, 2, 3], weights: [1, 2, 1]))
    #expect(u.inputs[0].source == "ASSUMPTION: a guess")
    // A whole-number key takes whole values; each value stays in its key's range.
    #expect(Set(u.design.points.map { u.inputs[1].value(at: $0[1]) }) == [1, 2, 3])
    let back = try ScenarioDecoder.decode(text: ScenarioWriter.effectiveYAML(s), file: "dump.yaml")
    #expect(back.uncertainty == u)
    // Without the section, nothing is written (the dump of older scenarios does not change).
    #expect(!ScenarioWriter.effectiveYAML(try ScenarioDecoder.decode(text: Self.starter, file: "s.yaml")).contains("uncertainty"))
  }

  @Test(
    "each refusal is placed at its entry with a hint",
    arguments: [
      (
        "    - {key: \"sites[centre].walk_in_per_week\", law: \"uniform(min: 1, max: 2)\", source: s}\n", "is not a number of the scenario",
        "did you mean"
      ),
      (
        "    - {key: \"sites[nowhere].advisors\", law: \"uniform(min: 1, max: 2)\", source: s}\n", "names nothing in the scenario",
        "sites[centre].advisors"
      ),
      (
        "    - {key: pathways.choice.autonomous, law: \"uniform(min: 0.1, max: 0.2)\", source: s}\n", "share of a law",
        "change it in the scenario"
      ),
      (
        "    - {key: \"sites[centre].advisors\", law: \"uniform(min: 2000, max: 3000)\", source: s}\n", "no probability to the key's range",
        "inside the range"
      ),
      ("    - {key: \"sites[centre].advisors\", law: \"uniform(min: 3, max: 2)\", source: s}\n", "min must be below max", "triangular"),
      ("    - {key: \"sites[centre].advisors\", law: \"gamma(shape: 2, scale: 1)\", source: s}\n", "unknown law `gamma`", nil),
      ("    - {key: \"sites[centre].advisors\", law: \"uniform(min: 1, max: 3)\"}\n", "missing key `source`", nil),
      (
        "    - {key: \"sites[centre].advisors\", law: \"uniform(min: 1, max: 3)\", source: s}\n    - {key: \"sites[centre].advisors\", law: \"uniform(min: 1, max: 2)\", source: s}\n",
        "has a law already", "one law"
      ),
    ] as [(String, String, String?)])
  func refusals(_ laws: String, _ message: String, _ hint: String?) {
    let text = Self.starter + Self.section(laws)
    let found = Self.errors(text)
    #expect(found.count == 1, "\(found)")
    guard let e = found.first else { return }
    #expect(e.message.contains(message), "\(e.message)")
    if let hint { #expect(e.hint?.contains(hint) == true, "\(e.hint ?? "no hint")") }
    // Placed on the entry's own line (the second entry's for a key given twice).
    let expected = message.contains("has a law") ? Self.line(of: "max: 2)", in: text) : Self.line(of: "    - {key:", in: text)
    #expect(e.line == expected && e.column != nil, "\(e)")
  }

  static let joint = """
        - keys: ["sites[centre].walk_ins_per_week", "sites[centre].advisors"]
          joint_normal:
            mean: [6, 2]
            sd: [1.5, 0.5]
            correlation:
              - [1, -0.4]
              - [-0.4, 1]
          source: "tzsim calibrate on observe.csv"
        - key: workshops[job-search].enrol_probability
          law: "beta(mean: 0.7, sd: 0.1)"
          source: "ASSUMPTION"
    """

  @Test("keys fitted together: one joint law for several keys, drawn in order, each marginal its normal, read back from the dump")
  func jointLaw() throws {
    let s = try ScenarioDecoder.decode(text: Self.starter + Self.section(Self.joint, points: 8), file: "u.yaml")
    let u = try #require(s.uncertainty)
    #expect(u.inputs.count == 3 && u.draws == 8 * 5)
    #expect(u.inputs.map { $0.joint?.position } == [0, 1, nil])
    #expect(u.inputs[1].law == .normal(mean: 2, sd: 0.5))
    #expect(u.inputs[1].lawDescription == "normal(mean: 2, sd: 0.5), joint with sites[centre].walk_ins_per_week (ρ = −0.40)")
    #expect([0, 1, 1, 2].map { u.entry(ofInput: $0) } == [0, 0, 0, 1])
    // The second key moves against the first: drawn at the same level, a high first value pulls the second down.
    let high = u.inputs.values(at: [0.9, 0.5, 0.5])
    let low = u.inputs.values(at: [0.1, 0.5, 0.5])
    #expect(high[0] > low[0] && high[1] <= low[1])
    // The median of the first key: its mean (the range [0, ∞) cuts 3·10⁻⁵ of the law off).
    #expect(abs(u.inputs.values(at: [0.5, 0.5, 0.5])[0] - 6) < 1e-3)
    let back = try ScenarioDecoder.decode(text: ScenarioWriter.effectiveYAML(s), file: "dump.yaml")
    #expect(back.uncertainty == u)
    // The schema a planner's editor uses accepts the dump.
    let schema = try JSONSchemaCheck(data: Data(contentsOf: TestPaths.file("Scenarios/tzsim-scenario.schema.json")))
    let node = try #require(try Yams.compose(yaml: ScenarioWriter.effectiveYAML(s)))
    #expect(schema.validate(JSONSchemaCheck.value(of: node)) == [])
  }

  @Test(
    "a joint law's refusals are placed at the law (its first line) or at the key, with the reason",
    arguments: [
      ("[1, -0.4]", "[1, 1.4]", "between −1 and 1", "mean: [6"),
      ("[-0.4, 1]", "[-0.3, 1]", "symmetric", "mean: [6"),
      ("mean: [6, 2]", "mean: [6]", "`mean` has 1 values for 2 keys", "mean: [6"),
      ("\"sites[centre].advisors\"]", "\"sites[centre].advisor\"]", "is not a number of the scenario", "- keys:"),
      ("sd: [1.5, 0.5]", "sd: [1.5, 0]", "sd must be", "mean: [6"),
    ] as [(String, String, String, String)])
  func jointRefusals(_ old: String, _ new: String, _ message: String, _ at: String) {
    let text = Self.starter + Self.section(Self.joint.replacingOccurrences(of: old, with: new))
    let found = Self.errors(text)
    #expect(found.count == 1 && found.first?.message.contains(message) == true, "\(found)")
    #expect(found.first?.line == Self.line(of: at, in: text), "\(found)")
  }

  @Test("an entry mixing one key's law and a joint law is refused; a key in both is a key given twice")
  func jointMixed() {
    let both = Self.joint.replacingOccurrences(
      of: "      source: \"tzsim", with: "      law: \"uniform(min: 1, max: 2)\"\n      source: \"tzsim")
    #expect(Self.errors(Self.starter + Self.section(both)).first?.message.contains("not both") == true)
    let twice = Self.joint.replacingOccurrences(of: "workshops[job-search].enrol_probability", with: "sites[centre].advisors")
      .replacingOccurrences(of: "beta(mean: 0.7, sd: 0.1)", with: "uniform(min: 1, max: 3)")
    let found = Self.errors(Self.starter + Self.section(twice))
    #expect(found.count == 1 && found.first?.message.contains("has a law already (law 1)") == true, "\(found)")
  }

  @Test("a design too large for one seed's streams is refused at `points`")
  func tooLarge() {
    let text =
      Self.starter
      + Self.section(
        "    - {key: \"sites[centre].advisors\", law: \"uniform(min: 1, max: 3)\", source: s}\n", points: 4096, replications: 1000)
    let found = Self.errors(text)
    #expect(found.count == 1 && found[0].message.contains("at most 1048575") && found[0].line == Self.line(of: "points: 4096", in: text))
  }

  /// Invitations with every commune served by the one site, so that the reminder's rule applies.
  static let invitations: String = {
    let served = CommuneDirectory.troyesChampagneMetropole.communes.map { "  \"\($0.inseeCode)\": {served_by: centre}" }
    return "\ncommunes:\n" + served.joined(separator: "\n")
      + "\ninvitations:\n  new_registrants_per_month: 10\n  reminder: {day: 30, response_probability: 0.1}\n  retention_days: 60\n"
  }()

  @Test("a draw that makes an invalid scenario is refused, with the draw, its values and the rule, for the baseline and each option")
  func invalidDraw() throws {
    // The reminder (day 30) must come before the list is deleted: a retention drawn under 30 days cannot run.
    let laws = "    - key: invitations.retention_days\n      law: \"uniform(min: 20, max: 60)\"\n      source: s\n"
    let text = Self.starter + Self.invitations + Self.section(laws, points: 8)
    let found = Self.errors(text)
    #expect(found.count == 1, "\(found)")
    let e = try #require(found.first)
    #expect(e.message.hasPrefix("draw "), "\(e.message)")
    #expect(e.message.hasPrefix("draw 3 of the design (invitations.retention_days = 30) makes an invalid scenario"), "\(e.message)")
    #expect(e.message.contains("makes an invalid scenario: `invitations.reminder.day` must fall after the letters"))
    #expect(e.line == Self.line(of: "law: \"uniform(min: 20, max: 60)\"", in: text))
    // A law within the rule's reach is accepted.
    let narrow = laws.replacingOccurrences(of: "min: 20", with: "min: 35")
    #expect(Self.errors(Self.starter + Self.invitations + Self.section(narrow, points: 8)) == [])
    // An option with a later reminder makes some draws invalid: refused, naming the option.
    let late = "\noptions:\n  - id: late\n    set: {\"invitations.reminder.day\": 50}\n"
    let refused = Self.errors(Self.starter + Self.invitations + late + Self.section(narrow, points: 8))
    #expect(refused.count == 1 && refused[0].message.hasPrefix("with option `late`, draw "), "\(refused)")
    // An option that sets the uncertain key itself keeps its value: its draws do not move it.
    let fixed = "\noptions:\n  - id: fixed\n    set: {\"invitations.reminder.day\": 50, \"invitations.retention_days\": 60}\n"
    #expect(Self.errors(Self.starter + Self.invitations + fixed + Self.section(narrow, points: 8)) == [])
  }

  @Test("every value of a law falls in its key's range: open ends moved in, whole numbers rounded")
  func values() throws {
    let share = try UncertainInput(path: "sites[centre].availability_share", law: .normal(mean: 0.9, sd: 0.5), source: "s")
    // availability_share is in (0, 1]: the truncated normal never gives 0.
    for u in stride(from: 0.0, to: 1, by: 0.01) {
      let x = share.value(at: u)
      #expect(ParameterKey.siteAvailabilityShare.range.contains(x), "\(x)")
    }
    let advisors = try UncertainInput(path: "sites[centre].advisors", law: .triangular(min: 2, mode: 3, max: 5), source: "s")
    #expect(advisors.value(at: 0.001) == 2 && advisors.value(at: 0.5) == 3 && advisors.value(at: 0.999) == 5)
  }
}
