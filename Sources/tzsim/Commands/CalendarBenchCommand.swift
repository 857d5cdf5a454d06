import ArgumentParser
import Foundation
import SimulationCore
import Stochastic

/// `tzsim bench calendar`: the future event list's hold cost, binary heap against a 4-ary heap and a calendar queue.
struct CalendarBenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "calendar",
    abstract:
      "Time the event calendar's hold (pop + push) with a binary heap, a 4-ary heap and a calendar queue; one JSON line per pending count.",
    discussion:
      "Increments are exponential draws (GSL, mean 1). The territory model keeps about 950 events pending (1,300 at most).\n\nExample:\n  tzsim bench calendar --pending 10 --pending 1000 --pending 10000"
  )

  @Option(help: "Pending events (repeat the option for several).")
  var pending: [Int] = [10, 100, 1000, 10_000]

  @Option(help: "Holds timed per measure.")
  var holds: Int = 2_000_000

  @Option(help: "Measures per heap (the median is printed).")
  var rounds: Int = 5

  func validate() throws {
    guard pending.allSatisfy({ (1...10_000_000).contains($0) }) else { throw ValidationError("--pending must be between 1 and 10000000") }
    guard (1...100_000_000).contains(holds) else { throw ValidationError("--holds must be between 1 and 100000000") }
    guard (1...99).contains(rounds) else { throw ValidationError("--rounds must be between 1 and 99") }
  }

  func run() async throws {
    let stream = RandomStream(seed: 2026)
    let increments = (0..<65_536).map { _ in stream.exponential(mean: 1) }
    for n in pending {
      func median(_ structure: EventListStructure) -> Double {
        let xs = (0..<rounds).map { _ in
          CalendarHoldBenchmark.nanosecondsPerHold(structure, pending: n, holds: holds, increments: increments)
        }.sorted()
        return xs[xs.count / 2]
      }
      let binary = median(.binaryHeap)
      let quaternary = median(.quaternaryHeap)
      let queue = median(.calendarQueue)
      print(
        String(
          format:
            "{\"tool\": \"TZSim calendar hold\", \"pending\": %d, \"holds\": %d, \"binary_ns\": %.1f, \"quaternary_ns\": %.1f, \"calendar_queue_ns\": %.1f, \"ratio\": %.2f, \"calendar_queue_ratio\": %.2f}",
          n, holds, binary, quaternary, queue, quaternary / binary, queue / binary))
    }
  }
}
