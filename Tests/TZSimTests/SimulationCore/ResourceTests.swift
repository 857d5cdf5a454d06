import SimulationCore
import Testing

@Suite("Engine: resources")
struct ResourceTests {
  @Test("FIFO: granted at once while free, then in arrival order")
  func fifo() {
    var r = Resource<String>(capacity: 2)
    #expect(r.request("a", at: 0)?.request == "a")
    #expect(r.request("b", at: 1)?.request == "b")
    #expect(r.request("c", at: 2) == nil)
    #expect(r.request("d", at: 3) == nil)
    #expect(r.inUse == 2 && r.free == 0 && r.waitingCount == 2)
    let g = r.release(at: 5)
    #expect(g?.request == "c" && g?.wait == 3)
    #expect(r.release(at: 6)?.request == "d")
    #expect(r.release(at: 7) == nil)
    #expect(r.inUse == 1 && r.waitingCount == 0)
    #expect(r.waits.count == 4 && r.waits.mean == (0 + 0 + 3 + 3) / 4)
  }

  @Test("priority: higher first, FIFO among equals")
  func priority() {
    var r = Resource<String>(capacity: 1, discipline: .priority)
    r.request("busy", at: 0)
    r.request("low-1", priority: 0, at: 1)
    r.request("high", priority: 5, at: 2)
    r.request("low-2", priority: 0, at: 3)
    r.request("mid", priority: 2, at: 4)
    #expect(r.waiting.map(\.request) == ["high", "mid", "low-1", "low-2"])
    var served: [String] = []
    for t in 5...8 { served.append(r.release(at: Double(t))!.request) }
    #expect(served == ["high", "mid", "low-1", "low-2"])
  }

  @Test("capacity drops while busy: units finish their service, then leave")
  func shrinkWhileBusy() {
    var r = Resource<Int>(capacity: 2)
    r.request(1, at: 0)
    r.request(2, at: 0)
    r.request(3, at: 0)
    #expect(r.setCapacity(0, at: 1).isEmpty)
    #expect(r.capacity == 2 && r.targetCapacity == 0 && r.inUse == 2)
    #expect(r.release(at: 2) == nil, "the unit leaves instead of serving 3")
    #expect(r.capacity == 1 && r.inUse == 1)
    #expect(r.release(at: 3) == nil)
    #expect(r.capacity == 0 && r.inUse == 0 && r.waitingCount == 1)
    let granted = r.setCapacity(1, at: 10)
    #expect(granted.map(\.request) == [3] && granted[0].wait == 10)
  }

  @Test("withdraw removes a waiting request")
  func withdraw() {
    var r = Resource<Int>(capacity: 0)
    for i in 1...4 { r.request(i, at: Double(i)) }
    #expect(r.withdraw(at: 5) { $0 == 3 }?.since == 3)
    #expect(r.withdraw(at: 5) { $0 == 9 } == nil)
    #expect(r.setCapacity(5, at: 6).map(\.request) == [1, 2, 4])
  }

  @Test("time-weighted busy units and queue length")
  func levels() {
    var r = Resource<Int>(capacity: 1)
    r.request(1, at: 0)  // busy 1 from 0
    r.request(2, at: 2)  // queue 1 from 2
    r.release(at: 4)  // 2 starts; queue 0 from 4
    r.release(at: 10)  // busy 0 from 10
    #expect(r.busy.integral(upTo: 10) == 10)
    #expect(r.busy.mean(upTo: 20) == 0.5)
    #expect(r.queueLength.integral(upTo: 20) == 2)
  }
}

@Suite("Engine: resource presence")
struct ResourcePresenceTests {
  @Test("units present are time-weighted, including a unit that leaves after overrunning")
  func presence() {
    var r = Resource<Int>(capacity: 2)
    r.request(1, at: 0)
    _ = r.setCapacity(0, at: 1)  // the idle unit leaves at 1, the busy one stays
    #expect(r.capacity == 1)
    r.release(at: 3)  // the busy unit leaves at 3
    #expect(r.capacity == 0)
    #expect(r.present.integral(upTo: 10) == 2 * 1 + 1 * 2)
    #expect(r.busy.integral(upTo: 10) == 3)
  }
}
