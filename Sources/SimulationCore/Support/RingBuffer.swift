/// A growable FIFO queue in a power-of-two ring: O(1) amortised `append` and
/// `popFirst`, no shifting. Resource queues use it for first-come-first-served.
@usableFromInline
struct RingBuffer<Element> {
  @usableFromInline var slots: [Element?] = []
  @usableFromInline var head = 0
  @usableFromInline var count = 0

  @inlinable init() {}

  @inlinable var isEmpty: Bool { count == 0 }

  @inlinable mutating func append(_ element: Element) {
    if count == slots.count { grow() }
    slots[(head + count) & (slots.count - 1)] = element
    count += 1
  }

  @inlinable mutating func popFirst() -> Element? {
    guard count > 0 else { return nil }
    let element = slots[head].take()
    head = (head + 1) & (slots.count - 1)
    count -= 1
    return element
  }

  @inlinable func element(at offset: Int) -> Element { slots[(head + offset) & (slots.count - 1)]! }

  /// Removes the element at `offset` from the front, keeping the others' order.
  /// - Complexity: O(n).
  @inlinable mutating func remove(atOffset offset: Int) -> Element {
    var items: [Element] = []
    items.reserveCapacity(count - 1)
    var removed: Element?
    for i in 0..<count {
      if i == offset { removed = element(at: i) } else { items.append(element(at: i)) }
    }
    self = RingBuffer()
    for item in items { append(item) }
    return removed!
  }

  @usableFromInline mutating func grow() {
    let newCapacity = Swift.max(16, slots.count * 2)
    var newSlots = [Element?](repeating: nil, count: newCapacity)
    for i in 0..<count { newSlots[i] = slots[(head + i) & (slots.count - 1)] }
    slots = newSlots
    head = 0
  }
}
