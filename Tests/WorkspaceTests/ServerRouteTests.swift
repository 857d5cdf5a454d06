import Foundation
import Hummingbird
import Testing
import Workspace
import WorkspaceServer

/// Every route of the workspace over HTTP, the hostile requests included.
@Suite("Workspace server: routes")
struct ServerRouteTests {
  static func withServer(
    _ scenarios: [String] = ["troyes-2020.yaml", "starter.yaml", "troyes-2020-staffing.yaml"],
    access: AccessPolicy = .loopback(port: 80),
    _ body: @Sendable (RouteClient, WorkspaceServer, TemporaryWorkspace) async throws -> Void
  ) async throws {
    let t = try TemporaryWorkspace(scenarios)
    defer { t.remove() }
    let server = try WorkspaceServer(folder: t.path, jobs: 2, capacity: 3)
    // The client names the server `localhost` (port 80).
    try await body(RouteClient(server.router(access: access, keys: keys)), server, t)
  }

  /// The secrets of the test servers: a known token; forms carry `keys.openCSRF` on loopback.
  static let keys = AccessKeys(token: "the-start-up-token")

  static func form(_ fields: [(String, String)]) -> ByteBuffer {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    let body = fields.map {
      "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)"
    }
    return ByteBuffer(string: body.joined(separator: "&"))
  }

  static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

  static func page(_ client: RouteClient, _ uri: String) async throws -> (HTTPResponse.Status, String) {
    try await client.execute(uri: uri, method: .get) { ($0.status, String(buffer: $0.body)) }
  }

  /// A form posted as the page would: with its CSRF token (`csrf: nil` leaves it out).
  static func post(
    _ client: RouteClient, _ uri: String, _ fields: [(String, String)], headers: HTTPFields = formHeaders,
    csrf: String? = keys.openCSRF
  )
    async throws -> (HTTPResponse.Status, String, String?)
  {
    try await client.execute(uri: uri, method: .post, headers: headers, body: form(fields + (csrf.map { [("csrf", $0)] } ?? []))) {
      ($0.status, String(buffer: $0.body), $0.headers[.location])
    }
  }

  static func base(_ html: String) throws -> String {
    let r = try #require(html.range(of: #"name="base" value="[0-9a-f]{64}""#, options: .regularExpression))
    return String(html[r].dropLast().suffix(64))
  }

  static func waitDone(_ client: RouteClient, _ id: String) async throws -> String {
    for _ in 0..<3000 {
      let (_, json) = try await page(client, "/runs/\(id)/progress")
      if !json.contains("\"queued\"") && !json.contains("\"running\"") { return json }
      try await Task.sleep(for: .milliseconds(20))
    }
    return "timeout"
  }

  @Test("Pages and assets: the list, a scenario's form, the YAML editor, the plan form, the runs")
  func pages() async throws {
    try await Self.withServer { client, _, _ in
      let (s1, home) = try await Self.page(client, "/")
      #expect(s1 == .ok && home.contains("troyes-2020.yaml") && home.contains("lang=\"fr\""))
      let (s2, form) = try await Self.page(client, "/scenarios/troyes-2020.yaml")
      #expect(s2 == .ok && form.contains(#"name="f:sites[troyes].advisors" value="3""#))
      #expect(form.contains("au moins 1 et au plus 1000 (conseillers)"))
      #expect(!form.contains("http://") && !form.contains("https://"), "nothing loaded from outside")
      let (s3, yaml) = try await Self.page(client, "/scenarios/troyes-2020.yaml/yaml")
      #expect(s3 == .ok && yaml.contains("# TZSim scenario"))
      let (s4, plan) = try await Self.page(client, "/scenarios/troyes-2020.yaml/plan")
      #expect(s4 == .ok && plan.contains("accompanied-2020"))
      #expect(try await Self.page(client, "/runs").0 == .ok)
      #expect(try await Self.page(client, "/assets/workspace.css").0 == .ok)
      let (s5, js) = try await Self.page(client, "/assets/workspace.js")
      #expect(s5 == .ok && js.contains("EventSource"))
      #expect(try await Self.page(client, "/assets/favicon.svg").1.hasPrefix("<svg"))
      #expect(try await Self.page(client, "/favicon.ico").0 == .ok)
      #expect(try await Self.page(client, "/runs/999").0 == .notFound)
      #expect(try await Self.page(client, "/scenarios/nope.yaml").0 == .notFound)
    }
  }

  @Test("The form: a bad value is shown at its field and not saved; a good one is saved in place; a stale save is refused")
  func formFlow() async throws {
    try await Self.withServer { client, _, t in
      let original = try t.bytes("troyes-2020.yaml")
      let (_, html) = try await Self.page(client, "/scenarios/troyes-2020.yaml")
      let base = try Self.base(html)
      let (s1, bad, _) = try await Self.post(
        client, "/scenarios/troyes-2020.yaml", [("base", base), ("f:sites[troyes].advisors", "0"), ("action", "save")])
      #expect(s1 == .unprocessableContent)
      #expect(bad.contains(#"class="field invalid" id="field-sites-troyes--advisors""#))
      #expect(bad.contains(#"<span class="error-count">1 erreur</span>"#) && bad.contains(#"aria-invalid="true""#))
      #expect(
        bad.contains("trouvé 0") && bad.contains("doit être un nombre entier entre 1 et 1000 (conseillers)") && !bad.contains("found 0"))
      #expect(try t.bytes("troyes-2020.yaml") == original)
      let (s2, _, location) = try await Self.post(
        client, "/scenarios/troyes-2020.yaml", [("base", base), ("f:sites[troyes].advisors", "4"), ("action", "save")])
      #expect(s2 == .seeOther && location == "/scenarios/troyes-2020.yaml?saved=1")
      let saved = String(decoding: try t.bytes("troyes-2020.yaml"), as: UTF8.self)
      #expect(saved == String(decoding: original, as: UTF8.self).replacingOccurrences(of: "advisors: 3  ", with: "advisors: 4  "))
      // The same, old, form again: refused, the file keeps the first save.
      let (s3, stale, _) = try await Self.post(
        client, "/scenarios/troyes-2020.yaml", [("base", base), ("f:sites[troyes].advisors", "5"), ("action", "save")])
      #expect(s3 == .conflict && stale.contains("modifié ailleurs"))
      #expect(String(decoding: try t.bytes("troyes-2020.yaml"), as: UTF8.self) == saved)
      // "Vérifier" writes nothing.
      let (_, html2) = try await Self.page(client, "/scenarios/troyes-2020.yaml")
      let (s4, checked, _) = try await Self.post(
        client, "/scenarios/troyes-2020.yaml", [("base", try Self.base(html2)), ("f:sites[troyes].advisors", "6"), ("action", "check")])
      #expect(s4 == .ok && checked.contains("valide"))
      #expect(String(decoding: try t.bytes("troyes-2020.yaml"), as: UTF8.self) == saved)
    }
  }

  @Test("A value marked uncertain from the form: saved as a law in the file, shown at its field; bad bounds and stale pages refused")
  func uncertainValue() async throws {
    try await Self.withServer(["starter.yaml"]) { client, _, t in
      let original = try t.bytes("starter.yaml")
      let (_, html) = try await Self.page(client, "/scenarios/starter.yaml")
      #expect(html.contains("Hypothèses incertaines") && html.contains("Aucune valeur n'est marquée incertaine"))
      let base = try Self.base(html)
      let fields = [
        ("base", base), ("action", "add"), ("key", "sites[centre].walk_ins_per_week"), ("law", "triangulaire"),
        ("source", "HYPOTHÈSE : test"),
      ]
      let (bad, badPage, _) = try await Self.post(client, "/scenarios/starter.yaml/uncertain", fields + [("low", "9"), ("high", "4")])
      #expect(bad == .unprocessableContent && badPage.contains("le bas doit être plus petit que le haut"))
      #expect(try t.bytes("starter.yaml") == original)
      let (ok, _, location) = try await Self.post(client, "/scenarios/starter.yaml/uncertain", fields + [("low", "4"), ("high", "9,5")])
      #expect(ok == .seeOther && location == "/scenarios/starter.yaml?saved=1")
      let saved = String(decoding: try t.bytes("starter.yaml"), as: UTF8.self)
      #expect(saved.hasPrefix(String(decoding: original, as: UTF8.self).trimmingCharacters(in: .newlines)))
      #expect(
        saved.contains(
          #"- {key: "sites[centre].walk_ins_per_week", law: "triangular(min: 4, mode: 6, max: 9.5)", source: "HYPOTHÈSE : test"}"#))
      let (_, after) = try await Self.page(client, "/scenarios/starter.yaml")
      #expect(after.contains("<strong>incertaine</strong> : triangular(min: 4, mode: 6, max: 9.5)"))
      // The plan form now offers the choice of probability (it did not without laws).
      #expect(try await Self.page(client, "/scenarios/starter.yaml/plan").1.contains(#"id="under-uncertainty""#))
      #expect(PlanRequest(objective: "o", probability: 0.9, path: "p", from: 1, to: 2, step: 1).underUncertainty == false)
      let stored = #"{"objective":"o","probability":0.9,"path":"p","from":1,"to":2,"step":1}"#
      #expect(try JSONDecoder().decode(PlanRequest.self, from: Data(stored.utf8)).underUncertainty == false)
      // The page the request came from is out of date now: refused, nothing written.
      let (stale, _, _) = try await Self.post(client, "/scenarios/starter.yaml/uncertain", fields + [("low", "1"), ("high", "2")])
      #expect(try stale == .conflict && String(decoding: t.bytes("starter.yaml"), as: UTF8.self) == saved)
    }
  }

  @Test("What is typed is what runs: « Lancer » saves the typed values first; invalid ones are neither saved nor run")
  func typedIsWhatRuns() async throws {
    try await Self.withServer(["starter.yaml"]) { client, server, t in
      let original = String(decoding: try t.bytes("starter.yaml"), as: UTF8.self)
      let (_, html) = try await Self.page(client, "/scenarios/starter.yaml")
      #expect(html.contains(#"form="scenario-form" name="action" value="run" id="launch""#))
      let base = try Self.base(html)
      let (bad, badPage, _) = try await Self.post(
        client, "/scenarios/starter.yaml",
        [("base", base), ("f:sites[centre].advisors", "-2"), ("action", "run"), ("replications", "2"), ("seed", "1")])
      #expect(bad == .unprocessableContent && badPage.contains("Rien n'a été enregistré ni lancé"))
      #expect(try String(decoding: t.bytes("starter.yaml"), as: UTF8.self) == original)
      #expect(try server.queue.store.all().isEmpty)
      let (ok, _, location) = try await Self.post(
        client, "/scenarios/starter.yaml",
        [("base", base), ("f:sites[centre].advisors", "3"), ("action", "run"), ("replications", "2"), ("seed", "1")])
      #expect(ok == .seeOther && location?.hasPrefix("/runs/") == true, "\(location ?? "no location")")
      let saved = String(decoding: try t.bytes("starter.yaml"), as: UTF8.self)
      #expect(saved == original.replacingOccurrences(of: "    advisors: 2 ", with: "    advisors: 3 "))
      let id = String(location?.dropFirst("/runs/".count) ?? "")
      #expect(try await Self.waitDone(client, id).contains("\"done\""))
      // « Chercher » saves too, then opens the plan form.
      let (_, html2) = try await Self.page(client, "/scenarios/starter.yaml")
      let (toPlan, _, planLocation) = try await Self.post(
        client, "/scenarios/starter.yaml", [("base", try Self.base(html2)), ("f:sites[centre].walk_ins_per_week", "7"), ("action", "plan")])
      #expect(toPlan == .seeOther && planLocation == "/scenarios/starter.yaml/plan")
      #expect(try String(decoding: t.bytes("starter.yaml"), as: UTF8.self).contains("walk_ins_per_week: 7 "))
    }
  }

  @Test("A stale save merges: typed-only changes carried onto the file as it is now, changes made elsewhere kept, both-sided ones shown")
  func staleMerge() async throws {
    try await Self.withServer(["starter.yaml"]) { client, _, t in
      let (_, html) = try await Self.page(client, "/scenarios/starter.yaml")
      let base = try Self.base(html)
      #expect(html.contains(#"<input type="hidden" name="o:sites[centre].walk_ins_per_week" value="6">"#))
      // Meanwhile, someone else changes the walk-ins (6 → 5) and the referrals (1 → 2).
      let original = String(decoding: try t.bytes("starter.yaml"), as: UTF8.self)
      let elsewhere = original.replacingOccurrences(of: "walk_ins_per_week: 6 ", with: "walk_ins_per_week: 5 ")
        .replacingOccurrences(of: "referrals_per_week: 1 ", with: "referrals_per_week: 2 ")
      #expect(elsewhere != original)
      try elsewhere.write(toFile: t.path + "/starter.yaml", atomically: true, encoding: .utf8)
      // The planner had typed 3 advisors (2 then) and 8 walk-ins (6 then), and left the referrals at 1.
      let fields: [(String, String)] = [
        ("f:sites[centre].advisors", "3"), ("o:sites[centre].advisors", "2"),
        ("f:sites[centre].walk_ins_per_week", "8"), ("o:sites[centre].walk_ins_per_week", "6"),
        ("f:sites[centre].referrals_per_week", "1"), ("o:sites[centre].referrals_per_week", "1"),
      ]
      let (status, page, _) = try await Self.post(client, "/scenarios/starter.yaml", [("base", base), ("action", "save")] + fields)
      #expect(status == .conflict && page.contains("rien n'a été enregistré"))
      #expect(String(decoding: try t.bytes("starter.yaml"), as: UTF8.self) == elsewhere, "nothing written")
      #expect(page.contains(#"name="f:sites[centre].advisors" value="3""#), "typed only here: carried")
      #expect(page.contains(#"name="f:sites[centre].referrals_per_week" value="2""#), "changed only elsewhere: as it is now")
      #expect(page.contains(#"name="f:sites[centre].walk_ins_per_week" value="8""#), "changed on both sides: what was typed")
      #expect(page.contains("enregistré alors « 6 », enregistré maintenant « 5 » ; vous aviez tapé « 8 »"))
      #expect(page.contains("(1 sans conflit ; 1 modifiée aussi ailleurs"))
      // Saved from the merged page (its base is the file now), the merge lands.
      let (saved, _, _) = try await Self.post(
        client, "/scenarios/starter.yaml",
        [("base", try Self.base(page)), ("action", "save")] + fields.filter { $0.0.hasPrefix("f:") && !$0.0.contains("referrals") })
      #expect(saved == .seeOther)
      let now = String(decoding: try t.bytes("starter.yaml"), as: UTF8.self)
      #expect(now.contains("advisors: 3 ") && now.contains("walk_ins_per_week: 8 ") && now.contains("referrals_per_week: 2 "))
    }
  }

  @Test("Duplicate a scenario under a new name (its name key follows), never over an existing file; the help page")
  func duplicateAndHelp() async throws {
    try await Self.withServer(["starter.yaml", "troyes-2020.yaml"]) { client, _, t in
      let original = try t.bytes("starter.yaml")
      let (ok, _, location) = try await Self.post(client, "/scenarios/starter.yaml/duplicate", [("name", "variante.yaml")])
      #expect(ok == .seeOther && location == "/scenarios/variante.yaml")
      let copy = String(decoding: try t.bytes("variante.yaml"), as: UTF8.self)
      #expect(copy == String(decoding: original, as: UTF8.self).replacingOccurrences(of: "name: starter", with: "name: variante"))
      #expect(try t.bytes("starter.yaml") == original)
      let (refused, _, _) = try await Self.post(client, "/scenarios/starter.yaml/duplicate", [("name", "troyes-2020.yaml")])
      #expect(refused == .unprocessableContent)
      let (help, page) = try await Self.page(client, "/aide")
      #expect(help == .ok && page.contains("<h1>Aide</h1>") && page.contains("Hypothèses incertaines"))
    }
  }

  @Test("The YAML editor saves a valid file, refuses an invalid one and a stale one")
  func yamlEditor() async throws {
    try await Self.withServer { client, _, t in
      let original = String(decoding: try t.bytes("starter.yaml"), as: UTF8.self)
      let (_, html) = try await Self.page(client, "/scenarios/starter.yaml/yaml")
      let base = try Self.base(html)
      let (s1, refused, _) = try await Self.post(
        client, "/scenarios/starter.yaml/yaml",
        [("base", base), ("text", original.replacingOccurrences(of: "advisors: 2", with: "advisers: 2"))])
      #expect(s1 == .unprocessableContent)
      // The messages in French, each on its line (a link the editor's script follows).
      #expect(refused.contains(##"<a href="#yaml" data-line="20" data-column="5">ligne 20, colonne 5</a>"##), "\(refused)")
      #expect(refused.contains("clé inconnue — Vouliez-vous dire `advisors` ?") && !refused.contains("unknown key"))
      #expect(String(decoding: try t.bytes("starter.yaml"), as: UTF8.self) == original)
      let changed = original + "# a note\n"
      let (s2, _, _) = try await Self.post(client, "/scenarios/starter.yaml/yaml", [("base", base), ("text", changed)])
      #expect(s2 == .seeOther)
      #expect(String(decoding: try t.bytes("starter.yaml"), as: UTF8.self) == changed)
      let (s3, _, _) = try await Self.post(client, "/scenarios/starter.yaml/yaml", [("base", base), ("text", original)])
      #expect(s3 == .conflict)
    }
  }

  @Test("New scenario from the template; an existing name is refused")
  func newScenario() async throws {
    try await Self.withServer { client, _, t in
      let (s1, _, location) = try await Self.post(client, "/scenarios", [("name", "mine.yaml")])
      #expect(s1 == .seeOther && location == "/scenarios/mine.yaml")
      #expect(FileManager.default.fileExists(atPath: t.folder.appendingPathComponent("mine.yaml").path))
      #expect(try await Self.post(client, "/scenarios", [("name", "mine.yaml")]).0 == .unprocessableContent)
      #expect(try await Self.post(client, "/scenarios", [("name", "../up.yaml")]).0 == .unprocessableContent)
    }
  }

  @Test("Run, progress, events, page, files; compare; plan; cancel")
  func runs() async throws {
    try await Self.withServer { client, _, t in
      let (s1, _, location) = try await Self.post(client, "/scenarios/starter.yaml/run", [("replications", "10"), ("seed", "3")])
      #expect(s1 == .seeOther)
      let id = String(try #require(location?.split(separator: "/").last))
      #expect(try await Self.waitDone(client, id).contains("\"done\""))
      let events = try await Self.page(client, "/runs/\(id)/events").1
      #expect(events.contains("event: progress") && events.contains("event: end"))
      let (_, run) = try await Self.page(client, "/runs/\(id)")
      #expect(run.contains("id=\"verdicts\"") && run.contains("/runs/\(id)/files/report.html"))
      // The report served with a way back to its run; the file itself is the command line's.
      let served = try await Self.page(client, "/runs/\(id)/files/report.html").1
      #expect(served.contains("<a href=\"/runs/\(id)\" style=\"color:#fff\">← Retour au calcul n° \(id)"))
      let onDisk = try String(contentsOf: t.folder.appendingPathComponent("tzsim-runs/run-\(id)/report.html"), encoding: .utf8)
      #expect(!onDisk.contains("Retour au calcul"))
      // The objective in words, its id beside: « Personnes accompagnées en 2025 ≥ 300 (accompanied-2025) ».
      #expect(run.contains("en 2025 ≥ 300 <span class=\"path\">(accompanied-2025)</span>"), "\(run)")
      #expect(try await Self.page(client, "/runs").1.contains("en 2025 ≥ 300 : "))
      let (s2, csv) = try await client.execute(uri: "/runs/\(id)/files/summary.csv", method: .get) {
        ($0.status, String(buffer: $0.body))
      }
      #expect(s2 == .ok && csv.hasPrefix("\u{FEFF}") && csv.contains(";"), "French spreadsheet flavour")
      #expect(try await Self.page(client, "/runs/\(id)/files/charts/chart-accompanied.svg").0 == .ok)
      #expect(try await Self.page(client, "/runs").1.contains("/runs/\(id)"))

      let (s3, _, compareLocation) = try await Self.post(client, "/scenarios/troyes-2020-staffing.yaml/compare", [("replications", "4")])
      #expect(s3 == .seeOther)
      let compareID = String(try #require(compareLocation?.split(separator: "/").last))
      #expect(try await Self.waitDone(client, compareID).contains("\"done\""))
      #expect(try await Self.page(client, "/runs/\(compareID)/files/comparison.csv").0 == .ok)
      let comparePage = try await Self.page(client, "/runs/\(compareID)").1
      #expect(comparePage.contains("<tr><td>Un conseiller de plus à Troyes</td>"), "options by their names")
      #expect(try await Self.post(client, "/scenarios/starter.yaml/compare", []).0 == .unprocessableContent)

      let (s4, _, planLocation) = try await Self.post(
        client, "/scenarios/starter.yaml/plan",
        [
          ("objective", "accompanied-2025"), ("probability", "0,5"), ("path", "sites[centre].advisors"), ("from", "1"), ("to", "2"),
          ("step", "1"),
        ])
      #expect(s4 == .seeOther)
      let planID = String(try #require(planLocation?.split(separator: "/").last))
      #expect(try await Self.waitDone(client, planID).contains("\"done\""))
      #expect(try await Self.page(client, "/runs/\(planID)/files/plan.csv").0 == .ok)
      // Its answer applied as a new scenario: the value found written in place, the name following the file.
      let (_, planPage) = try await Self.page(client, "/runs/\(planID)")
      #expect(planPage.contains("id=\"apply-plan\"") && planPage.contains("value=\"starter-plan-\(planID).yaml\""))
      let (s6, _, appliedLocation) = try await Self.post(client, "/runs/\(planID)/apply", [("name", "starter-plan.yaml")])
      #expect(s6 == .seeOther && appliedLocation == "/scenarios/starter-plan.yaml")
      let applied = String(decoding: try t.bytes("starter-plan.yaml"), as: UTF8.self)
      #expect(applied.contains("name: starter-plan") && applied.range(of: #"advisors: [12] "#, options: .regularExpression) != nil)
      #expect(try await Self.post(client, "/runs/\(planID)/apply", [("name", "starter-plan.yaml")]).0 == .unprocessableContent)
      #expect(try await Self.post(client, "/runs/\(id)/apply", [("name", "x.yaml")]).0 == .unprocessableContent)
      let (s5, badPlan, _) = try await Self.post(
        client, "/scenarios/starter.yaml/plan",
        [
          ("objective", "accompanied-2025"), ("probability", "2"), ("path", "sites[centre].advisors"), ("from", "1"), ("to", "2"),
          ("step", "1"),
        ])
      #expect(s5 == .unprocessableContent && badPlan.contains("probabilité"))

      let (_, _, longLocation) = try await Self.post(client, "/scenarios/troyes-2020.yaml/run", [("replications", "2000")])
      let longID = String(try #require(longLocation?.split(separator: "/").last))
      #expect(try await Self.post(client, "/runs/\(longID)/cancel", []).0 == .seeOther)
      #expect(try await Self.waitDone(client, longID).contains("\"cancelled\""))
      #expect(try await Self.page(client, "/runs/\(longID)/files/summary.csv").0 == .notFound)
    }
  }

  @Test("Hostile requests: paths out of the workspace, foreign origins, large bodies, bursts of runs")
  func hostile() async throws {
    try await Self.withServer { client, _, t in
      func get(_ uri: String) async throws -> HTTPResponse.Status {
        try await client.execute(uri: uri, method: .get) { $0.status }
      }
      #expect(try await get("/") == .ok)
      for uri in [
        "/scenarios/..%2F..%2Fetc%2Fpasswd", "/scenarios/%2Fetc%2Fpasswd", "/scenarios/../../etc/passwd", "/scenarios/.hidden.yaml",
        "/scenarios/tzsim-runs%2Fruns.sqlite", "/runs/1/files/..%2Fruns.sqlite", "/runs/1/files/../../troyes-2020.yaml",
        "/runs/0", "/runs/-1", "/runs/abc/progress",
      ] {
        let status = try await get(uri)
        #expect(status == .notFound || status == .forbidden, "\(uri): \(status)")
      }
      try FileManager.default.createSymbolicLink(
        atPath: t.folder.appendingPathComponent("passwd.yaml").path, withDestinationPath: "/etc/passwd")
      #expect(try await get("/scenarios/passwd.yaml") == .notFound)
      var foreign = Self.formHeaders
      foreign[.origin] = "http://evil.example"
      #expect(try await Self.post(client, "/scenarios/starter.yaml/run", [], headers: foreign).0 == .forbidden)
      var same = Self.formHeaders
      same[.origin] = "http://localhost"
      #expect(try await Self.post(client, "/scenarios", [("name", "ok.yaml")], headers: same).0 == .seeOther)
      let huge = ByteBuffer(repeating: UInt8(ascii: "a"), count: WorkspaceServer.maxBody + 1)
      let status = try await client.execute(uri: "/scenarios/starter.yaml", method: .post, headers: Self.formHeaders, body: huge) {
        $0.status
      }
      #expect(status == .contentTooLarge)
      // A burst: three accepted (capacity 3), the rest refused; nothing recorded for them.
      var statuses: [HTTPResponse.Status] = []
      for _ in 0..<6 {
        statuses.append(try await Self.post(client, "/scenarios/troyes-2020.yaml/run", [("replications", "2000")]).0)
      }
      #expect(statuses.filter { $0 == .seeOther }.count == 3)
      #expect(statuses.filter { $0 == .tooManyRequests }.count == 3)
      for id in 1...3 { _ = try await Self.post(client, "/runs/\(id)/cancel", []) }
      for id in 1...3 { #expect(try await Self.waitDone(client, String(id)).contains("cancelled")) }
    }
  }

  @Test("Host rules: the server's own names with its port, always; a proxy's name when given")
  func hostRules() {
    let loopback = AccessPolicy.loopback(port: 8080)
    for ok in ["127.0.0.1:8080", "localhost:8080", "LOCALHOST:8080", "[::1]:8080"] { #expect(loopback.hostProblem(ok) == nil, "\(ok)") }
    for bad in ["evil.example:8080", "127.0.0.1:9999", "localhost", nil, "", "127.0.0.1.evil.example:8080"] {
      #expect(loopback.hostProblem(bad) != nil, "\(bad ?? "nil")")
    }
    #expect(!loopback.requiresLogin)
    // Off loopback: the rebinding page's own name is refused; the machine's names are not.
    let shared = AccessPolicy.serving(host: "0.0.0.0", port: 18979, allowedHosts: [], secureCookie: false)
    #expect(shared.requiresLogin)
    #expect(shared.hostProblem("attacker.example:18979") != nil)
    #expect(shared.hostProblem("127.0.0.1:18979") == nil)
    #expect(shared.hostProblem("\(ProcessInfo.processInfo.hostName):18979") == nil)
    // Behind a proxy: loopback bind, the proxy's public name, and still a token.
    let proxied = AccessPolicy.serving(host: "127.0.0.1", port: 8080, allowedHosts: ["tzsim.ville.example"], secureCookie: true)
    #expect(proxied.requiresLogin && proxied.secureCookie)
    #expect(proxied.hostProblem("tzsim.ville.example") == nil && proxied.hostProblem("tzsim.ville.example:8080") == nil)
    #expect(proxied.hostProblem("tzsim.ville.example:9000") != nil && proxied.hostProblem("attacker.example") != nil)
    // A name given with its port is accepted with that port only; an IPv6 address too.
    let ported = AccessPolicy(
      port: 8080, ownNames: [], allowedHosts: ["proxy.example:8443", "[fd00::1]:8443"], requiresLogin: true, secureCookie: false)
    #expect(ported.hostProblem("proxy.example:8443") == nil && ported.hostProblem("[fd00::1]:8443") == nil)
    #expect(ported.hostProblem("proxy.example") != nil && ported.hostProblem("proxy.example:8080") != nil)
    #expect(ported.hostProblem("[fd00::1]:8443:8080") != nil)
  }

  @Test("Origin rules: forms only from the same site, HTTP or HTTPS")
  func originRules() {
    #expect(AccessPolicy.originProblem(nil, authority: "127.0.0.1:8080") == nil)
    #expect(AccessPolicy.originProblem("http://127.0.0.1:8080", authority: "127.0.0.1:8080") == nil)
    #expect(AccessPolicy.originProblem("https://tzsim.ville.example", authority: "tzsim.ville.example") == nil)
    #expect(AccessPolicy.originProblem("http://evil.example", authority: "127.0.0.1:8080") != nil)
    #expect(AccessPolicy.originProblem("null", authority: "127.0.0.1:8080") != nil)
  }

  @Test("CSRF: a form without the page's token, or with another, changes nothing")
  func csrf() async throws {
    try await Self.withServer { client, _, t in
      let original = try t.bytes("starter.yaml")
      #expect(try await Self.post(client, "/scenarios/starter.yaml/run", [("replications", "3")], csrf: nil).0 == .forbidden)
      #expect(try await Self.post(client, "/scenarios/starter.yaml/run", [("replications", "3")], csrf: "0123").0 == .forbidden)
      #expect(try await Self.post(client, "/scenarios", [("name", "x.yaml")], csrf: nil).0 == .forbidden)
      #expect(!FileManager.default.fileExists(atPath: t.folder.appendingPathComponent("x.yaml").path))
      #expect(try await Self.page(client, "/runs").1.contains("/runs/1") == false, "no run was started")
      // The page's forms carry the token the server checks.
      let (_, page) = try await Self.page(client, "/scenarios/starter.yaml")
      #expect(page.contains(#"name="csrf" value="\#(Self.keys.openCSRF)""#))
      #expect(try t.bytes("starter.yaml") == original)
    }
  }

  @Test("HEAD is answered as GET, without a body")
  func head() async throws {
    try await Self.withServer { client, _, _ in
      let (status, length, body) = try await client.execute(uri: "/", method: .head) {
        ($0.status, $0.headers[.contentLength], $0.body.readableBytes)
      }
      let get = try await Self.page(client, "/").1
      #expect(status == .ok)
      #expect(body == 0)
      #expect(length == String(get.utf8.count))
      #expect(try await client.execute(uri: "/scenarios/nope.yaml", method: .head) { $0.status } == .notFound)
    }
  }

  @Test("A shared workspace: a session from the token, then its cookie and its forms' token; foreign hosts refused")
  func sharedWorkspace() async throws {
    // Listening beyond loopback; `localhost` stands for the machine's name (the test client's host).
    let access = AccessPolicy(port: 18979, ownNames: ["localhost"], allowedHosts: ["localhost"], requiresLogin: true, secureCookie: false)
    try await Self.withServer(access: access) { client, _, t in
      // Without a session: the sign-in page, nothing readable or changeable.
      let (s1, signIn) = try await Self.page(client, "/")
      #expect(s1 == .unauthorized && signIn.contains("name=\"jeton\"") && !signIn.contains("starter.yaml"))
      #expect(try await Self.page(client, "/scenarios/starter.yaml").0 == .unauthorized)
      #expect(try await Self.page(client, "/assets/workspace.css").0 == .ok, "the sign-in page's style")
      #expect(try await Self.post(client, "/scenarios/starter.yaml/run", [("replications", "3")], csrf: nil).0 == .unauthorized)
      // A wrong token opens nothing.
      #expect(try await Self.page(client, "/?jeton=guess").0 == .unauthorized)
      #expect(try await Self.post(client, "/connexion", [("jeton", "guess")], csrf: nil).0 == .unauthorized)
      // The right one: a cookie, HttpOnly and SameSite=Strict, and back to the page without the token.
      let (s2, cookie, location) = try await client.execute(uri: "/scenarios/starter.yaml?jeton=\(Self.keys.token)", method: .get) {
        ($0.status, $0.headers[.setCookie] ?? "", $0.headers[.location])
      }
      #expect(s2 == .seeOther && location == "/scenarios/starter.yaml")
      #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.hasPrefix("tzsim_session="))
      let session = String(cookie.prefix { $0 != ";" })
      let (s3, page) = try await client.execute(uri: "/scenarios/starter.yaml", method: .get, headers: [.cookie: session]) {
        ($0.status, String(buffer: $0.body))
      }
      #expect(s3 == .ok && page.contains("Se déconnecter"))
      let csrf = try #require(page.firstRange(of: #/name="csrf" value="([0-9a-f]{64})"/#).map { String(page[$0].dropLast().suffix(64)) })
      #expect(csrf != Self.keys.openCSRF, "a session has its own forms' token")
      var headers = Self.formHeaders
      headers[.cookie] = session
      // A form of the session without its token, or with the loopback one, is refused; with it, the run starts.
      #expect(try await Self.post(client, "/scenarios/starter.yaml/run", [("replications", "3")], headers: headers).0 == .forbidden)
      let (s4, _, runLocation) = try await Self.post(
        client, "/scenarios/starter.yaml/run", [("replications", "3")], headers: headers, csrf: csrf)
      #expect(s4 == .seeOther && runLocation?.hasPrefix("/runs/") == true)
      // The token never sends the browser to another site.
      for uri in ["//evil.example/", "/\\evil.example/"] {
        let away = try await client.execute(uri: "\(uri)?jeton=\(Self.keys.token)", method: .get) { $0.headers[.location] }
        #expect(away == "/", "\(uri) → \(away ?? "-")")
      }
      // Signing out closes the session.
      #expect(try await Self.post(client, "/deconnexion", [], headers: headers, csrf: csrf).0 == .seeOther)
      #expect(try await client.execute(uri: "/", method: .get, headers: [.cookie: session]) { $0.status } == .unauthorized)
      #expect(FileManager.default.fileExists(atPath: t.folder.appendingPathComponent("tzsim-runs/runs.sqlite").path))
    }
    // The rebinding request of the issue: refused before anything, with or without a token.
    let rebinding = AccessPolicy(port: 18979, ownNames: ["127.0.0.1"], allowedHosts: [], requiresLogin: true, secureCookie: false)
    try await Self.withServer(access: rebinding) { client, _, t in
      var headers = Self.formHeaders
      headers[.origin] = "http://localhost"
      let run = try await Self.post(client, "/scenarios/starter.yaml/run", [("replications", "3"), ("seed", "1")], headers: headers)
      let withToken = try await Self.page(client, "/?jeton=\(Self.keys.token)")
      let form = try await Self.page(client, "/scenarios/starter.yaml")
      #expect(run.0 == .forbidden && withToken.0 == .forbidden && form.0 == .forbidden)
      #expect(!FileManager.default.fileExists(atPath: t.folder.appendingPathComponent("tzsim-runs/run-1").path))
    }
  }
}
