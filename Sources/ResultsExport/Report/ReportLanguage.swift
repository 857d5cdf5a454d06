/// The language of the report and the terminal summary.
public enum ReportLanguage: String, Sendable, CaseIterable {
  case fr, en
}
