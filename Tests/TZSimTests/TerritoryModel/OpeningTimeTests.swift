import SimulationCore
import Stochastic
import Testing

@testable import TerritoryModel

/// Walk-ins are drawn on opening time and mapped to the calendar; the
/// mapping's forward cursor gives what a search from the first interval gives.
@Suite("Territory: opening time to calendar time")
struct OpeningTimeTests {
  @Test("the cursor's answer is the interval found from scratch, for non-decreasing opening times")
  func cursorMatchesSearch() throws {
    let plan = try TerritoryPlan(parameters: TerritoryFixtures.troyesLike(end: "2020-12-31"))
    let stream = RandomStream(seed: 24)
    for s in plan.parameters.sites.indices {
      var cursor = 0
      var u = 0.0
      var mapped = 0
      while u < plan.openLimit[s] + 1 {
        let got = plan.calendarTime(site: s, openTime: u, cursor: &cursor)
        let range = plan.openIndex[s]..<plan.openIndex[s + 1]
        if u < plan.openLimit[s] {
          let i = try #require(range.last { plan.openBefore[$0] <= u })
          #expect(got == plan.openStart[i] + (u - plan.openBefore[i]))
          mapped += 1
        } else {
          #expect(got == nil)
        }
        // Steps of every size, zero included (an exponential draw may be 0).
        u += stream.uniform() < 0.1 ? 0 : stream.exponential(mean: 0.3)
      }
      #expect(mapped > 100)
    }
  }
}
