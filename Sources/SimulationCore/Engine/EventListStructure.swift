/// The future event lists ``CalendarHoldBenchmark`` compares. The engine's
/// calendar is the binary heap; the others are kept to measure it against.
public enum EventListStructure: String, CaseIterable, Sendable {
  case binaryHeap = "binary"
  case quaternaryHeap = "quaternary"
  case calendarQueue = "calendar_queue"
}
