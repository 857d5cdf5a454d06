import Foundation
import ResultsExport
import SimulationCore
import Stochastic
import TerritoryModel
import Testing

@Suite("Results: statistics")
struct ResultStatisticsTests {
  @Test("mean, sd and the 95 % interval against hand-computed values")
  func handComputed() {
    var s = KPIStatistics()
    for x in [2.0, 4, 4, 4, 5, 5, 7, 9] { s.add(x) }
    #expect(s.mean == 5)
    #expect(abs(s.sd - (32.0 / 7).squareRoot()) < 1e-12)
    // t(0.975, 7) = 2.364624251592785
    let hw = 2.364624251592785 * (32.0 / 7 / 8).squareRoot()
    #expect(abs(s.halfWidth95 - hw) < 1e-9)
    #expect(abs(s.ci95.low - (5 - hw)) < 1e-9 && abs(s.ci95.high - (5 + hw)) < 1e-9)
    // Five values or fewer: exact quantiles (linear interpolation, type 7).
    var small = KPIStatistics()
    for x in [10.0, 20, 30, 40, 50] { small.add(x) }
    #expect(small.quantiles.p50 == 30 && small.quantiles.p10 == 14 && small.quantiles.p90 == 46)
  }

  @Test("P2 quantiles are close to the exact quantiles of 10,000 lognormal draws")
  func p2() throws {
    let d = try Distribution.lognormal(mean: 45, sd: 20)
    let stream = RandomStream(seed: 11)
    var values: [Double] = []
    var s = KPIStatistics()
    for _ in 0..<10_000 {
      let x = d.sample(stream)
      values.append(x)
      s.add(x)
    }
    values.sort()
    func exact(_ p: Double) -> Double { values[Int((p * Double(values.count - 1)).rounded())] }
    // Within 2 % of the spread between p10 and p90.
    let spread = exact(0.9) - exact(0.1)
    #expect(abs(s.quantiles.p10 - exact(0.1)) < 0.02 * spread)
    #expect(abs(s.quantiles.p50 - exact(0.5)) < 0.02 * spread)
    #expect(abs(s.quantiles.p90 - exact(0.9)) < 0.02 * spread)
  }

  @Test(
    "Wilson interval: middle and edge cases",
    arguments: [
      (5, 10, 0.236593, 0.763407), (0, 10, 0.0, 0.277533), (10, 10, 0.722467, 1.0), (0, 1, 0.0, 0.793451), (145, 200, 0.659317, 0.782203),
    ])
  func wilson(_ k: Int, _ n: Int, _ low: Double, _ high: Double) {
    let (lo, hi) = WilsonInterval.interval(successes: k, trials: n)
    #expect(abs(lo - low) < 1e-6 && abs(hi - high) < 1e-6, "\(k)/\(n): \(lo)–\(hi)")
  }

  @Test("numbers are written the same way everywhere")
  func numberText() {
    #expect(NumberText.plain(17549.388) == "17549.388")
    #expect(NumberText.plain(1.0 / 3) == "0.333333")
    #expect(NumberText.plain(-0.0000001) == "0")
    #expect(NumberText.plain(.nan) == "")
    #expect(NumberText.plain(-2.5) == "-2.5" && NumberText.plain(0.000001) == "0.000001" && NumberText.plain(-0.0000004) == "0")
    #expect(NumberText.plain(1e13) == "10000000000000" && NumberText.plain(123.0000004) == "123")
    for x in stride(from: -1000.0, through: 1000, by: 0.37) {
      #expect(Double(NumberText.plain(x)) == (x * 1e6).rounded() / 1e6)
    }
    #expect(NumberText.french(2.5) == "2,5")
    #expect(NumberText.report(1234567.891, digits: 1) == "1\u{202F}234\u{202F}567,9")
  }
}

@Suite("Results: files of a run", .serialized)
struct RunFilesTests {
  static func run(jobs: Int, extra: [String] = []) throws -> URL {
    let dir = try CommandLineTests.temporaryDirectory()
    let r = try CommandLineTests.tzsim(
      ["run", TestPaths.file("Scenarios/starter.yaml").path, "--replications", "12", "--jobs", String(jobs), "--output", "res", "--quiet"]
        + extra, in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    return dir.appending(path: "res")
  }

  @Test("results are byte-identical for --jobs 1, 2 and 4")
  func jobs() throws {
    let one = try Self.run(jobs: 1)
    for j in [2, 4] {
      let other = try Self.run(jobs: j)
      for name in ["summary.json", "summary.csv", "monthly.csv", "replications.csv", "report.html", "report.md"] {
        #expect(
          try Data(contentsOf: one.appending(path: name)) == Data(contentsOf: other.appending(path: name)),
          "\(name) differs with --jobs \(j)")
      }
    }
  }

  @Test("summary.json follows its documented schema")
  func summarySchema() throws {
    let out = try Self.run(jobs: 2)
    let schema = try JSONSchemaCheck(data: Data(contentsOf: TestPaths.file("docs/schemas/tzsim-summary.schema.json")))
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appending(path: "summary.json")))
    #expect(schema.validate(json) == [])
    let kpis = (json as! [String: Any])["kpis"] as! [String: Any]
    #expect(kpis["pce.accompanied@2025"] != nil)
    // Read through its Codable type, it writes the same bytes again.
    let bytes = try Data(contentsOf: out.appending(path: "summary.json"))
    let document = try SummaryDocument.read(bytes)
    #expect(document.kpis["pce.accompanied@2025"]?.n == document.replications)
    #expect(Data(document.json.utf8) == bytes)
  }

  @Test("the CSV files parse with Python's csv module, in both flavours")
  func csvFlavours() throws {
    let standard = try Self.run(jobs: 2)
    let french = try Self.run(jobs: 2, extra: ["--excel-fr"])
    let script = """
      import csv, sys
      for path, delim in [(sys.argv[1], ','), (sys.argv[2], ';')]:
          for name in ['summary.csv', 'monthly.csv', 'replications.csv']:
              with open(path + '/' + name, encoding='utf-8-sig', newline='') as f:
                  rows = list(csv.reader(f, delimiter=delim))
              widths = {len(r) for r in rows}
              assert len(widths) == 1 and len(rows) > 2, (path, name, widths)
              if name == 'summary.csv':
                  mean = rows[1][4]
                  assert ('.' in mean or mean.isdigit() or mean.startswith('-')) if delim == ',' else (',' in mean or mean.lstrip('-').isdigit()), mean
                  float(mean.replace(',', '.'))
      with open(sys.argv[2] + '/summary.csv', 'rb') as f:
          assert f.read(3) == b'\\xef\\xbb\\xbf'
      print('ok')
      """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script, standard.path, french.path]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = out
    try p.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 0 && text == "ok\n", "\(text)")
  }

  @Test("the report's golden structure: sections, charts with ids, every figure captioned")
  func reportStructure() throws {
    let out = try Self.run(jobs: 2)
    let md = try String(contentsOf: out.appending(path: "report.md"), encoding: .utf8)
    #expect(
      md.split(separator: "\n").filter { $0.hasPrefix("#") }.map(String.init) == [
        "# Simulation TZSim — starter", "## Verdicts", "## Chiffres clés", "## Par lieu d'accueil", "## Hypothèses du scénario",
        "## Lire les chiffres", "## Provenance",
      ])
    let html = try String(contentsOf: out.appending(path: "report.html"), encoding: .utf8)
    let ids = html.matches(of: /<svg[^>]*class="chart" id="([a-z-]+)"/).map { String($0.1) }
    #expect(ids == ["chart-accompanied", "chart-waits", "chart-utilization", "chart-workshops"])
    // Each chart also travels alone: charts/<id>.svg and its data in charts/<id>.csv.
    for id in ids {
      let svg = try String(contentsOf: out.appending(path: "charts/\(id).svg"), encoding: .utf8)
      #expect(svg.hasPrefix("<?xml") && svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
      #expect(try String(contentsOf: out.appending(path: "charts/\(id).csv"), encoding: .utf8).split(separator: "\n").count > 1)
    }
    #expect(html.components(separatedBy: "<figure>").count == html.components(separatedBy: "<figcaption>").count)
    #expect(html.contains("class=\"verdict\""))
    #expect(!html.contains("<script"), "self-contained and static")
    let en = try Self.run(jobs: 1, extra: ["--lang", "en"])
    let mdEN = try String(contentsOf: en.appending(path: "report.md"), encoding: .utf8)
    #expect(mdEN.hasPrefix("# TZSim simulation — starter"))
  }
}

@Suite("Results: aggregation order and pairing")
struct AggregationTests {
  static func result(_ r: Int, _ value: Double, met: Bool) -> ReplicationResult {
    ReplicationResult(
      replication: r, rows: [ResultRow(kpi: "pce.accompanied", period: "2020", dimension: "", value: value)],
      months: [], monthly: [], objectives: [ObjectiveOutcome(id: "o", value: value, met: met, dayMet: met ? 300 : nil)], events: 1)
  }

  @Test("paired differences against hand-computed values")
  func paired() {
    var c = ComparisonAggregator(optionIDs: ["plus"], objectives: 1)
    let base = [790.0, 805, 812, 798]
    let plus = [801.0, 815, 825, 806]  // differences 11, 10, 13, 8
    for i in 0..<4 {
      c.add(baseline: Self.result(i, base[i], met: base[i] >= 800), options: [Self.result(i, plus[i], met: plus[i] >= 800)])
    }
    let d = c.difference(option: "plus", key: "pce.accompanied@2020")!
    #expect(d.mean == 10.5)
    #expect(abs(d.sd - (13.0 / 3).squareRoot()) < 1e-12)  // deviations 0.5, -0.5, 2.5, -2.5
    let p = c.probabilityDifference(option: "plus", objective: 0)!
    #expect(p.mean == 0.5)  // met: base 2 of 4, plus 4 of 4
  }

  @Test("results are consumed in replication order whatever finishes first")
  func ordered() async {
    var seen: [Int] = []
    await OrderedReplications.run(
      first: 5, count: 40, jobs: 4,
      body: { r in
        // Uneven work: later replications are often faster.
        var x = 0.0
        for i in 0..<((45 - r) * 2_000) { x += Double(i % 7) }
        return (r, x)
      }
    ) { r, value in
      seen.append(r)
      #expect(value.0 == r)
    }
    #expect(seen == Array(5..<45))
  }
}
