import Foundation
import ReferenceModels
import Testing

@Suite("Documentation: landing examples are real and run")
struct DocumentationExampleTests {
  static let root = TestPaths.root

  /// The code lines of a text, without imports and blank lines.
  static func code(_ text: some StringProtocol) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("import ") }
  }

  @Test(
    "each landing page's first code block is the tested example",
    arguments: ["SimulationCore", "Stochastic", "ReferenceModels", "TerritoryModel", "ScenarioFormat", "ResultsExport", "Studies"])
  func pageMatchesTest(_ module: String) throws {
    let page = try String(contentsOf: Self.root.appending(path: "Sources/\(module)/\(module).docc/\(module).md"), encoding: .utf8)
    let afterFence = try #require(page.range(of: "```swift\n"))
    let block = page[afterFence.upperBound...].prefix { _ in true }
    let end = try #require(block.range(of: "```"))
    let documented = Self.code(block[..<end.lowerBound])

    let source = try String(contentsOf: Self.root.appending(path: "Tests/TZSimTests/Examples/LandingExamples.swift"), encoding: .utf8)
    let begin = try #require(source.range(of: "// BEGIN EXAMPLE \(module)\n"))
    let rest = source[begin.upperBound...]
    let stop = try #require(rest.range(of: "// END EXAMPLE"))
    #expect(documented == Self.code(rest[..<stop.lowerBound]))
  }

  @Test("SimulationCore example gives the documented log")
  func visitDesk() {
    #expect(
      visitDeskExample() == [
        "day 3.0: a visit ends",
        "day 3.0: customer 1 starts after waiting 1.0 days",
        "day 6.0: a visit ends",
        "day 6.0: customer 2 starts after waiting 2.0 days",
        "day 9.0: a visit ends",
      ])
  }

  @Test("Stochastic example: mean 45 and a pinned first draw")
  func appointment() throws {
    let (mean, first) = try appointmentExample()
    #expect(abs(mean - 45) < 1e-9)
    #expect(first == 53.90981426020295, "seed derivation or lognormal parametrisation changed")
    #expect(first > 0)
  }

  @Test("ReferenceModels example: within its confidence interval of Erlang C")
  func erlang() throws {
    let (wait, hw) = try erlangExample()
    let theory = QueueingFormulas.mmcMeanWait(arrivalRate: 2.7, serviceRate: 1, servers: 3)
    // hw is 2.09 batch SEs; 4.5 SE ≈ 2.15 hw.
    #expect(abs(wait - theory) < 2.15 * hw, "wait \(wait) ± \(hw) vs \(theory)")
    #expect(hw < 0.2 * theory)
  }

  @Test("TerritoryModel example: about 460 persons accompanied in a year")
  func territory() throws {
    let n = try territoryExample()
    #expect(n > 380 && n < 540, "\(n)")
  }

  @Test("ScenarioFormat example: the two problems with their places")
  func scenario() {
    #expect(
      scenarioExample() == """
        mine.yaml:5:5: error: at `sites[centre].advisors`: missing key `advisors`
        mine.yaml:8:5: error: at `sites[centre].advisers`: unknown key. Did you mean `advisors`?
        """)
  }

  @Test("ResultsExport example: mean, interval, probability")
  func statistics() {
    #expect(statisticsExample() == "810.833333 [796.983698, 824.682968], P = 0.666667 [0.299993, 0.903229]")
  }

  @Test("Studies example: shard 1 of 2 runs half the units")
  func study() async throws {
    #expect(try await studyExample() == 2)
  }
}
