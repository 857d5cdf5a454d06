import SimulationCore

/// The TZCLD part of one replication's state: the PPDE records of the
/// territory, the volunteers waiting, and the employment company's staff.
struct TZCLDState {
  var ppde: [PPDE] = []
  /// PPDE records so far in each TZCLD commune (the next one's rank there).
  var ppdeCount: [Int]
  /// PPDE still without a job in the territory.
  var ppdeRemaining = 0
  /// Volunteers waiting for a post, in order, and how many.
  var waitingList = FIFOQueue<Int32>()
  var waitingCount = 0
  /// Whether the employment company has opened.
  var ebeOpen = false
  /// The fraction of a hire carried to the next round (capacities like 0.5 a month).
  var hiringCarry = 0.0
  var headcount = 0
  var maxHeadcount = 0
  var fte = TimeWeighted()
  var newPostsThisMonth = 0
  /// The day the waiting list first emptied with the territory's PPDE all met.
  var exhaustivityDay: Int?

  init(communes: Int) { ppdeCount = Array(repeating: 0, count: communes) }
}
