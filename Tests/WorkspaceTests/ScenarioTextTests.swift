import Foundation
import ScenarioFormat
import Testing
import Workspace

/// The form edits a scenario file in place: only the characters of the
/// values changed move; comments, order and quoting stay.
@Suite("Workspace: form edits of the YAML file")
struct ScenarioTextTests {
  static let sample = """
    # header comment
    name: demo   # the name
    sites:
      - id: troyes
        name: "PCE Troyes"
        opening: {weekdays: ["09:00-12:00", "14:00-17:00"]}
        advisors: 3                  # ASSUMPTION
        availability_share: 0.7
    notes: |
      a block
      of text

    """

  @Test("A value is replaced where it stands, comments and the rest kept to the byte")
  func inPlace() throws {
    let text = try ScenarioText(bytes: Array(Self.sample.utf8))
    let edited = try text.applying(["sites[troyes].advisors": "12", "sites[troyes].availability_share": "0,65"])
    let expected = Self.sample.replacingOccurrences(of: "advisors: 3", with: "advisors: 12").replacingOccurrences(
      of: "availability_share: 0.7", with: "availability_share: 0.65")
    #expect(edited.text == expected)
    #expect(edited.field("sites[troyes].advisors")?.value == "12")
  }

  @Test("A share may be typed as a percentage (« 65 % », « 12,5% »); a count may not")
  func percentages() throws {
    let text = try ScenarioText(bytes: Array(Self.sample.utf8))
    #expect(text.field("sites[troyes].availability_share")?.isShare == true && text.field("sites[troyes].advisors")?.isShare == false)
    let edited = try text.applying(["sites[troyes].availability_share": "65 %"])
    #expect(edited.text == Self.sample.replacingOccurrences(of: "availability_share: 0.7", with: "availability_share: 0.65"))
    #expect(try text.applying(["sites[troyes].availability_share": "12,5%"]).field("sites[troyes].availability_share")?.value == "0.125")
    // Shown as a percentage; sent back as shown, the file is left as it is (to the byte).
    #expect(text.field("sites[troyes].availability_share")?.displayValue == "70 %")
    #expect(try text.applying(["sites[troyes].availability_share": "70 %"]).bytes == text.bytes)
    #expect(text.field("sites[troyes].advisors")?.displayValue == text.field("sites[troyes].advisors")?.value)
    // Not a share: the text is written as typed (quoted), and validation then refuses it.
    #expect(try text.applying(["sites[troyes].advisors": "40 %"]).field("sites[troyes].advisors")?.value == "40 %")
  }

  @Test("Quoted values stay quoted; values inside a flow list are edited alone")
  func quotedAndFlow() throws {
    let text = try ScenarioText(bytes: Array(Self.sample.utf8))
    let edited = try text.applying(["sites[troyes].name": "PCE \"Centre\"", "sites[troyes].opening.weekdays[1]": "14:00-18:00"])
    #expect(edited.text.contains(#"name: "PCE \"Centre\"""#))
    #expect(edited.text.contains(#"{weekdays: ["09:00-12:00", "14:00-18:00"]}"#))
    #expect(edited.field("sites[troyes].name")?.value == "PCE \"Centre\"")
  }

  @Test("Fields carry the model's range and a French label")
  func fieldsAndRanges() throws {
    let text = try ScenarioText(bytes: Array(Self.sample.utf8))
    let advisors = try #require(text.field("sites[troyes].advisors"))
    #expect(advisors.range?.key == "sites[].advisors")
    #expect(advisors.label == "Conseillers")
    #expect(advisors.entry == "PCE Troyes")
    #expect(advisors.section == "sites")
    #expect(advisors.line == 7)
    #expect(text.field("name")?.section == "")
    #expect(text.field("sites[troyes].opening.weekdays[0]")?.label == "Horaires en semaine (1)")
  }

  @Test("What the form cannot express is refused, never mangled")
  func refusals() throws {
    let text = try ScenarioText(bytes: Array(Self.sample.utf8))
    #expect(text.field("notes")?.isEditable == false)
    #expect(throws: WorkspaceProblem.self) { try text.applying(["notes": "one line"]) }
    #expect(throws: WorkspaceProblem.self) { try text.applying(["sites[troyes].unknown": "1"]) }
    #expect(throws: WorkspaceProblem.self) { try text.applying(["name": "two\nlines"]) }
    // A value that would change the file's structure if written plain is quoted instead.
    let edited = try text.applying(["name": "a: b # c"])
    #expect(edited.field("name")?.value == "a: b # c")
    #expect(edited.fields.map(\.path) == text.fields.map(\.path))
  }

  @Test("Every shipped scenario: each editable value rewritten as itself gives the same bytes, and a new value reads back")
  func shippedScenarios() throws {
    let folder = TemporaryWorkspace.repository.appendingPathComponent("Scenarios")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
      let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
      let text = try ScenarioText(bytes: bytes)
      let editable = text.fields.filter(\.isEditable)
      #expect(editable.count > 10, "\(name)")
      #expect(try text.applying(Dictionary(uniqueKeysWithValues: editable.map { ($0.path, $0.value) })).bytes == bytes)
      for f in editable where f.range != nil {
        let edited = try text.applying([f.path: f.value + "1"])
        #expect(edited.field(f.path)?.value == f.value + "1", "\(name) \(f.path)")
        #expect(edited.bytes.count == bytes.count + 1, "\(name) \(f.path)")
      }
      // The decoded scenario sees the edit.
      if let advisors = editable.first(where: { $0.path.hasSuffix(".advisors") }) {
        let edited = try text.applying([advisors.path: "7"])
        let scenario = try ScenarioDecoder.decode(bytes: edited.bytes, file: name)
        #expect(scenario.parameters.sites.contains { $0.advisors.count == 7 }, "\(name)")
      }
    }
  }
}
