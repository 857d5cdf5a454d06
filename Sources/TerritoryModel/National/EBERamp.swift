import Foundation
import Stochastic

/// One territory's values for one replication: what it states, or what its
/// wave's profile gives, drawn on its own stream.
struct EBERamp {
  var ppde: Double
  var mobilisationStart: Int
  var opening: Int
  var cohort: Int
  /// Hires per month from a month index on (sorted).
  var pace: [(from: Int, perMonth: Double)]
  var ceiling: Int
  var meetProbability: Double
  var volunteerProbability: Double
  var inflowPerMonth: Double
  var elsewhereProbability: Double
  var exitProbability: Double
  var fractions: [Double]
  var shares: [Double]
  var meanFTE: Double

  /// The largest count a draw may give (PPDE, a cohort): ten million.
  static let countLimit = 10_000_000.0

  /// The probability that an event of yearly hazard `h` happens within a month.
  static func monthly(perYear h: Double) -> Double { h > 0 ? 1 - Foundation.exp(-h / 12) : 0 }

  /// Splits `n` hires over the working times (a multinomial draw made as
  /// successive binomials, as `gsl_ran_multinomial` does), adding them to `into`.
  func split(_ n: Int, into counts: inout [Int], at base: Int, _ r: RandomStream) {
    var left = n
    var mass = 1.0
    for k in shares.indices {
      guard left > 0 else { return }
      let p = k == shares.count - 1 || mass <= 0 ? 1 : min(1, shares[k] / mass)
      let x = p >= 1 ? left : r.binomial(trials: left, p: p)
      counts[base + k] += x
      left -= x
      mass -= shares[k]
    }
  }

  func pace(at month: Int) -> Double {
    var v = 0.0
    for row in pace where row.from <= month { v = row.perMonth }
    return v
  }

  init(plan t: NationalTerritoryPlan, profile p: NationalProfile, parameters n: NationalParameters, stream r: RandomStream) {
    // Every draw is made, used or not, in this order: what one territory states
    // never shifts another value's draw.
    // Draws are bounded before becoming counts: no law, however wide, overflows one.
    let ppdeDraw = min(Self.countLimit, max(0, p.ppdePrior.sample(r)))
    let delayDraw = min(1200, max(0, p.openingDelayMonths.sample(r)))
    let cohortDraw = min(Self.countLimit, max(0, p.openingCohort.sample(r)))
    let paceFactor = 1 + p.spread * (2 * r.uniform() - 1)
    let ceilingFactor = 1 + p.spread * (2 * r.uniform() - 1)
    let exitDraw = max(0, p.exitPerYear.sample(r))
    let index = { (m: YearMonth) in n.start.months(to: m) }
    if let d = t.detailed {
      ppde = d.ppde
      mobilisationStart = index(YearMonth(d.mobilisationStart))
      opening = index(YearMonth(d.opening))
      cohort = d.openingCohort
      pace = d.hiringCapacity.map { (index(YearMonth($0.from)), $0.value) }
      ceiling = d.headcountCeiling
      meetProbability = 1 - Foundation.exp(-1 / d.mobilisationMonths)
      volunteerProbability = d.volunteerProbability
      inflowPerMonth = d.inflowPerYear / 12
      elsewhereProbability = Self.monthly(perYear: d.otherEmployerPerYear)
      exitProbability = Self.monthly(perYear: d.exitPerYear)
      fractions = d.workingTime.map(\.fte)
      shares = d.workingTime.map(\.probability)
    } else {
      ppde = min(Self.countLimit, t.ppde ?? ppdeDraw).rounded()
      mobilisationStart = index(t.habilitation) - n.mobilisationLeadMonths
      opening = t.opening.map(index) ?? (index(t.habilitation) + Int(delayDraw.rounded()))
      cohort = t.openingCohort ?? Int(cohortDraw.rounded())
      pace = [(Int.min, max(0, p.hiresPerMonth * paceFactor))]
      ceiling = Int((p.headcountCeiling * ceilingFactor).rounded())
      meetProbability = p.mobilisationMonths > 0 ? 1 - Foundation.exp(-1 / p.mobilisationMonths) : 1
      volunteerProbability = p.volunteerProbability
      inflowPerMonth = p.inflowPerYear * ppde / 12
      elsewhereProbability = Self.monthly(perYear: p.otherEmployerPerYear)
      exitProbability = Self.monthly(perYear: exitDraw)
      fractions = p.workingTime.map(\.fte)
      shares = p.workingTime.map(\.probability)
    }
    let total = shares.reduce(0, +)
    if total > 0 { shares = shares.map { $0 / total } }
    meanFTE = zip(fractions, shares).reduce(0) { $0 + $1.0 * $1.1 }
  }
}
