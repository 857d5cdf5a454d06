import ScenarioFormat

/// A one-year scenario with one staffing option, small enough for debug builds.
enum StudyFixtures {
  static let text =
    String(decoding: EmbeddedScenarios.starter, as: UTF8.self) + """

      options:
        - id: third-advisor
          name: "Un troisième conseiller"
          yearly_cost_eur: 42000
          set:
            "sites[centre].advisors": 3
      """

  static func scenario(_ extra: String = "") throws -> Scenario {
    var t = text
    t = t.replacingOccurrences(
      of: "    advisors: 2                   # or a list of {id, availability_share, schedule}", with: "    advisors: 1")
    t = t.replacingOccurrences(
      of: "    walk_ins_per_week: 6          # Poisson, during opening hours only", with: "    walk_ins_per_week: 9")
    return try ScenarioDecoder.decode(text: t + extra, file: "fixture.yaml")
  }
}
