import ReferenceModels
import ResultsExport
import ScenarioFormat
import SimulationCore
import Stochastic
import Studies
import TerritoryModel
import Testing

/// The outer design on the model against a known answer: a PPDE stock with no
/// EBE and nobody met is an M/M/∞ population, whose mean at time t is the
/// explicit n₀e^(−μt) + (λ/μ)(1 − e^(−μt)). With its start stock, inflow and
/// exit rate uncertain, the indices the model's draws give must be those of
/// that function, computed on a design 64 times larger (no simulation).
@Suite("Proofs: uncertain assumptions on the PPDE stock")
struct UncertaintyProofs {
  @Test("the indices of the PPDE stock's start, inflow and exit rate match those of its explicit mean", .proof, .tags(.statisticalProof))
  func stockIndices() async throws {
    let p = try TerritoryReductionProofs.stockOnly(
      initial: 300, inflow: 40, exit: 0.3,
      objectives: [Objective(id: "stock", kpi: .tzcldPPDERemaining, period: .date(CivilDate(iso: "2022-12-31")!), target: 250)])
    let inputs = [
      try UncertainInput(path: "tzcld.communes[10387].initial_stock", law: .uniform(min: 200, max: 400), source: "test"),
      try UncertainInput(path: "tzcld.communes[10387].inflow_per_year", law: .uniform(min: 20, max: 60), source: "test"),
      try UncertainInput(path: "tzcld.communes[10387].exit_per_year", law: .uniform(min: 0.1, max: 0.5), source: "test"),
    ]
    var scenario = Scenario(name: "stock", seed: 8, replications: 2, parameters: p)
    scenario.uncertainty = ScenarioUncertainty(points: 128, replications: 16, inputs: inputs)
    let outer = try UncertaintyStudy(study: Study(scenario: scenario, file: "stock", withOptions: false, seed: 8, replications: 2))
    let (u, _) = await outer.summary(jobs: 2)
    let model = try #require(u.sensitivities.first { $0.output == KPI.ppdeRemaining.id })

    // The reference: the explicit mean on the same value mapping (the start stock is a whole number).
    let years = Double(try TerritoryPlan(parameters: p).calendar.dayCount) / 365.25
    func mean(_ levels: [Double]) -> Double {
      let v = zip(inputs, levels).map { $0.value(at: $1) }
      return QueueingFormulas.infiniteServerMean(initial: Int(v[0]), entryRate: v[1], exitRate: v[2], time: years)
    }
    let big = SensitivityDesign(inputs: 3, samples: 8192)
    let reference = SensitivityIndices(design: big, outputs: big.points.map(mean), seed: 3)
    // What chance adds to a draw's mean of 16 replications: Var[S]/16, under 25 here, against
    // the function's variance of about 2,000: it lowers every index by about 1 %, within the tolerance.
    for i in 0..<3 {
      let m = model.indices[i]
      let r = reference.indices[i]
      let seFirst = ((m.firstHigh - m.firstLow) / 3.92 * (m.firstHigh - m.firstLow) / 3.92 + r.firstSE * r.firstSE).squareRoot()
      let seTotal = ((m.totalHigh - m.totalLow) / 3.92 * (m.totalHigh - m.totalLow) / 3.92 + r.totalSE * r.totalSE).squareRoot()
      #expect(abs(m.first - r.first) < 4.5 * seFirst + 0.02, "\(inputs[i].path): first \(m.first) vs \(r.first) (SE \(seFirst))")
      #expect(abs(m.total - r.total) < 4.5 * seTotal + 0.02, "\(inputs[i].path): total \(m.total) vs \(r.total) (SE \(seTotal))")
    }
    // The ranking is the function's: the start stock first, the inflow last.
    #expect(model.ranking == reference.indices.indices.sorted { reference.indices[$0].total > reference.indices[$1].total })
  }
}
