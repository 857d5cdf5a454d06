public import TerritoryModel

/// An objective in a few words, as the report and the workspace write it:
/// « Personnes accompagnées en 2020 ≥ 800 », "EBE headcount on 31 December 2024 ≥ 80".
///
/// ```swift
/// ObjectiveText.words(objective, language: .fr)   // "Personnes accompagnées en 2020 ≥ 800"
/// ```
public enum ObjectiveText {
  public static func words(_ o: Objective, language: ReportLanguage) -> String {
    let text = ReportText(language: language)
    return "\(text.kpi(o.kpi.kpi).name)\(period(o.period, text)) \(o.comparison == .atLeast ? "≥" : "≤") \(text.number(o.target))"
  }

  /// When the objective is read: " en 2020", " au 31 décembre 2024", or nothing for the whole horizon.
  static func period(_ p: Objective.Period, _ text: ReportText) -> String {
    switch p {
    case .year(let y): text.t(" en \(y)", " in \(y)")
    case .date(let d):
      text.t(" au \(text.date((d.year, d.month, d.day)))", " on \(text.date((d.year, d.month, d.day)))")
    case .horizon: ""
    }
  }
}
