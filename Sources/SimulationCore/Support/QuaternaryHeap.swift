/// An array-backed 4-ary min-heap: half the levels of ``BinaryHeap``, up to
/// four comparisons per level. Kept to measure the calendar against
/// (``CalendarHoldBenchmark``); the engine uses the binary heap.
@usableFromInline
struct QuaternaryHeap<Element: HeapOrdered> {
  @usableFromInline var storage: [Element] = []

  @inlinable init() {}

  @inlinable var count: Int { storage.count }

  @inlinable mutating func insert(_ element: Element) {
    storage.append(element)
    storage.withUnsafeMutableBufferPointer { a in
      var i = a.count - 1
      let moving = a[i]
      while i > 0 {
        let parent = (i - 1) >> 2
        guard Element.precedes(moving, a[parent]) else { break }
        a[i] = a[parent]
        i = parent
      }
      a[i] = moving
    }
  }

  @inlinable mutating func popFirst() -> Element? {
    guard let last = storage.popLast() else { return nil }
    guard !storage.isEmpty else { return last }
    return storage.withUnsafeMutableBufferPointer { a in
      let top = a[0]
      let n = a.count
      var i = 0
      while true {
        let first = 4 * i + 1
        if first >= n { break }
        var child = first
        var c = first + 1
        let end = Swift.min(first + 4, n)
        while c < end {
          if Element.precedes(a[c], a[child]) { child = c }
          c += 1
        }
        guard Element.precedes(a[child], last) else { break }
        a[i] = a[child]
        i = child
      }
      a[i] = last
      return top
    }
  }
}
