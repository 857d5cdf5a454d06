import Testing

@testable import TerritoryModel

/// `validate` checks every draw of a design in one batch; the batch must
/// answer as checking each draw alone would.
@Suite("Territory: draws checked in a batch")
struct UncertaintyValidationTests {
  static let draws: [[(ParameterPath, Double)]] = [
    [("sites[troyes].advisors", 4), ("sites[troyes].walk_ins_per_week", 7)],
    [("sites[troyes].advisors", 2), ("workshops[job-search].enrol_probability", 0.5)],
    [("sites[troyes].walk_ins_per_week", -1)],  // out of range
    [("sites[nowhere].advisors", 2)],  // names nothing
    [("workshops[job-search].enrol_probability", 1.5)],  // out of range
  ]

  static func oneByOne(_ base: TerritoryParameters, _ draws: [[(ParameterPath, Double)]]) -> (Int, ParameterError)? {
    for (i, d) in draws.enumerated() {
      do { _ = try base.drawing(d) } catch { return (i, error) }
    }
    return nil
  }

  @Test("the first refused draw and its error are those found draw by draw, from any starting draw")
  func batchAgreesWithEachDraw() throws {
    let base = TerritoryFixtures.troyesLike(end: "2020-12-31")
    try base.validate()
    for start in Self.draws.indices {
      let tail = Array(Self.draws[start...])
      let batch = base.firstInvalidDrawing(tail)
      let single = Self.oneByOne(base, tail)
      #expect(batch?.index == single?.0 && batch?.error == single?.1, "from draw \(start)")
    }
    #expect(base.firstInvalidDrawing(Self.draws)?.index == 2)
    #expect(base.firstInvalidDrawing(Array(Self.draws[..<2])) == nil)
    // A base whose streams clash (two site ids sharing a member number): every draw is
    // refused, the batch answering as the draws one by one.
    let pair = TerritoryFixtures.clashingSiteIDs()
    var clashing = base
    clashing.sites[1].id = pair.0
    clashing.sites[2].id = pair.1
    clashing.permanences = []
    clashing.workshops = []
    clashing.invitations = nil
    let refused = try #require(clashing.firstInvalidDrawing(Self.draws))
    #expect(refused.index == 0 && refused.error == Self.oneByOne(clashing, Self.draws)?.1)
  }
}
