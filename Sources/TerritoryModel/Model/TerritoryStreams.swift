public import Stochastic

/// The named random streams of the territory model: one per process, so that
/// changing one part of a scenario does not shift the draws of another.
struct TerritoryStreams {
  /// Every stream name; a test checks that they fall in distinct seed slots.
  static let names = [
    "pce.walk_ins", "pce.referrals", "pce.persons", "pce.follow_ups", "workshops.attendance",
    "invitations.lists", "invitations.responses", "tzcld.stock", "tzcld.inflow", "tzcld.exits",
    "tzcld.mobilisation", "tzcld.other_employers", "ebe.hiring", "ebe.exits",
  ]

  let walkIns: RandomStream
  let referrals: RandomStream
  let persons: RandomStream
  let followUps: RandomStream
  let attendance: RandomStream
  let lists: RandomStream
  let responses: RandomStream
  let stock: RandomStream
  let inflow: RandomStream
  let ppdeExits: RandomStream
  let mobilisation: RandomStream
  let otherEmployers: RandomStream
  let hiring: RandomStream
  let ebeExits: RandomStream

  init(seeder: StreamSeeder, replication: Int) {
    func s(_ name: String) -> RandomStream { seeder.stream(replication: replication, name: name) }
    walkIns = s("pce.walk_ins")
    referrals = s("pce.referrals")
    persons = s("pce.persons")
    followUps = s("pce.follow_ups")
    attendance = s("workshops.attendance")
    lists = s("invitations.lists")
    responses = s("invitations.responses")
    stock = s("tzcld.stock")
    inflow = s("tzcld.inflow")
    ppdeExits = s("tzcld.exits")
    mobilisation = s("tzcld.mobilisation")
    otherEmployers = s("tzcld.other_employers")
    hiring = s("ebe.hiring")
    ebeExits = s("ebe.exits")
  }
}
