/// A person durably deprived of employment in a TZCLD commune.
struct PPDE {
  enum State: UInt8 {
    case pool, declined, waiting, employed, placedElsewhere, left
  }

  var commune: Int32
  var state: State = .pool
  var version: UInt32 = 0
  var waitingSince = 0.0
  var fte = 0.0
}
