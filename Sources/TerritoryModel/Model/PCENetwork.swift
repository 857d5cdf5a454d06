import SimulationCore

/// The PCE part of one replication's state: the desks (sites, then
/// permanences), every advisor, and the arrival processes' progress.
struct PCENetwork {
  var desks: [Desk]
  /// Every advisor of every site, site after site (one flat array: no nested copy-on-write).
  var advisors: [AdvisorState]
  /// Index in ``advisors`` of each site's first advisor, and the site's number of advisors.
  let firstAdvisor: [Int]
  let advisorCount: [Int]
  /// Opening time (days) consumed by each site's walk-in and referral
  /// processes (index 2 × site + 0 for walk-ins, + 1 for referrals), and
  /// where each process stands in the plan's opening intervals.
  var openTimeDrawn: [Double]
  var openCursor: [Int]
  /// Today's PCE capacity factor (closures).
  var pceFactor = 1.0
  var permanenceNext: [Int]
  /// Whether each permanence is open now (its slot runs and the PCE is not closed).
  var permanenceOpen: [Bool]

  init(plan: TerritoryPlan) {
    let p = plan.parameters
    desks = plan.deskIDs.indices.map { Desk(site: plan.deskSite[$0], permanence: plan.deskPermanence[$0], id: plan.deskIDs[$0]) }
    advisorCount = p.sites.map(\.advisors.count)
    var first: [Int] = []
    var total = 0
    for n in advisorCount {
      first.append(total)
      total += n
    }
    firstAdvisor = first
    advisors = Array(repeating: AdvisorState(), count: total)
    openTimeDrawn = Array(repeating: 0, count: 2 * p.sites.count)
    openCursor = Array(repeating: 0, count: 2 * p.sites.count)
    permanenceNext = p.permanences.map { _ in 0 }
    permanenceOpen = p.permanences.map { _ in false }
  }
}
