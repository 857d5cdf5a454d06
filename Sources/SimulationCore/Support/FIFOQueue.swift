/// A growable first-in-first-out queue in a power-of-two ring: O(1) amortised
/// `append` and `popFirst`, no shifting. Resource queues use it for
/// first-come-first-served; models use it for their own waiting lines.
public struct FIFOQueue<Element> {
  @usableFromInline var slots: [Element?] = []
  @usableFromInline var head = 0
  @usableFromInline var _count = 0
  /// Elements waiting.
  @inlinable public var count: Int { _count }

  @inlinable public init() {}

  @inlinable public var isEmpty: Bool { _count == 0 }

  @inlinable @inline(__always) public mutating func append(_ element: Element) {
    if _count == slots.count { grow() }
    slots[(head + _count) & (slots.count - 1)] = element
    _count += 1
  }

  @inlinable @inline(__always) public mutating func popFirst() -> Element? {
    guard _count > 0 else { return nil }
    let element = slots[head].take()
    head = (head + 1) & (slots.count - 1)
    _count -= 1
    return element
  }

  /// The element `offset` places from the front.
  @inlinable public func element(at offset: Int) -> Element { slots[(head + offset) & (slots.count - 1)]! }

  /// Removes the element at `offset` from the front, keeping the others' order.
  /// - Complexity: O(n).
  @inlinable public mutating func remove(atOffset offset: Int) -> Element {
    var items: [Element] = []
    items.reserveCapacity(_count - 1)
    var removed: Element?
    for i in 0..<_count {
      if i == offset { removed = element(at: i) } else { items.append(element(at: i)) }
    }
    self = FIFOQueue()
    for item in items { append(item) }
    return removed!
  }

  @usableFromInline mutating func grow() {
    let newCapacity = Swift.max(16, slots.count * 2)
    var newSlots = [Element?](repeating: nil, count: newCapacity)
    for i in 0..<_count { newSlots[i] = slots[(head + i) & (slots.count - 1)] }
    slots = newSlots
    head = 0
  }
}
