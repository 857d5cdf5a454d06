/// A text in French (the council's language) and English (the code's).
public struct Bilingual: Hashable, Sendable {
  public let fr: String
  public let en: String

  public init(fr: String, en: String) {
    self.fr = fr
    self.en = en
  }
}
