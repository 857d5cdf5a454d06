import Foundation
import ScenarioFormat
import Testing
import Workspace

/// Marking a value uncertain from the form: the list's lines edited in place,
/// the rest of the file kept, and the edits that cannot be made safely refused.
@Suite("Workspace: uncertain values from the form")
struct UncertainLawEditTests {
  static let starter = String(decoding: EmbeddedScenarios.starter, as: UTF8.self)
  static let key = "sites[centre].walk_ins_per_week"

  @Test("a first law creates the section at the end; the file stays valid and every other byte is kept")
  func first() throws {
    let text = try ScenarioText(bytes: Array(Self.starter.utf8))
    let law = try UncertainLawChoice.triangular.law(low: 4, high: 9, value: 6)
    #expect(law == "triangular(min: 4, mode: 6, max: 9)")
    let marked = try text.settingLaw(key: Self.key, law: law, source: "HYPOTHÈSE : « de 4 à 9 »")
    #expect(marked.text.hasPrefix(Self.starter.trimmingCharacters(in: .newlines)))
    let laws = marked.uncertainLaws
    #expect(laws.count == 1 && laws[0].keys == [Self.key] && laws[0].law == law && laws[0].source == "HYPOTHÈSE : « de 4 à 9 »")
    let s = try ScenarioDecoder.decode(bytes: marked.bytes, file: "s.yaml")
    #expect(s.uncertainty?.inputs.map(\.path.description) == [Self.key])
  }

  @Test("a second law is added after the last entry, a key's law replaced in place, a law removed with its lines")
  func editList() throws {
    let block =
      Self.starter + """

        uncertainty:
          points: 8
          laws:
            - key: sites[centre].advisors   # staffing
              law: "uniform(min: 1, max: 3)"
              source: ASSUMPTION

        # the end
        """
    let text = try ScenarioText(bytes: Array(block.utf8))
    let added = try text.settingLaw(key: Self.key, law: "uniform(min: 4, max: 8)", source: "s")
    #expect(
      added.text.contains(
        "      source: ASSUMPTION\n    - {key: \"\(Self.key)\", law: \"uniform(min: 4, max: 8)\", source: \"s\"}\n\n# the end"))
    let replaced = try added.settingLaw(key: "sites[centre].advisors", law: "uniform(min: 2, max: 3)", source: "new")
    #expect(
      !replaced.text.contains("# staffing")
        && replaced.text.contains("  - {key: \"sites[centre].advisors\", law: \"uniform(min: 2, max: 3)\""))
    #expect(replaced.uncertainLaws.map(\.keys) == [["sites[centre].advisors"], [Self.key]])
    let removed = try replaced.removingLaw(key: "sites[centre].advisors")
    #expect(removed.uncertainLaws.map(\.keys) == [[Self.key]] && removed.text.hasSuffix("# the end"))
    #expect(try ScenarioDecoder.decode(bytes: removed.bytes, file: "s.yaml").uncertainty?.points == 8)
    // The only law is not removed from the form (an empty list is not a valid section).
    #expect(throws: WorkspaceProblem.self) { try removed.removingLaw(key: Self.key) }
  }

  @Test("refused: a key of a joint law, a list written inline, a section without its list, bad bounds")
  func refusals() throws {
    let joint =
      Self.starter + """

        uncertainty:
          laws:
            - keys: ["\(Self.key)", "sites[centre].advisors"]
              joint_normal: {mean: [6, 2], sd: [1, 0.5], correlation: [[1, 0], [0, 1]]}
              source: fit
        """
    #expect(throws: WorkspaceProblem.self) {
      try ScenarioText(bytes: Array(joint.utf8)).settingLaw(key: Self.key, law: "uniform(min: 1, max: 2)", source: "s")
    }
    let inline = Self.starter + "\nuncertainty:\n  laws: [{key: \"\(Self.key)\", law: \"uniform(min: 1, max: 9)\", source: s}]\n"
    #expect(throws: WorkspaceProblem.self) {
      try ScenarioText(bytes: Array(inline.utf8)).settingLaw(key: "sites[centre].advisors", law: "uniform(min: 1, max: 2)", source: "s")
    }
    let bare = Self.starter + "\nuncertainty:\n  points: 8\n"
    #expect(throws: WorkspaceProblem.self) {
      try ScenarioText(bytes: Array(bare.utf8)).settingLaw(key: Self.key, law: "uniform(min: 1, max: 2)", source: "s")
    }
    #expect(throws: WorkspaceProblem.self) { try UncertainLawChoice.uniform.law(low: 3, high: 3, value: nil) }
    #expect(throws: WorkspaceProblem.self) { try UncertainLawChoice.triangular.law(low: 1, high: 2, value: 6) }
    #expect(try UncertainLawChoice.normal.law(low: 10, high: 20, value: nil).hasPrefix("normal(mean: 15, sd: 3.0397"))
  }
}
