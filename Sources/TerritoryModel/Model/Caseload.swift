import SimulationCore

/// A site's reinforced-accompaniment slots: at most `capacity` persons hold
/// one; the others wait first come, first served. A person who leaves while
/// waiting stays in the queue, marked void by their own state, and is skipped
/// when they reach the front: leaving costs O(1) however long the queue.
struct Caseload {
  let capacity: Int
  var held = 0
  /// Persons waiting for a slot who still want one.
  var waiting = 0
  var queue = FIFOQueue<PersonRef>()
  /// Time-weighted slots held (the average caseload).
  var busy = TimeWeighted()

  init(capacity: Int) { self.capacity = capacity }
}
