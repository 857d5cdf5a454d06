/// Names one scheduled event, so that it can be cancelled.
///
/// The value is the event's sequence number: unique within one calendar and
/// increasing in the order events were scheduled.
public struct EventHandle: Hashable, Sendable, Comparable {
  public let sequence: UInt64

  @inlinable public init(sequence: UInt64) { self.sequence = sequence }

  @inlinable public static func < (a: Self, b: Self) -> Bool { a.sequence < b.sequence }
}
