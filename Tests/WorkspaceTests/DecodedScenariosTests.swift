import Foundation
import ScenarioFormat
import Testing
import Workspace

/// The workspace's memo of decoded scenarios: a file decoded once while its
/// bytes stay the same, decoded again when they change, refusals never kept.
@Suite("Workspace: decoded scenarios kept")
struct DecodedScenariosTests {
  static let starter: [UInt8] =
    (try? [UInt8](Data(contentsOf: TemporaryWorkspace.repository.appendingPathComponent("Scenarios/starter.yaml")))) ?? []

  static func withSeed(_ seed: Int) -> [UInt8] {
    let text = String(decoding: starter, as: UTF8.self)
      .replacingOccurrences(of: #"(?m)^seed: \d+"#, with: "seed: \(seed)", options: .regularExpression)
    return Array(text.utf8)
  }

  @Test("the same file and bytes are decoded once; changed bytes are decoded again and replace the entry")
  func keptWhileUnchanged() throws {
    let memo = DecodedScenarios()
    let a = try memo.decode(bytes: Self.withSeed(11), file: "starter.yaml")
    let b = try memo.decode(bytes: Self.withSeed(11), file: "starter.yaml")
    #expect(a.seed == 11 && b.seed == 11 && memo.count == 1 && memo.decodings == 1)
    // Same bytes under another name: decoded for that name (the name is in the messages).
    _ = try memo.decode(bytes: Self.withSeed(11), file: "copie.yaml")
    #expect(memo.count == 2)
    let c = try memo.decode(bytes: Self.withSeed(12), file: "starter.yaml")
    #expect(c.seed == 12 && memo.count == 2 && memo.decodings == 3)
    #expect(try memo.decode(bytes: Self.withSeed(11), file: "starter.yaml").seed == 11)
    #expect(memo.decodings == 4)
  }

  @Test("a scenario that does not decode throws each time, with its messages, and is not kept")
  func refusalsNotKept() throws {
    let memo = DecodedScenarios()
    let broken = Self.withSeed(11) + Array("\nunknown_key_here: 1\n".utf8)
    for _ in 0..<2 {
      #expect(throws: ScenarioErrors.self) { try memo.decode(bytes: broken, file: "starter.yaml") }
    }
    #expect(memo.count == 0 && memo.decodings == 2)
    let direct = #expect(throws: ScenarioErrors.self) { try ScenarioDecoder.decode(bytes: broken, file: "starter.yaml") }
    let kept = #expect(throws: ScenarioErrors.self) { try memo.decode(bytes: broken, file: "starter.yaml") }
    #expect(direct.map { $0.errors.map(\.french) } == kept.map { $0.errors.map(\.french) })
  }

  @Test("only the most recent files are kept")
  func bounded() throws {
    let memo = DecodedScenarios(capacity: 2)
    for name in ["a.yaml", "b.yaml", "c.yaml"] { _ = try memo.decode(bytes: Self.withSeed(3), file: name) }
    #expect(memo.count == 2)
  }
}
