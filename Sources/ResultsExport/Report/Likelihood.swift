public import TerritoryModel

/// A probability in words, on a fixed scale printed in every report (the
/// calibrated language of the IPCC assessment reports, coarsened to five
/// steps): what a council reads first, before the figure and its interval.
public enum Likelihood: Int, CaseIterable, Sendable {
  case veryUnlikely, unlikely, asLikelyAsNot, likely, veryLikely

  /// The lower end of each step (the upper end is the next step's).
  static let lowerEnds: [Double] = [0, 0.10, 0.33, 0.66, 0.90]

  public init(probability p: Double) {
    self = Likelihood.allCases.last { p >= Self.lowerEnds[$0.rawValue] } ?? .veryUnlikely
  }

  public var words: Bilingual {
    switch self {
    case .veryLikely: Bilingual(fr: "très probable", en: "very likely")
    case .likely: Bilingual(fr: "probable", en: "likely")
    case .asLikelyAsNot: Bilingual(fr: "aussi probable qu'improbable", en: "about as likely as not")
    case .unlikely: Bilingual(fr: "improbable", en: "unlikely")
    case .veryUnlikely: Bilingual(fr: "très improbable", en: "very unlikely")
    }
  }

  /// The colour of the verdict's mark (dark enough to print in grey).
  var color: String {
    switch self {
    case .veryLikely: "#1b5e20"
    case .likely: "#2e7d32"
    case .asLikelyAsNot: "#8d6e00"
    case .unlikely: "#b34700"
    case .veryUnlikely: "#b00020"
    }
  }
}
