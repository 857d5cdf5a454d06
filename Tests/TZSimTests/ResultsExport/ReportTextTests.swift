import Foundation
import Testing

/// The report states the scenario's own inputs, not the defaults it was written with.
@Suite("Results: report texts from the parameters")
struct ReportTextTests {
  @Test("the employer cost factor, the retention period, the département share and the grant come from the scenario")
  func parametersInTexts() throws {
    let dir = try CommandLineTests.temporaryDirectory()
    var text = try String(contentsOf: TestPaths.file("Scenarios/troyes-2020.yaml"), encoding: .utf8)
    text = text.replacingOccurrences(of: "end: 2024-12-31", with: "end: 2022-12-31")
      .replacingOccurrences(of: "date: 2024-12-31", with: "date: 2022-12-31")
      .replacingOccurrences(of: "  retention_days: 60", with: "  retention_days: 45")
    let money = try #require(text.range(of: #"(?m)^  employer_cost_factor: 1\.42.*$"#, options: .regularExpression))
    text.replaceSubrange(
      money,
      with: """
          employer_cost_factor: 1.5
          departement_share:
            - {from: 2017-01-01, value: 0, source: "test"}
            - {from: 2022-01-01, value: 0.2, source: "test"}
          startup_grant_eur:
            - {from: 2017-01-01, value: 5000, source: "test"}
        """)
    let file = dir.appending(path: "s.yaml")
    try text.write(to: file, atomically: true, encoding: .utf8)
    // Only the texts matter here: one verdict, without the outer design of the uncertain assumptions.
    let r = try CommandLineTests.tzsim(
      ["run", file.path, "--replications", "2", "--without-uncertainty", "--quiet", "--output", "res"], in: dir)
    try #require(r.status == 0, "\(r.stderr)")
    let html = try String(contentsOf: dir.appending(path: "res/report.html"), encoding: .utf8)
    #expect(html.contains("ETP × SMIC × 1,5 (coût employeur)"))
    #expect(html.contains("dans les 45 jours de la liste"))
    #expect(html.contains("20\u{202F}% de la CDE de l'État, depuis le 1er janvier 2022"))
    #expect(html.contains("5\u{202F}000 € par poste créé, depuis le 1er janvier 2017"))
    #expect(!html.contains("1,42") && !html.contains("6\u{202F}200"))
  }
}
