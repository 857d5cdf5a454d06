import Foundation
import Hummingbird
import Testing
import WorkspaceServer

@testable import Workspace

/// The scenario files as a planner manages them: history and restore, rename, the bin, the line diff.
@Suite("Workspace: history, rename, bin")
struct ScenarioFileTests {
  typealias S = ServerRouteTests

  @Test("A line diff keeps the common lines and marks the changed ones, in order")
  func lineDiff() {
    let d = LineDiff(old: "a\nb\nc\nd", new: "a\nB\nc\nd\ne")
    #expect(d.lines == [.same("a"), .removed("b"), .added("B"), .same("c"), .same("d"), .added("e")])
    #expect(d.counts == (1, 2) && d.hasChanges)
    #expect(!LineDiff(old: "x\ny", new: "x\ny").hasChanges)
    #expect(LineDiff(old: "", new: "z").lines == [.removed(""), .added("z")])
  }

  @Test("Each save keeps the version it replaces; a restore brings it back and is itself kept (undoable)")
  func historyAndRestore() async throws {
    try await S.withServer(["starter.yaml"]) { client, _, t in
      let original = try t.bytes("starter.yaml")
      let (_, page) = try await S.page(client, "/scenarios/starter.yaml")
      let field = try #require(page.range(of: #"name="f:sites\[[a-z0-9-]+\]\.advisors""#, options: .regularExpression))
      let key = String(page[field].dropFirst(8).dropLast())
      let (saved, _, _) = try await S.post(
        client, "/scenarios/starter.yaml", [("base", try S.base(page)), ("action", "save"), ("f:" + key, "7")])
      #expect(saved == .seeOther)
      let edited = try t.bytes("starter.yaml")
      #expect(edited != original)
      let (_, list) = try await S.page(client, "/scenarios/starter.yaml/historique")
      let link = try #require(
        list.range(of: #"/scenarios/starter\.yaml/historique/[0-9]{8}-[0-9]{6}\.[0-9]{3}-starter\.yaml"#, options: .regularExpression))
      let versionURI = String(list[link])
      let (ok, versionPage) = try await S.page(client, versionURI)
      #expect(ok == .ok && versionPage.contains("class=\"removed\"") && versionPage.contains("class=\"added\""))
      let id = String(versionURI.split(separator: "/").last!)
      // A stale restore is refused; a current one restores the bytes.
      let (stale, _, _) = try await S.post(
        client, "/scenarios/starter.yaml/restore", [("base", String(repeating: "0", count: 64)), ("version", id)])
      try #expect(stale == .conflict && (t.bytes("starter.yaml")) == edited)
      let (restored, _, _) = try await S.post(
        client, "/scenarios/starter.yaml/restore", [("base", try S.base(versionPage)), ("version", id)])
      try #expect(restored == .seeOther && (t.bytes("starter.yaml")) == original)
      let (_, again) = try await S.page(client, "/scenarios/starter.yaml/historique")
      #expect(again.components(separatedBy: "Voir et comparer").count - 1 == 2)
      // A version name that is not one TZSim writes is not served.
      let (missing, _) = try await S.page(client, "/scenarios/starter.yaml/historique/..%2F..%2Fstarter.yaml")
      #expect(missing == .notFound)
    }
  }

  @Test("Rename never replaces a file and takes the history along; the bin keeps the file and gives it back")
  func renameAndBin() async throws {
    try await S.withServer(["starter.yaml", "troyes-2020.yaml"]) { client, server, t in
      let original = try t.bytes("starter.yaml")
      try server.workspace.save("starter.yaml", bytes: original + Array("# note\n".utf8), base: ScenarioText.hash(original))
      let (taken, _, _) = try await S.post(client, "/scenarios/starter.yaml/rename", [("name", "troyes-2020.yaml")])
      try #expect(taken == .unprocessableContent && (t.bytes("starter.yaml")).count == original.count + 7)
      let (moved, _, location) = try await S.post(client, "/scenarios/starter.yaml/rename", [("name", "essai.yaml")])
      #expect(moved == .seeOther && location == "/scenarios/essai.yaml")
      #expect(!FileManager.default.fileExists(atPath: t.folder.appendingPathComponent("starter.yaml").path))
      try #expect(server.workspace.history("essai.yaml").count == 1 && (server.workspace.history("starter.yaml")).isEmpty)
      let now = try t.bytes("essai.yaml")
      let (stale, _, _) = try await S.post(client, "/scenarios/essai.yaml/delete", [("base", ScenarioText.hash(original))])
      #expect(stale == .conflict)
      let (binned, home, _) = try await S.post(client, "/scenarios/essai.yaml/delete", [("base", ScenarioText.hash(now))])
      #expect(binned == .ok && home.contains("Corbeille (1)"))
      #expect(!FileManager.default.fileExists(atPath: t.folder.appendingPathComponent("essai.yaml").path))
      let id = try #require(server.workspace.bin().first?.id)
      // Back under its name; refused while that name is taken.
      try server.workspace.create("essai.yaml", bytes: Array("x: 1\n".utf8))
      let (refused, _, _) = try await S.post(client, "/corbeille/\(id)/restore", [])
      #expect(refused == .unprocessableContent)
      try server.workspace.renameScenario("essai.yaml", to: "autre.yaml")
      let (back, _, where_) = try await S.post(client, "/corbeille/\(id)/restore", [])
      try #expect(back == .seeOther && where_ == "/scenarios/essai.yaml" && (t.bytes("essai.yaml")) == now)
      #expect(server.workspace.bin().isEmpty)
    }
  }
}

/// Two runs side by side.
@Suite("Workspace: comparing two runs")
struct RunComparisonTests {
  typealias S = ServerRouteTests

  static func run(_ client: RouteClient, seed: String) async throws -> Int64 {
    let (_, _, location) = try await S.post(client, "/scenarios/starter.yaml/run", [("replications", "12"), ("seed", seed)])
    let id = String(try #require(location?.split(separator: "/").last))
    #expect(try await S.waitDone(client, id).contains("\"done\""))
    return try #require(Int64(id))
  }

  @Test("Same seed: differences paired replication by replication (their Student interval); other seed: Welch; the scenario diff")
  func pairedAndIndependent() async throws {
    try await S.withServer(["starter.yaml"]) { client, server, t in
      let first = try await Self.run(client, seed: "5")
      let before = try t.bytes("starter.yaml")
      let text = String(decoding: before, as: UTF8.self)
      let edited = try #require(text.range(of: #"advisors: \d+"#, options: .regularExpression))
      try server.workspace.save(
        "starter.yaml", bytes: Array(text.replacingCharacters(in: edited, with: "advisors: 6").utf8), base: ScenarioText.hash(before))
      let second = try await Self.run(client, seed: "5")
      let third = try await Self.run(client, seed: "6")
      let store = server.queue.store
      let a = try #require(try store.run(first))
      let b = try #require(try store.run(second))
      let c = try RunComparison(a, b, in: server.workspace)
      #expect(c.paired && c.pairs == 12 && c.scenarioDiff.counts == (1, 1))
      // The paired interval is Student's on the twelve differences, recomputed here from the two files.
      let ta = try RunComparison.table(a, server.workspace)
      let tb = try RunComparison.table(b, server.workspace)
      let key = "pce.advisor_utilization"
      let diffs = zip(ta.values(key), tb.values(key)).map { $1 - $0 }
      let m = diffs.reduce(0, +) / 12
      let sd = (diffs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / 11).squareRoot()
      let f = try #require(c.figures.first { $0.key == key })
      #expect(abs(f.difference - m) < 1e-12 && abs((f.high - f.low) / 2 - 2.200985 * sd / 12.squareRoot()) < 1e-5)
      // More advisors, same arrivals: each replication's utilisation falls — the paired interval leaves 0 out.
      #expect(f.isClear && f.high < 0)
      // The same two scenarios with different seeds: independent runs, Welch's interval, wider here.
      let independent = try RunComparison(a, try #require(try store.run(third)), in: server.workspace)
      #expect(!independent.paired && independent.scenarioDiff.counts == (1, 1))
      let g = try #require(independent.figures.first { $0.key == key })
      #expect(g.high - g.low > f.high - f.low, "the independent interval is wider than the paired one")
      let (ok, page) = try await S.page(client, "/runs/compare?a=\(first)&b=\(second)")
      #expect(
        ok == .ok && page.contains("écarts appariés") && page.contains("class=\"removed\"") && page.contains("Occupation des conseillers"))
      let (_, runPage) = try await S.page(client, "/runs/\(second)")
      #expect(runPage.contains("id=\"compare-runs\"") && runPage.contains("<option value=\"\(first)\" selected>"))
      #expect(try await S.page(client, "/runs/compare?a=\(first)&b=999").0 == .notFound)
    }
  }
}

/// The planner's own data sent from the browser.
@Suite("Workspace: uploads")
struct UploadTests {
  typealias S = ServerRouteTests

  /// A multipart body as a browser sends it, with the CSRF field.
  static func multipart(_ fields: [(String, String)], file: (field: String, name: String, bytes: String)) -> (HTTPFields, ByteBuffer) {
    let boundary = "----tzsimTestBoundary7MA4YWxk"
    var body = ""
    for (k, v) in fields + [("csrf", S.keys.openCSRF)] {
      body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n"
    }
    body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n"
    body += "Content-Type: text/csv\r\n\r\n\(file.bytes)\r\n--\(boundary)--\r\n"
    return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(string: body))
  }

  static func files(_ folder: URL) -> [String] {
    (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
  }

  @Test("The registrants list: counted in memory, no name shown or written, the monthly figure written on request")
  func registrants() async throws {
    try await S.withServer(["troyes-2020.yaml"]) { client, _, t in
      let f = DateFormatter()
      f.dateFormat = "dd/MM/yyyy"
      let recent = f.string(from: Date().addingTimeInterval(-10 * 86_400))
      let older = f.string(from: Date().addingTimeInterval(-40 * 86_400))
      let list = """
        id;nom;code_insee;date_inscription
        A1;Dupont Marcel;10387;\(recent)
        A2;Martin Zoé;10387;\(recent)
        A3;Bernard Léa;10333;\(older)
        A3;Bernard Léa;10333;\(older)
        A4;Petit Hugo;99999;\(recent)
        """
      let before = Self.files(t.folder)
      let (headers, body) = Self.multipart([], file: ("list", "liste.csv", list))
      let (status, page) = try await client.execute(
        uri: "/scenarios/troyes-2020.yaml/inscrits", method: .post, headers: headers, body: body
      ) {
        ($0.status, String(buffer: $0.body))
      }
      #expect(status == .ok && page.contains("id=\"registrants-counts\"") && page.contains("Troyes"))
      for personal in ["Dupont", "Zoé", "Bernard", "A3", "Hugo"] { #expect(!page.contains(personal), "\(personal) shown") }
      #expect(page.contains("en double") && page.contains("pas du territoire"))
      #expect(Self.files(t.folder) == before, "nothing written")
      // Three counted over two months: 1,5 per month, written into the scenario by its button.
      #expect(page.contains("name=\"f:invitations.new_registrants_per_month\" value=\"1,5\""))
      let (saved, _, _) = try await S.post(
        client, "/scenarios/troyes-2020.yaml",
        [("base", try S.base(page)), ("action", "save"), ("f:invitations.new_registrants_per_month", "1,5")])
      #expect(saved == .seeOther)
      #expect(String(decoding: try t.bytes("troyes-2020.yaml"), as: UTF8.self).contains("new_registrants_per_month: 1.5 "))
      // A list without a commune column is refused in French, nothing counted.
      let (h2, b2) = Self.multipart([], file: ("list", "x.csv", "a;b\n1;2\n"))
      let (refused, text) = try await client.execute(uri: "/scenarios/troyes-2020.yaml/inscrits", method: .post, headers: h2, body: b2) {
        ($0.status, String(buffer: $0.body))
      }
      #expect(
        refused == .unprocessableContent && text.contains("La liste n&#39;a pas été comptée")
          || text.contains("La liste n'a pas été comptée"))
    }
  }
}

extension UploadTests {
  @Test("Observed figures: a year typed is kept (a formula-like source written as text) and the next run's report compares them")
  func observed() async throws {
    try await S.withServer(["starter.yaml"]) { client, server, t in
      var fields = [("kpi", "pce.accompanied"), ("year", "2025"), ("source", "=Tableau de bord"), ("action", "type")]
      for m in 1...6 { fields.append((String(format: "m%02d", m), "2\(m),5")) }
      let (ok, page, _) = try await S.post(client, "/scenarios/starter.yaml/observes", fields)
      #expect(ok == .ok && page.contains("id=\"observed\"") && page.contains("21,5"))
      let kept = String(decoding: try #require(try server.workspace.observed("starter.yaml")), as: UTF8.self)
      #expect(kept.contains("2025-03;pce.accompanied;23,5;'=Tableau de bord;") && !kept.contains(";=Tableau"))
      // Nothing typed, a negative value, a file with a bad month: refused, the kept figures unchanged.
      let (empty, _, _) = try await S.post(client, "/scenarios/starter.yaml/observes", Array(fields.prefix(4)))
      let (negative, _, _) = try await S.post(client, "/scenarios/starter.yaml/observes", Array(fields.prefix(4)) + [("m01", "-3")])
      let (h, b) = Self.multipart([], file: ("observed", "o.csv", "month;kpi;value;source\n2025-13;pce.accompanied;3;x\n"))
      let (bad, badPage) = try await client.execute(uri: "/scenarios/starter.yaml/observes", method: .post, headers: h, body: b) {
        ($0.status, String(buffer: $0.body))
      }
      #expect(empty == .unprocessableContent && negative == .unprocessableContent && bad == .unprocessableContent)
      #expect(badPage.contains("Rien n&#39;a été enregistré") || badPage.contains("Rien n'a été enregistré"))
      #expect(String(decoding: try #require(try server.workspace.observed("starter.yaml")), as: UTF8.self) == kept)
      // The next run receives them: its folder keeps the copy, its report compares.
      let id = try await RunComparisonTests.run(client, seed: "2")
      let folder = t.folder.appendingPathComponent("tzsim-runs/run-\(id)")
      #expect(
        FileManager.default.contents(atPath: folder.appendingPathComponent("observed.csv").path).map { [UInt8]($0) } == Array(kept.utf8))
      let report = try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8)
      #expect(report.contains("Simulé et observé"))
    }
  }
}

extension UploadTests {
  @Test("Calibrate from the browser: refused without observed figures; the fit runs, says its values, and gives a new scenario")
  func calibrate() async throws {
    try await S.withServer(["starter.yaml"]) { client, _, t in
      let request = [("key0", "sites[centre].walk_ins_per_week"), ("low0", "1"), ("high0", "20"), ("replications", "4")]
      let (none, nonePage, _) = try await S.post(client, "/scenarios/starter.yaml/calibrer", request)
      #expect(none == .unprocessableContent && nonePage.contains("pas de chiffres observés"))
      var fields = [("kpi", "pce.accompanied"), ("year", "2025"), ("source", "essai"), ("action", "type")]
      for m in 1...12 { fields.append((String(format: "m%02d", m), "40")) }
      _ = try await S.post(client, "/scenarios/starter.yaml/observes", fields)
      let (page, form) = try await S.page(client, "/scenarios/starter.yaml/calibrer")
      #expect(page == .ok && form.contains("id=\"calibrate-form\""))
      let (bad, badPage, _) = try await S.post(
        client, "/scenarios/starter.yaml/calibrer", [("key0", "sites[centre].walk_ins_per_week"), ("low0", "5"), ("high0", "2")])
      #expect(bad == .unprocessableContent && badPage.contains("Rien n&#39;a été lancé") || badPage.contains("Rien n'a été lancé"))
      let (queued, _, location) = try await S.post(client, "/scenarios/starter.yaml/calibrer", request)
      #expect(queued == .seeOther)
      let id = String(try #require(location?.split(separator: "/").last))
      #expect(try await S.waitDone(client, id).contains("\"done\""))
      let (_, run) = try await S.page(client, "/runs/\(id)")
      #expect(run.contains("Valeurs ajustées : sites[centre].walk_ins_per_week = ") && run.contains("id=\"create-calibrated\""))
      let (created, _, newLocation) = try await S.post(client, "/runs/\(id)/calibrated", [("name", "starter-calibre.yaml")])
      #expect(created == .seeOther && newLocation == "/scenarios/starter-calibre.yaml")
      let calibrated = String(decoding: try t.bytes("starter-calibre.yaml"), as: UTF8.self)
      #expect(calibrated.contains("name: \"starter-calibre\"") && calibrated.contains("sites[centre].walk_ins_per_week"))
      #expect(try await S.post(client, "/runs/\(id)/calibrated", [("name", "starter-calibre.yaml")]).0 == .unprocessableContent)
    }
  }
}

extension RunComparisonTests {
  @Test("Archive a run (out of the list, files kept) and bring it back; its files to the bin, its record kept")
  func archiveAndBin() async throws {
    try await S.withServer(["starter.yaml"]) { client, server, t in
      let id = try await Self.run(client, seed: "4")
      #expect(try await S.post(client, "/runs/\(id)/archive", [("archived", "1")]).0 == .seeOther)
      #expect(!(try await S.page(client, "/runs").1.contains("href=\"/runs/\(id)\"")))
      #expect(try await S.page(client, "/runs?archives=1").1.contains("href=\"/runs/\(id)\""))
      #expect(try await S.page(client, "/runs/\(id)/files/summary.csv").0 == .ok)
      _ = try await S.post(client, "/runs/\(id)/archive", [("archived", "0")])
      #expect(try await S.page(client, "/runs").1.contains("href=\"/runs/\(id)\""))
      #expect(try await S.post(client, "/runs/\(id)/delete", []).0 == .seeOther)
      #expect(try await S.page(client, "/runs/\(id)/files/summary.csv").0 == .notFound)
      let bin = try FileManager.default.contentsOfDirectory(atPath: t.folder.appendingPathComponent("tzsim-runs/corbeille").path)
      #expect(bin.count == 1 && bin[0].hasSuffix("-run-\(id)"))
      let r = try #require(try server.queue.store.run(id))
      #expect(r.folder == nil && r.archived && r.status == .done)
      #expect(try await S.post(client, "/runs/\(id)/delete", []).0 == .unprocessableContent)
    }
  }
}
