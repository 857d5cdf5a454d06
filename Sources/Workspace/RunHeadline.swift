import Foundation

/// The figures a planner reads first, kept with the run's record: each
/// objective's verdict, and for a plan, the value found.
public struct RunHeadline: Codable, Sendable, Equatable {
  public struct Verdict: Codable, Sendable, Equatable {
    /// The variant: `baseline`, or a staffing option's name in a comparison.
    public let variant: String
    /// The objective's id (`accompanied-2020`).
    public let objective: String
    /// The objective in words (« Personnes accompagnées en 2020 ≥ 800 »); absent in older records.
    public var objectiveWords: String? = nil
    public let probability: Double
    /// The verdict in French words (`probable`).
    public let words: String
    /// With uncertain assumptions, the second verdict: the probability once they are drawn from their laws.
    public var uncertainProbability: Double?
    public var uncertainWords: String?
  }

  /// How sure a plan's answer is: a value found with a confident decision, one found when the
  /// replication budget ran out (the estimate decided), or no value in the range.
  public enum AnswerState: String, Codable, Sendable {
    case found, uncertain, none
  }

  public var verdicts: [Verdict] = []
  /// For a plan: the sentence of its answer.
  public var answer: String?
  /// For a plan: how sure its answer is (absent in records made before it was kept: read as found).
  public var answerState: AnswerState?
  /// A plan's answer: the value found for its parameter (nil when none was found, and for runs).
  public var answerValue: Double?

  public init(verdicts: [Verdict] = [], answer: String? = nil, answerState: AnswerState? = nil) {
    self.verdicts = verdicts
    self.answer = answer
    self.answerState = answerState
  }

  public var json: String { String(decoding: (try? JSONEncoder().encode(self)) ?? Data("{}".utf8), as: UTF8.self) }

  public init(json: String?) {
    self = json.flatMap { try? JSONDecoder().decode(RunHeadline.self, from: Data($0.utf8)) } ?? RunHeadline()
  }
}
