/// A calendar queue (R. Brown, "Calendar queues", CACM 31(10), 1988): the
/// pending events hashed by time into a ring of buckets one `width` wide, each
/// bucket kept sorted, the ring sized to the event count and its width to the
/// spacing of the next events. Enqueue and dequeue cost O(1) on average when
/// the events are spread evenly; a burst of events, or long empty stretches
/// (nights, week-ends), cost scans of the ring. Kept to measure the calendar
/// against (``CalendarHoldBenchmark``); the engine uses the binary heap.
///
/// Order is the elements' own (`precedes`): the bucket of an element only
/// depends on its time through a non-decreasing function, and a bucket is
/// sorted by the full order, so ties of time leave in the heap's order.
@usableFromInline
struct CalendarQueue<Element: HeapOrdered & TimeKeyed> {
  /// Each bucket sorted latest first: its earliest element is its last.
  @usableFromInline var buckets: [[Element]]
  @usableFromInline var width: Double
  @usableFromInline var inverseWidth: Double
  /// The current "day" of the ring: no pending element lies in an earlier one.
  @usableFromInline var currentDay: Int64 = .min
  @usableFromInline var count = 0

  @inlinable init(width: Double = 1) {
    precondition(width > 0 && width.isFinite, "width must be finite and > 0")
    buckets = Array(repeating: [], count: 2)
    self.width = width
    inverseWidth = 1 / width
  }

  /// The ring slot of a time: ⌊t / width⌋, clamped to 62 bits (monotone in t).
  @inlinable func day(of time: Double) -> Int64 {
    let x = (time * inverseWidth).rounded(.down)
    return x >= 0x1p62 ? 1 << 62 : (x <= -0x1p62 ? -(1 << 62) : Int64(x))
  }

  @inlinable mutating func insert(_ element: Element) {
    let d = day(of: element.time)
    if d < currentDay { currentDay = d }
    let b = Int(truncatingIfNeeded: d) & (buckets.count - 1)
    Self.insertSorted(element, into: &buckets[b])
    count += 1
    if count > 2 * buckets.count { resize(to: 2 * buckets.count) }
  }

  @inlinable static func insertSorted(_ element: Element, into bucket: inout [Element]) {
    // Latest first: find the first slot whose element precedes the new one.
    var low = 0
    var high = bucket.count
    while low < high {
      let mid = (low + high) >> 1
      if Element.precedes(bucket[mid], element) { high = mid } else { low = mid + 1 }
    }
    bucket.insert(element, at: low)
  }

  @inlinable mutating func popFirst() -> Element? {
    guard count > 0 else { return nil }
    let mask = buckets.count - 1
    var d = currentDay
    // One turn of the ring at most; then the earliest element is searched directly.
    for _ in 0...mask {
      let b = Int(truncatingIfNeeded: d) & mask
      if let last = buckets[b].last, day(of: last.time) == d {
        currentDay = d
        return take(from: b)
      }
      d &+= 1
    }
    var best = -1
    for b in buckets.indices {
      guard let last = buckets[b].last else { continue }
      if best < 0 || Element.precedes(last, buckets[best].last!) { best = b }
    }
    currentDay = day(of: buckets[best].last!.time)
    return take(from: best)
  }

  @inlinable mutating func take(from b: Int) -> Element {
    let element = buckets[b].removeLast()
    count -= 1
    if count < buckets.count / 2 && buckets.count > 2 { resize(to: buckets.count / 2) }
    return element
  }

  /// Rebuilds the ring with `size` buckets, the width three times the mean
  /// spacing of the next 25 elements (spacings over twice the mean left out).
  @usableFromInline mutating func resize(to size: Int) {
    var all: [Element] = []
    all.reserveCapacity(count)
    for bucket in buckets { all.append(contentsOf: bucket) }
    all.sort { Element.precedes($0, $1) }
    let sample = all.prefix(26).map(\.time)
    if sample.count > 1 {
      let gaps = zip(sample.dropFirst(), sample).map { $0 - $1 }
      let mean = gaps.reduce(0, +) / Double(gaps.count)
      let kept = gaps.filter { $0 <= 2 * mean }
      let spacing = kept.isEmpty ? 0 : kept.reduce(0, +) / Double(kept.count)
      if spacing > 0 && spacing.isFinite {
        width = 3 * spacing
        inverseWidth = 1 / width
      }
    }
    buckets = Array(repeating: [], count: size)
    currentDay = all.first.map { day(of: $0.time) } ?? .min
    let mask = size - 1
    // Latest first, so that each bucket fills already sorted.
    for element in all.reversed() { buckets[Int(truncatingIfNeeded: day(of: element.time)) & mask].append(element) }
  }
}
