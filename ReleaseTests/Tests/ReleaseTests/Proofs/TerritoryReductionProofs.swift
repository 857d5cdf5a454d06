import ReferenceModels
import SimulationCore
import Stochastic
import TerritoryModel
import Testing

/// The territory model reduced to queues with known answers.
@Suite("Proofs: the territory reduced to known answers")
struct TerritoryReductionProofs {
  static let autonomousOnly = try! CategoricalDistribution(labels: PathwayParameters.pathwayLabels, probabilities: [1, 0, 0, 0])

  /// One site open around the clock, Poisson walk-ins, exponential first
  /// appointments, every pathway autonomous: an M/M/2 queue. The period
  /// (16 Aug – 31 Oct 2021) has no public holiday.
  @Test("a site open around the clock is an M/M/c queue (Erlang C)", .proof, .tags(.statisticalProof))
  func mmc() async throws {
    let (c, lambdaPerDay, meanMinutes) = (2, 33.6, 60.0)  // rho = 33.6 / (2 × 24) = 0.7
    let site = SiteParameters(
      id: "s", name: "s", commune: "10387", opening: .always,
      advisors: (0..<c).map { AdvisorParameters(id: "a\($0)", availabilityShare: 1) },
      walkInsPerWeek: lambdaPerDay * 7, referralsPerWeek: 0)
    let p = TerritoryParameters(
      name: "mmc", start: CivilDate(iso: "2021-08-16")!, end: CivilDate(iso: "2021-10-31")!, sites: [site],
      appointments: AppointmentParameters(firstDurationMinutes: try .exponential(mean: meanMinutes)),
      pathways: PathwayParameters(choice: Self.autonomousOnly))
    let plan = try TerritoryPlan(parameters: p)
    let waits = await Replications.run(count: 120, jobs: 2) { r in
      var m = TerritorySimulation(plan: plan, seeder: StreamSeeder(masterSeed: 5), replication: r)
      return m.run().value("pce.first_appointment_wait_days")!
    }
    var t = Tally()
    for w in waits { t.record(w) }
    let theory = QueueingFormulas.mmcMeanWait(arrivalRate: lambdaPerDay, serviceRate: 1440 / meanMinutes, servers: c)
    expectWithin(t.mean, theory, se: t.standardError, "M/M/2 mean wait (days)")
    #expect(4.5 * t.standardError < 0.1 * theory, "too weak: SE \(t.standardError)")
  }

  /// Two years of a PPDE stock in Troyes with no EBE and nobody met (an M/M/∞ population): no site
  /// open, mobilisation and the EBE after the horizon. `objectives` are added as given.
  static func stockOnly(initial n0: Int, inflow: Double, exit: Double, objectives: [Objective] = []) throws -> TerritoryParameters {
    let tz = TZCLDParameters(
      communes: ["10387": PPDEParameters(initialStock: n0, inflowPerYear: inflow, exitPerYear: exit)],
      mobilisationStart: CivilDate(iso: "2030-01-01")!, meetingDelayDays: try .constant(0),
      ebe: EBEParameters(
        opening: CivilDate(iso: "2030-01-01")!, openingCohort: 0,
        hiringCapacity: [DatedValue(from: CivilDate(iso: "2030-01-01")!, value: 0, source: "test")]))
    return TerritoryParameters(
      name: "stock", start: CivilDate(iso: "2021-01-01")!, end: CivilDate(iso: "2022-12-31")!,
      sites: [
        SiteParameters(
          id: "s", name: "s", commune: "10387", opening: .never,
          advisors: [AdvisorParameters(id: "a")], walkInsPerWeek: 0, referralsPerWeek: 0)
      ],
      tzcld: tz, objectives: objectives)
  }

  /// A PPDE stock with no EBE and nobody met is an M/M/∞ population.
  @Test("the PPDE stock with no EBE follows the M/M/infinity transient mean", .proof, .tags(.statisticalProof))
  func ppdeStock() async throws {
    let (n0, inflow, exit) = (300, 40.0, 0.3)  // per year
    let p = try Self.stockOnly(initial: n0, inflow: inflow, exit: exit)
    let plan = try TerritoryPlan(parameters: p)
    let years = Double(plan.calendar.dayCount) / 365.25
    let finals = await Replications.run(count: 1_000, jobs: 2) { r in
      var m = TerritorySimulation(plan: plan, seeder: StreamSeeder(masterSeed: 6), replication: r)
      return m.run().value("tzcld.ppde_remaining")!
    }
    var s = SampleMoments()
    for f in finals { s.add(f) }
    let mean = QueueingFormulas.infiniteServerMean(initial: n0, entryRate: inflow, exitRate: exit, time: years)
    let variance = QueueingFormulas.infiniteServerVariance(initial: n0, entryRate: inflow, exitRate: exit, time: years)
    expectWithin(s.mean, mean, se: s.meanSE, "E[PPDE at end]")
    expectWithin(s.variance, variance, se: s.varianceSE, "Var[PPDE at end]")
  }
}
