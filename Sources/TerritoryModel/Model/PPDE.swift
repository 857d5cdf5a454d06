import Stochastic

/// A person durably deprived of employment in a TZCLD commune. Their draws
/// (other exits, meeting delay, volunteering, chosen working time, other
/// employers, EBE exit) come from their own stream, keyed by commune and rank.
struct PPDE {
  enum State: UInt8 {
    case pool, declined, waiting, employed, placedElsewhere, left
  }

  var commune: Int32
  var state: State = .pool
  var version: UInt32 = 0
  var waitingSince = 0.0
  /// Chosen working time: drawn once when volunteering, kept while waiting.
  var fte = 0.0
  /// Reason of leaving the EBE, drawn when hired (index in the exit reasons).
  var exitReason: UInt8 = 0
  var stream: PersonalStream
}
