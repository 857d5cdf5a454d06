/// A request waiting at a desk: a person's first appointment or a follow-up,
/// and since when it waits.
struct DeskRequest {
  let person: Int32
  /// The person's slot version when they asked (a reused slot makes the request void).
  let version: UInt32
  let followUp: Bool
  let since: Double
}
