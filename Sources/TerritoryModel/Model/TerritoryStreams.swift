import Stochastic

/// The random streams of one replication, keyed by what they drive, so that an
/// option changing one part of a scenario leaves the draws of every other part
/// as they were (common random numbers part by part):
///
/// | family | member | drives |
/// |---|---|---|
/// | `pce.walk_ins` | site id | walk-in times and closure thinning at that site |
/// | `pce.referrals` | site id | referral times and thinning at that site |
/// | `invitations` | commune INSEE code | the commune's monthly list size and its invitees' answers |
/// | `tzcld.inflow` | commune INSEE code | new PPDE arrivals in that commune |
/// | `pce.person/<origin>` | rank at that origin | one job seeker's own stream |
/// | `tzcld.ppde/<commune>` | rank in that commune | one PPDE's own stream |
///
/// A job seeker's origin is where they came from: `walk_in/<site>`,
/// `referral/<site>`, `invitation/<commune>`, or `request/<desk>` (requests
/// added by ``TerritorySimulation/addRequest(at:time:)``). Every stream of the
/// territory model is a ``PersonalStream``: a GSL taus2 generator whose 24-byte
/// state is kept here or in the person's record, so that a replication
/// allocates no generator (measured: allocating ~100 mt19937 generators per
/// replication doubled the cost of a one-day replication: 1.26 ms against
/// 0.58 ms, `tzsim bench territory` on Troyes 2020 cut to one day, 5,000
/// replications, one job).
struct TerritoryStreams {
  /// The families whose members are named parts (sites, communes): their
  /// names must not share a member number (checked when a plan is compiled).
  static let namedFamilies = ["pce.walk_ins", "pce.referrals", "invitations", "tzcld.inflow"]

  var walkIns: [PersonalStream]
  var referrals: [PersonalStream]
  /// By commune index; empty without invitations.
  var communes: [PersonalStream]
  /// By TZCLD commune index (the plan's order).
  var inflow: [PersonalStream]
  /// By origin (see ``PersonOrigins``).
  let personFamilies: [StreamFamily]
  /// By TZCLD commune index.
  let ppdeFamilies: [StreamFamily]
  let drawer = PersonalStreamDrawer()

  init(plan: TerritoryPlan, seeder: StreamSeeder, replication: Int) {
    let drawer = drawer
    func part(_ family: String, _ names: [String]) -> [PersonalStream] {
      let f = seeder.family(replication: replication, name: family)
      return names.map { drawer.start(seed: f.seed(member: StreamFamily.member(named: $0))) }
    }
    let p = plan.parameters
    let siteIDs = p.sites.map(\.id)
    walkIns = part("pce.walk_ins", siteIDs)
    referrals = part("pce.referrals", siteIDs)
    communes = p.invitations == nil ? [] : part("invitations", p.communes.map(\.inseeCode))
    let tzCodes = plan.tzcldCommunes.map { p.communes[$0.commune].inseeCode }
    inflow = part("tzcld.inflow", tzCodes)
    personFamilies = plan.origins.names.map { seeder.family(replication: replication, name: "pce.person/\($0)") }
    ppdeFamilies = tzCodes.map { seeder.family(replication: replication, name: "tzcld.ppde/\($0)") }
  }
}
