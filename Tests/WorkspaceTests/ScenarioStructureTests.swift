import Foundation
import ScenarioFormat
import Testing
import Workspace

/// Lists grown and shrunk in the text itself, comments kept.
@Suite("Workspace: adding, copying, removing and ordering entries")
struct ScenarioStructureTests {
  static let text = """
    name: t
    sites:
      - id: a        # first
        name: "Site A"
        advisors: 2

      # a comment before b
      - id: b
        name: "Site B"
        advisors: 3
    permanences:
      - {id: p, name: "Perm P", parent_site: a}
    workshops: []
    """

  @Test("The landing example, as its documentation writes it")
  func landing() throws {
    let text = try ScenarioText(bytes: Array("sites:\n  - id: a   # one\n    advisors: 2\n".utf8))
    #expect(
      try text.duplicatingEntry(in: "sites", at: 0).text
        == "sites:\n  - id: a   # one\n    advisors: 2\n  - id: a-2   # one\n    advisors: 2\n")
  }

  @Test("Entries are found with their lines; a copy gets a free id and « (copie) »; the rest is kept to the byte")
  func duplicate() throws {
    let t = try ScenarioText(bytes: Array(Self.text.utf8))
    let sites = try #require(t.entries(in: "sites"))
    #expect(sites.map(\.label) == ["a", "b"] && sites[0].lines == 2..<5 && sites[1].lines == 7..<10)
    let copied = try t.duplicatingEntry(in: "sites", at: 0)
    #expect(
      copied.text
        == Self.text.replacingOccurrences(
          of: "advisors: 3\n", with: "advisors: 3\n  - id: a-2        # first\n    name: \"Site A (copie)\"\n    advisors: 2\n"))
    let again = try copied.duplicatingEntry(in: "sites", at: 0)
    #expect(try #require(again.entries(in: "sites")).map(\.label) == ["a", "b", "a-2", "a-3"])
    let perm = try t.duplicatingEntry(in: "permanences", at: 0)
    #expect(perm.text.contains("  - {id: p-2, name: \"Perm P (copie)\", parent_site: a}\n"))
  }

  @Test("Remove and move up keep every other line; an empty flow list becomes a block list when an entry is added")
  func removeMoveAdd() throws {
    let t = try ScenarioText(bytes: Array(Self.text.utf8))
    #expect(
      try t.removingEntry(in: "sites", at: 0).text
        == Self.text.replacingOccurrences(of: "  - id: a        # first\n    name: \"Site A\"\n    advisors: 2\n", with: ""))
    let up = try t.movingEntryUp(in: "sites", at: 1)
    #expect(try #require(up.entries(in: "sites")).map(\.label) == ["b", "a"])
    #expect(up.text.contains("# a comment before b") && up.bytes.count == t.bytes.count)
    let added = try t.addingEntry(in: "workshops", snippet: ["  - id: w", "    name: \"W\""])
    #expect(added.text.hasSuffix("workshops:\n  - id: w\n    name: \"W\""))
    let created = try t.addingEntry(in: "closures", snippet: ["  - name: \"Fermeture\""])
    #expect(created.text.hasSuffix("\n\nclosures:\n  - name: \"Fermeture\"\n"))
    #expect(throws: WorkspaceProblem.self) { try t.removingEntry(in: "sites", at: 5) }
    #expect(throws: WorkspaceProblem.self) { try t.duplicatingEntry(in: "name", at: 0) }
  }
}

/// The same from the browser: each list's buttons submit the form.
@Suite("Workspace server: structure in the form")
struct StructureRouteTests {
  typealias S = ServerRouteTests

  @Test(
    "Every list of the French template takes a new entry that validates; a copy, a move and a removal save; an invalid removal is refused; typed values are kept"
  )
  func structure() async throws {
    try await S.withServer(["starter.yaml"]) { client, server, t in
      _ = try await S.post(client, "/scenarios", [("name", "neuf.yaml")])
      for section in ["invitations"] + ScenarioText.structuredSections {
        let (_, page) = try await S.page(client, "/scenarios/neuf.yaml")
        let (status, _, location) = try await S.post(
          client, "/scenarios/neuf.yaml/structure", [("base", try S.base(page)), ("op", "add|\(section)|0")])
        #expect(status == .seeOther && location == "/scenarios/neuf.yaml?saved=1#section-\(section)", "\(section)")
      }
      let text = try ScenarioText(bytes: try t.bytes("neuf.yaml"))
      #expect(try #require(text.entries(in: "sites")).map(\.label) == ["centre", "lieu-1"])
      #expect(
        try #require(text.entries(in: "permanences")).map(\.label) == ["permanence-1"] && text.field("invitations.retention_days") != nil)
      #expect(text.text.hasPrefix("# Modèle de scénario TZSim"), "comments kept")
      // The permanence went to a rural service point, whose commune joined the invitations' split.
      #expect(text.text.range(of: #"commune_weights: \{"(\d{5})": 1, "10387": 1\}"#, options: .regularExpression) != nil, "\(text.text)")
      // Copy the first site with a value typed in the form: the typed value is saved too.
      let (_, page) = try await S.page(client, "/scenarios/neuf.yaml")
      #expect(page.contains("value=\"duplicate|sites|0\"") && page.contains("formaction=\"/scenarios/neuf.yaml/structure\""))
      let (copied, _, _) = try await S.post(
        client, "/scenarios/neuf.yaml/structure",
        [("base", try S.base(page)), ("op", "duplicate|sites|0"), ("f:sites[centre].advisors", "4")])
      #expect(copied == .seeOther)
      let after = try ScenarioText(bytes: try t.bytes("neuf.yaml"))
      #expect(try #require(after.entries(in: "sites")).map(\.label) == ["centre", "lieu-1", "centre-2"])
      #expect(after.field("sites[centre].advisors")?.value == "4" && after.field("sites[centre-2].advisors")?.value == "4")
      // Removing the site the permanence and the workshop hang on is refused, nothing saved.
      let before = try t.bytes("neuf.yaml")
      let (_, page2) = try await S.page(client, "/scenarios/neuf.yaml")
      let (refused, body, _) = try await S.post(
        client, "/scenarios/neuf.yaml/structure", [("base", try S.base(page2)), ("op", "remove|sites|0")])
      try #expect(refused == .unprocessableContent && body.contains("ne serait plus valide") && t.bytes("neuf.yaml") == before)
      let (moved, _, _) = try await S.post(client, "/scenarios/neuf.yaml/structure", [("base", try S.base(page2)), ("op", "up|sites|2")])
      #expect(moved == .seeOther)
      #expect(
        try #require(try ScenarioText(bytes: try t.bytes("neuf.yaml")).entries(in: "sites")).map(\.label) == [
          "centre", "centre-2", "lieu-1",
        ])
      // Each change is a save: the history has one version per change.
      #expect(try server.workspace.history("neuf.yaml").count == ScenarioText.structuredSections.count + 3)
    }
  }
}
