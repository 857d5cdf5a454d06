public import ScenarioFormat
import Synchronization

/// The scenarios the workspace decoded lately, kept by file name and bytes:
/// the page a planner has open, the run asked from it and the run's start
/// decode the file once (≈ 70 ms for Troyes 2020, most of it checking every
/// draw of its uncertain assumptions: docs/performance.md, third sitting).
///
/// ```swift
/// let decoded = DecodedScenarios()
/// let a = try decoded.decode(bytes: bytes, file: "troyes-2020.yaml")   // decodes
/// let b = try decoded.decode(bytes: bytes, file: "troyes-2020.yaml")   // kept: no decoding
/// ```
///
/// A scenario's decoding depends only on its bytes and its file name (the
/// name is in the messages), so an entry is reused only when both are equal,
/// byte for byte: an edited file is decoded again. Only scenarios that
/// decode are kept (a refusal is computed again, with its messages), one
/// per file name (its latest bytes), for the ``capacity`` files used last.
public final class DecodedScenarios: Sendable {
  struct Entry {
    let file: String
    let bytes: [UInt8]
    let scenario: Scenario
  }

  /// How many decoded scenarios are kept (the least recently used leaves first).
  public let capacity: Int
  let entries = Mutex<[Entry]>([])
  let decoderCalls = Atomic<Int>(0)

  public init(capacity: Int = 8) { self.capacity = max(1, capacity) }

  /// The scenario in `bytes`, decoded now or kept from an earlier call with
  /// the same file name and bytes; throws what ``ScenarioDecoder`` throws.
  public func decode(bytes: [UInt8], file: String) throws(ScenarioErrors) -> Scenario {
    if let kept = entries.withLock({ list -> Scenario? in
      guard let i = list.firstIndex(where: { $0.file == file && $0.bytes == bytes }) else { return nil }
      let entry = list.remove(at: i)
      list.append(entry)
      return entry.scenario
    }) {
      return kept
    }
    decoderCalls.add(1, ordering: .relaxed)
    let scenario = try ScenarioDecoder.decode(bytes: bytes, file: file)
    entries.withLock { list in
      list.removeAll { $0.file == file }
      list.append(Entry(file: file, bytes: bytes, scenario: scenario))
      if list.count > capacity { list.removeFirst(list.count - capacity) }
    }
    return scenario
  }

  /// How many scenarios are kept now (for tests).
  public var count: Int { entries.withLock { $0.count } }
  /// How many times the decoder ran, refusals included (for tests).
  public var decodings: Int { decoderCalls.load(ordering: .relaxed) }
}
