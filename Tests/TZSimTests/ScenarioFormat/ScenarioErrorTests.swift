import Foundation
import Testing

@testable import ScenarioFormat

/// Every check of the scenario format, with the exact message a planner reads.
@Suite("Scenarios: error messages")
struct ScenarioErrorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let id: String
    let text: String
    let expected: [String]
    var testDescription: String { id }
  }

  static let valid = """
    tzsim_scenario: 1
    start: 2021-01-01
    end: 2021-12-31
    sites:
      - id: centre
        commune: "10387"
        opening: {weekdays: ["09:00-12:00"]}
        advisors: 1

    """

  /// The valid document with `old` replaced by `new`.
  static func with(_ old: String, _ new: String) -> String {
    precondition(valid.contains(old), old)
    return valid.replacingOccurrences(of: old, with: new)
  }

  static let known = ScenarioKeys.root.joined(separator: ", ")

  static let cases: [Case] = [
    Case(id: "empty file", text: "", expected: ["t.yaml: error: the file is empty. Start from `tzsim init`"]),
    Case(id: "only a comment", text: "# nothing\n", expected: ["t.yaml: error: the file holds no YAML document. Start from `tzsim init`"]),
    Case(id: "not YAML", text: "sites: [unclosed\n", expected: ["t.yaml:2:1: error: not valid YAML: did not find expected ',' or ']'"]),
    Case(id: "binary bytes", text: "tzsim\u{0}scenario", expected: ["t.yaml: error: the file contains NUL bytes: it is not a text file"]),
    Case(
      id: "a list at the top", text: "- a\n- b\n",
      expected: [
        "t.yaml:1:1: error: expected a mapping with keys `tzsim_scenario`, `name`, `description`, `seed`, `replications`, `assumptions`, `start`, `end`, `closures`, `communes`, `sites`, `permanences`, `appointments`, `pathways`, `workshops`, `invitations`, `tzcld`, `money`, `objectives`, `options`, `uncertainty`, found a list"
      ]),
    Case(
      id: "missing version", text: valid.replacingOccurrences(of: "tzsim_scenario: 1\n", with: ""),
      expected: ["t.yaml:1:1: error: at `tzsim_scenario`: missing key `tzsim_scenario`"]),
    Case(
      id: "future version", text: with("tzsim_scenario: 1", "tzsim_scenario: 2"),
      expected: ["t.yaml:1:17: error: at `tzsim_scenario`: this program reads format version 1, the file says 2"]),
    Case(
      id: "unknown key with suggestion", text: with("    advisors: 1", "    advisers: 1"),
      expected: [
        "t.yaml:5:5: error: at `sites[centre].advisors`: missing key `advisors`",
        "t.yaml:8:5: error: at `sites[centre].advisers`: unknown key. Did you mean `advisors`?",
      ]),
    Case(
      id: "wrong type", text: with("advisors: 1", "advisors: many"),
      expected: ["t.yaml:8:15: error: at `sites[centre].advisors`: expected a whole number, found `many`"]),
    Case(
      id: "NaN", text: with("    advisors: 1", "    advisors: 1\n    walk_ins_per_week: .nan"),
      expected: ["t.yaml:9:24: error: at `sites[centre].walk_ins_per_week`: expected a number per week, found `.nan`"]),
    Case(
      id: "negative rate", text: with("    advisors: 1", "    advisors: 1\n    walk_ins_per_week: -3"),
      expected: ["t.yaml:9:24: error: at `sites[centre].walk_ins_per_week`: must be a number between 0 and 100000 (per week), found -3"]),
    Case(
      id: "huge advisors", text: with("advisors: 1", "advisors: 1000000000"),
      expected: ["t.yaml:8:15: error: at `sites[centre].advisors`: must be a whole number between 1 and 1000 (advisors), found 1000000000"]),
    Case(
      id: "a horizon of centuries", text: with("end: 2021-12-31", "end: 2199-12-31"),
      expected: ["t.yaml:3:6: error: at `end`: the horizon spans 179 calendar years; at most 30 are allowed"]),
    Case(
      id: "dates in the wrong order", text: with("end: 2021-12-31", "end: 2020-12-31"),
      expected: ["t.yaml:3:6: error: at `end`: is before start (2021-01-01). The horizon runs from start to end, inclusive"]),
    Case(
      id: "impossible date", text: with("start: 2021-01-01", "start: 2021-02-30"),
      expected: ["t.yaml:2:8: error: at `start`: expected a date YYYY-MM-DD between 1900 and 2200, found `2021-02-30`"]),
    Case(
      id: "hours outside the day", text: with("\"09:00-12:00\"", "\"22:00-25:00\""),
      expected: [
        "t.yaml:7:26: error: at `sites[centre].opening.weekdays[0]`: expected hours `HH:MM-HH:MM` within the day (00:00–24:00, start before end), found `22:00-25:00`"
      ]),
    Case(
      id: "overlapping windows", text: with("[\"09:00-12:00\"]", "[\"09:00-12:00\", \"11:00-13:00\"]"),
      expected: [
        "t.yaml:7:14: error: at `sites[centre].opening`: monday: windows 09:00-12:00 and 11:00-13:00 overlap. Windows of one day must not overlap"
      ]),
    Case(
      id: "unknown commune", text: with("commune: \"10387\"", "commune: \"10355\""),
      expected: ["t.yaml:6:14: error: at `sites[centre].commune`: unknown commune `10355`. Did you mean `10255`?"]),
    Case(
      id: "commune by name", text: with("    advisors: 1\n", "    advisors: 1\ncommunes:\n  Troyes: {served_by: centre}\n"),
      expected: ["t.yaml:10:3: error: at `communes[Troyes]`: unknown commune. `Troyes` is commune 10387: use the INSEE code"]),
    Case(
      id: "site referenced before use",
      text: with(
        "    advisors: 1\n",
        "    advisors: 1\npermanences:\n  - {id: bouilly, commune: \"10051\", parent_site: centr, weekday: tuesday, hours: \"09:00-12:00\"}\n"
      ),
      expected: [
        "t.yaml:10:50: error: at `permanences[bouilly].parent_site`: unknown site `centr`. Did you mean `centre`?",
        "t.yaml:10:5: error: at `permanences[bouilly]`: without invitations nobody is sent to a permanence: it would serve nobody. Add an `invitations` section, or remove the permanence",
      ]),
    Case(
      id: "probabilities that do not sum to 1",
      text: with(
        "    advisors: 1\n", "    advisors: 1\npathways:\n  choice: {autonomous: 0.5, workshops: 0.3, reinforced: 0.1, positioning: 0.05}\n"
      ),
      expected: [
        "t.yaml:10:11: error: at `pathways.choice`: categorical: probabilities must sum to 1, found 0.95 (autonomous + workshops + reinforced + positioning)"
      ]),
    Case(
      id: "a bad distribution",
      text: with("    advisors: 1\n", "    advisors: 1\nappointments:\n  first_duration_minutes: \"lognormal(mean: 45)\"\n"),
      expected: [
        "t.yaml:10:27: error: at `appointments.first_duration_minutes`: lognormal: parameters (mean) do not match; write lognormal(mean: …, sd: …) or lognormal(mu: …, sigma: …) (a distribution of minutes). E.g. `lognormal(mean: 45, sd: 20)`"
      ]),
    Case(
      id: "retention beyond two months",
      text: with("    advisors: 1\n", "    advisors: 1\ninvitations:\n  new_registrants_per_month: 10\n  retention_days: 90\n"),
      expected: [
        "t.yaml:11:19: error: at `invitations.retention_days`: must be a number in (0, 60] (days), found 90. The list of new registrants must be deleted within two months",
        // Every problem at once: the one site serves none of the territory's other communes.
        "t.yaml:1:1: error: at `communes`: 80 communes are served by no site or permanence of the scenario: Assenay (10013), Aubeterre (10015), Barberey-Saint-Sulpice (10030), …; invitees there would have nowhere to go. Say who serves them, for example `communes: {\"10013\": {served_by: centre}}`, or add the site or permanence of their nearest service point (10051)",
      ]),
    Case(
      // The list's split names the communes it reaches: only those need a place (Bouilly, 10051, has none).
      id: "a weighted commune with no place",
      text: with(
        "    advisors: 1\n",
        "    advisors: 1\ninvitations:\n  new_registrants_per_month: 10\n  commune_weights: {\"10387\": 3, \"10051\": 1, \"10013\": 0}\n"),
      expected: [
        "t.yaml:1:1: error: at `communes`: 1 commune is served by no site or permanence of the scenario: Bouilly (10051); invitees there would have nowhere to go. Say who serves them, for example `communes: {\"10051\": {served_by: centre}}`, or add the site or permanence of their nearest service point (10051)"
      ]),
    Case(
      // The cause is reported once: an objective is not said to be outside a horizon that does not exist.
      id: "an end before the start, no knock-on",
      text: with("end: 2021-12-31", "end: 2020-12-31") + "objectives:\n  - {id: o, kpi: pce.accompanied, year: 2021, at_least: 3}\n",
      expected: [
        "t.yaml:3:6: error: at `end`: is before start (2021-01-01). The horizon runs from start to end, inclusive"
      ]),
    Case(
      id: "an alias", text: with("    advisors: 1\n", "    advisors: 1\nassumptions:\n  - &a \"x\"\n  - *a\n"),
      expected: ["t.yaml:10:5: error: anchors and aliases (`&name`, `*name`) are not allowed in scenario files. Write the value out"]),
    Case(
      id: "an alias bomb",
      text:
        "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n",
      expected: ["t.yaml:1:4: error: anchors and aliases (`&name`, `*name`) are not allowed in scenario files. Write the value out"]),
    Case(
      id: "a star inside text is not an alias",
      text: with(
        "    advisors: 1\n",
        "    advisors: 1\nassumptions: [\"5*2 = 10\", a*b]\nobjectives: [{id: o, kpi: pce.accompanied, at_least: -5}, {id: p, kpi: nope, at_least: 1}]\n"
      ),
      expected: [
        "t.yaml:10:72: error: at `objectives[p].kpi`: `nope` cannot be an objective; use one of pce.accompanied, pce.exits_to_employment, workshops.attended, invitations.responded, tzcld.volunteers, tzcld.hires, tzcld.other_employer_placements, tzcld.headcount, tzcld.fte, tzcld.waiting_list, tzcld.ppde_remaining"
      ]),
    Case(
      id: "deep nesting", text: "a: " + String(repeating: "[", count: 100_000),
      expected: ["t.yaml:1:68: error: the text nests more than 64 levels"]),
    Case(
      id: "an objective on an unknown KPI",
      text: with("    advisors: 1\n", "    advisors: 1\nobjectives:\n  - {id: o, kpi: pce.accompagnes, year: 2021, at_least: 1}\n"),
      expected: [
        "t.yaml:10:18: error: at `objectives[o].kpi`: `pce.accompagnes` cannot be an objective; use one of pce.accompanied, pce.exits_to_employment, workshops.attended, invitations.responded, tzcld.volunteers, tzcld.hires, tzcld.other_employer_placements, tzcld.headcount, tzcld.fte, tzcld.waiting_list, tzcld.ppde_remaining. Did you mean `pce.accompanied`?"
      ]),
    Case(
      id: "an objective outside the horizon",
      text: with("    advisors: 1\n", "    advisors: 1\nobjectives:\n  - {id: o, kpi: pce.accompanied, year: 2030, at_least: 1}\n"),
      expected: ["t.yaml:10:41: error: at `objectives[o].year`: 2030 is outside the horizon 2021–2021"]),
    Case(
      id: "billions of people", text: with("    advisors: 1\n", "    advisors: 1\ninvitations:\n  new_registrants_per_month: 5e9\n"),
      expected: [
        "t.yaml:10:30: error: at `invitations.new_registrants_per_month`: must be a number between 0 and 1000000 (per month), found 5000000000",
        "t.yaml:1:1: error: at `communes`: 80 communes are served by no site or permanence of the scenario: Assenay (10013), Aubeterre (10015), Barberey-Saint-Sulpice (10030), …; invitees there would have nowhere to go. Say who serves them, for example `communes: {\"10013\": {served_by: centre}}`, or add the site or permanence of their nearest service point (10051)",
      ]),
    Case(
      id: "durations that can be negative",
      text: valid + """
        appointments:
          first_duration_minutes: "normal(mean: 10, sd: 8)"
          patience_days: "uniform(min: -10, max: 30)"

        """,
      expected: [
        "t.yaml:10:27: error: at `appointments.first_duration_minutes`: `normal(mean: 10, sd: 8)` can draw negative values (below any bound); a delay or duration cannot be negative. Use a distribution on [0, ∞) such as `lognormal(mean: 10, sd: …)` or `gamma(mean: …, sd: …)`",
        "t.yaml:11:18: error: at `appointments.patience_days`: `uniform(min: -10, max: 30)` can draw negative values (down to -10); a delay or duration cannot be negative. Use a distribution on [0, ∞) such as `lognormal(mean: 10, sd: …)` or `gamma(mean: …, sd: …)`",
      ]),
    Case(
      id: "a yearly objective on part of a year",
      text: with("end: 2021-12-31", "end: 2021-06-30") + """
        objectives:
          - {id: a, kpi: pce.accompanied, year: 2021, at_least: 10}

        """,
      expected: [
        "t.yaml:10:41: error: at `objectives[a].year`: the horizon covers only part of 2021 (2021-01-01 to 2021-06-30): a yearly count would be compared with a whole year's target. Use `date: 2021-06-30` for a count up to that date, or widen the horizon to the whole year"
      ]),
    Case(
      id: "communes served by nobody", text: valid + "invitations: {new_registrants_per_month: 10}\n",
      expected: [
        "t.yaml:1:1: error: at `communes`: 80 communes are served by no site or permanence of the scenario: Assenay (10013), Aubeterre (10015), Barberey-Saint-Sulpice (10030), …; invitees there would have nowhere to go. Say who serves them, for example `communes: {\"10013\": {served_by: centre}}`, or add the site or permanence of their nearest service point (10051)"
      ]),
    Case(
      id: "a permanence nobody is sent to",
      text: valid + """
        permanences:
          - {id: p1, commune: "10051", parent_site: centre, weekday: tuesday, hours: "09:00-12:00"}

        """,
      expected: [
        "t.yaml:10:5: error: at `permanences[p1]`: without invitations nobody is sent to a permanence: it would serve nobody. Add an `invitations` section, or remove the permanence"
      ]),
    Case(
      id: "options are checked as the scenarios they make",
      text: valid + """
        options:
          - id: more
            set:
              "site[centre].advisors": 2
          - id: bad-value
            set:
              "sites[centre].advisors": -3
          - id: late
            set:
              "start": 2022-01-01
          - id: more
            set:
              "sites[centre].advisors": 3

        """,
      expected: [
        "t.yaml:12:7: error: at `options[more].set.site[centre].advisors`: `site[centre].advisors` names nothing in the scenario. Did you mean `sites[centre].advisors`?",
        "t.yaml:15:33: error: at `options[bad-value].set.sites[centre].advisors`: with this option, must be a whole number between 1 and 1000 (advisors), found -3",
        "t.yaml:16:9: error: at `options[late].set.end`: with this option, is before start (2022-01-01). The horizon runs from start to end, inclusive",
        "t.yaml:19:9: error: at `options[more].id`: `more` is used twice. Give each option its own id: its files go to options/<id>/",
      ]),
    Case(
      id: "an option's value must be one value: not empty, not a list",
      text: valid + """
        options:
          - id: empty
            set:
              "sites[centre].advisors":
          - id: list
            set:
              "sites[centre].advisors": [1, 2]

        """,
      expected: [
        "t.yaml:12:32: error: at `options[empty].set.sites[centre].advisors`: an option sets one value (a number, a date, a text or a law), found nothing. Write the new value after the key, e.g. `\"sites[centre].advisors\": 4`; change structure in the scenario itself",
        "t.yaml:15:33: error: at `options[list].set.sites[centre].advisors`: an option sets one value (a number, a date, a text or a law), found a list. Write the new value after the key, e.g. `\"sites[centre].advisors\": 4`; change structure in the scenario itself",
      ]),
    Case(
      id: "two advisors with one id", text: with("    advisors: 1", "    advisors:\n      - {id: a}\n      - {id: a}"),
      expected: [
        "t.yaml:10:14: error: at `sites[centre].advisors[1].id`: `a` is used twice at this site. Give each advisor their own id"
      ]),
    Case(
      id: "a target that is not a number: one message",
      text: valid + "objectives:\n  - {id: o, kpi: pce.accompanied, year: 2021, at_least: .nan}\n",
      expected: [
        "t.yaml:10:57: error: at `objectives[o].at_least`: expected a number, found `.nan`"
      ]),
    Case(
      id: "a decimal comma", text: with("    advisors: 1", "    advisors: 1\n    walk_ins_per_week: 4,5"),
      expected: [
        "t.yaml:9:24: error: at `sites[centre].walk_ins_per_week`: expected a number per week, found `4,5`. Write decimals with a point: `4.5`"
      ]),
  ]

  @Test("a bad scenario gives exactly these messages", arguments: cases)
  func messages(_ c: Case) {
    do {
      _ = try ScenarioDecoder.decode(text: c.text, file: "t.yaml")
      Issue.record("accepted: \(c.id)")
    } catch {
      #expect(error.errors.map(\.description) == c.expected)
    }
  }

  @Test("every message and hint of the checks above has its French in the catalogue", arguments: cases)
  func french(_ c: Case) {
    do {
      _ = try ScenarioDecoder.decode(text: c.text, file: "t.yaml")
    } catch {
      for e in error.errors {
        #expect(e.isTranslated, "no French for: \(e.message) | \(e.hint ?? "")")
        // The French differs from the English wherever words were translated (and keeps the place).
        #expect(e.text(french: true).hasPrefix("t.yaml") && e.text(french: true).contains(" : erreur : "))
      }
    }
  }

  @Test("the catalogue: values are put back, units translated, an unknown message left as it is")
  func catalogue() {
    #expect(
      MessageCatalogue.french("must be a whole number between 1 and 1000 (advisors), found -2")
        == "doit être un nombre entier entre 1 et 1000 (conseillers), trouvé -2")
    #expect(MessageCatalogue.french("expected a mapping, found a list") == "attendu : une table de clés ; trouvé : une liste")
    #expect(MessageCatalogue.french("a sentence nobody wrote") == "a sentence nobody wrote")
    #expect(!MessageCatalogue.translates("a sentence nobody wrote"))
    #expect(MessageCatalogue.compiled.count == MessageCatalogue.entries.count, "every entry's pattern compiles")
  }

  @Test(
    "the imports' refusals have their French too",
    arguments: [
      "month;kpi;value;source\n2020-13;pce.accompanied;3;x\n", "month;kpi;value;source\n2020-01;nope;3;x\n",
      "month;kpi;value;source\n2020-01;pce.accompanied;-1;x\n", "month;kpi;value\n2020-01;pce.accompanied;1\n",
      "month;kpi;value;source\n2020-01;pce.accompanied;1;x\n2020-01;pce.accompanied;2;x\n", "no delimiter here\n",
    ])
  func importFrench(_ text: String) {
    do {
      _ = try ObservedFile.read(bytes: Array(text.utf8), file: "o.csv")
      Issue.record("accepted")
    } catch {
      #expect(MessageCatalogue.translates(error.message), "\(error.message)")
      #expect(error.hint.map(MessageCatalogue.translates) ?? true, "\(error.hint ?? "")")
    }
  }

  @Test("a day named after `weekdays` replaces that day's hours, and validate says so")
  func dayOverride() throws {
    let s = try ScenarioDecoder.decode(
      text: Self.with(#"opening: {weekdays: ["09:00-12:00"]}"#, #"opening: {weekdays: ["09:00-12:00"], wednesday: ["14:00-17:00"]}"#),
      file: "t.yaml")
    #expect(
      s.notes.map(\.description) == [
        "t.yaml:7:53: error: at `sites[centre].opening.wednesday`: `wednesday` replaces the hours `weekdays` gives that day"
      ])
    #expect(s.parameters.sites[0].opening.windows(on: .wednesday).map(\.description) == ["14:00-17:00"])
    #expect(try ScenarioDecoder.decode(text: Self.valid, file: "t.yaml").notes.isEmpty)
  }
}
