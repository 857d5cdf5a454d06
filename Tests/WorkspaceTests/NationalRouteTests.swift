import Foundation
import Hummingbird
import Testing
import Workspace
import WorkspaceServer

/// A national study in the workspace: listed as such, its page, run from the browser, its report.
@Suite("Workspace server: the national study")
struct NationalRouteTests {
  @Test("Listed as a national study; its page says what it holds; « Lancer » runs it and the run has its report")
  func national() async throws {
    try await ServerRouteTests.withServer(["tzcld-national.yaml", "troyes-champagne-2023.yaml"]) { client, server, t in
      let (_, home) = try await ServerRouteTests.page(client, "/")
      #expect(home.contains("tzcld-national.yaml</a> <span class=\"path\">(étude nationale)</span>"))
      let (status, page) = try await ServerRouteTests.page(client, "/scenarios/tzcld-national.yaml")
      #expect(status == .ok && page.contains("Étude nationale — tzcld-national.yaml") && page.contains("87, dont 17 nommés"))
      #expect(page.contains("Troyes Champagne Métropole") && page.contains(#"id="launch-national""#))
      // A bad count is refused before the queue.
      let (bad, badPage, _) = try await ServerRouteTests.post(client, "/scenarios/tzcld-national.yaml/national", [("replications", "x")])
      #expect(bad != .seeOther && badPage.contains("tirages : un nombre entier"))
      let (ok, _, location) = try await ServerRouteTests.post(client, "/scenarios/tzcld-national.yaml/national", [("replications", "4")])
      #expect(ok == .seeOther && location?.hasPrefix("/runs/") == true)
      let id = String(location?.dropFirst("/runs/".count) ?? "")
      #expect(try await ServerRouteTests.waitDone(client, id).contains("\"done\""))
      let (_, run) = try await ServerRouteTests.page(client, "/runs/\(id)")
      #expect(run.contains("Étude nationale") && run.contains("crédits suffisants") && run.contains(#"id="report""#))
      let (reportStatus, report) = try await ServerRouteTests.page(client, "/runs/\(id)/files/report.html")
      #expect(reportStatus == .ok && report.contains("Ce que la simulation rejoue"))
      let record = try #require(try server.queue.store.run(Int64(id) ?? 0))
      #expect(record.kind == .national && record.replications == 4)
      // The YAML editor checks a national study as one: a valid save goes through, a broken one is refused.
      let (_, editor) = try await ServerRouteTests.page(client, "/scenarios/tzcld-national.yaml/yaml")
      let text = String(decoding: try t.bytes("tzcld-national.yaml"), as: UTF8.self)
      let (saved, _, _) = try await ServerRouteTests.post(
        client, "/scenarios/tzcld-national.yaml/yaml", [("base", try ServerRouteTests.base(editor)), ("text", text)])
      #expect(saved == .seeOther)
      let (_, editor2) = try await ServerRouteTests.page(client, "/scenarios/tzcld-national.yaml/yaml")
      let (refused, refusedPage, _) = try await ServerRouteTests.post(
        client, "/scenarios/tzcld-national.yaml/yaml",
        [
          ("base", try ServerRouteTests.base(editor2)),
          ("text", text.replacingOccurrences(of: "fund_rule: shared_cap", with: "fund_rule: x")),
        ])
      #expect(refused == .unprocessableContent && refusedPage.contains("n'est pas une règle du fonds"))
    }
  }
}
