import SimulationCore
import Stochastic
import TerritoryModel
import Testing

/// Common random numbers part by part: an option that changes one part of the
/// network leaves every figure of the parts it is not coupled to identical,
/// replication by replication.
@Suite("Territory: common random numbers part by part")
struct PairingTests {
  /// Sites of the Troyes-like fixture that share nothing with Troyes: no
  /// workshop host that Troyes' persons attend (Troyes and La Chapelle-Saint-Luc
  /// host the sessions), and their own permanences.
  static let uncoupled = [
    "pont-sainte-marie", "saint-andre-les-vergers", "sainte-savine", "saint-julien-les-villas", "bouilly",
    "saint-lye", "lusigny-sur-barse",
  ]

  static func rows(_ p: TerritoryParameters, replication: Int) throws -> [String: Double] {
    var m = try TerritorySimulation(parameters: p, seeder: StreamSeeder(masterSeed: 77), replication: replication)
    let result = m.run()
    return Dictionary(uniqueKeysWithValues: result.rows.map { ($0.key, $0.value) })
  }

  static func isUncoupled(_ key: String) -> Bool {
    if key.hasPrefix("tzcld.") || key.hasPrefix("invitations.responded[commune=") { return true }
    let perSite = ["pce.accompanied[site=", "pce.first_appointment_wait_days[site=", "pce.advisor_utilization[site="]
    return perSite.contains { prefix in uncoupled.contains { key.hasPrefix("\(prefix)\($0)]") } }
  }

  @Test("three times the walk-ins at Troyes: the uncoupled sites and every TZCLD figure have a paired difference of exactly 0")
  func walkInsAtOneSite() throws {
    let base = TerritoryFixtures.troyesLike(end: "2021-12-31")
    var option = base
    option.sites[0].walkInsPerWeek *= 3
    var compared = 0
    var changedAtTroyes = 0
    for r in 0..<3 {
      let a = try Self.rows(base, replication: r)
      let b = try Self.rows(option, replication: r)
      for (key, value) in a where Self.isUncoupled(key) {
        #expect(b[key] == value, "replication \(r): \(key) moved from \(value) to \(b[key] ?? .nan)")
        compared += 1
      }
      if a["pce.accompanied[site=troyes]"] != b["pce.accompanied[site=troyes]"] { changedAtTroyes += 1 }
    }
    #expect(compared > 300, "the comparison covers the uncoupled sites, the communes and the TZCLD figures")
    #expect(changedAtTroyes == 3, "the option does change Troyes")
  }

  @Test("an option on the EBE leaves the PCE network identical, and one on a site leaves the TZCLD flows identical")
  func partsAcrossProgrammes() throws {
    let base = TerritoryFixtures.troyesLike(end: "2022-06-30")  // the EBE opens on 3 January 2022
    var ebe = base
    ebe.tzcld!.ebe.openingCohort = 40
    var site = base
    site.sites[3].advisors.append(AdvisorParameters(id: "extra"))
    for r in 0..<2 {
      let a = try Self.rows(base, replication: r)
      let e = try Self.rows(ebe, replication: r)
      let s = try Self.rows(site, replication: r)
      for (key, value) in a {
        if !key.hasPrefix("tzcld.") { #expect(e[key] == value, "EBE option moved \(key)") }
        if key.hasPrefix("tzcld.") { #expect(s[key] == value, "site option moved \(key)") }
      }
      #expect(a["tzcld.hires@2022"] != e["tzcld.hires@2022"], "the option does change the EBE")
    }
  }
}
