import Foundation
public import ScenarioFormat
import SimulationCore
import TerritoryModel

/// The starting entry the form adds to a list: valid as it stands, every
/// value the planner should set marked `HYPOTHÈSE`, placed on the scenario's
/// first site, first commune and first year so that it validates at once.
public enum EntryTemplate {
  /// The lines of a new entry of `section` (indented for a top-level list), its id free among `taken`.
  public static func lines(for section: String, scenario: Scenario, taken: Set<String>) -> [String]? {
    let p = scenario.parameters
    let site = p.sites.first?.id ?? "centre"
    let commune = p.sites.first?.commune ?? "10387"
    let year = p.start.year
    func free(_ base: String) -> String {
      var n = 1
      while taken.contains("\(base)-\(n)") { n += 1 }
      return "\(base)-\(n)"
    }
    let end = min(p.end, p.start.adding(days: 6))
    switch section {
    case "sites":
      return [
        "  - id: \(free("lieu"))",
        "    name: \"Nouveau lieu\"",
        "    commune: \"\(commune)\"            # HYPOTHÈSE : sa commune (code INSEE)",
        "    opening:",
        "      weekdays: [\"09:00-12:00\", \"14:00-17:00\"]",
        "    advisors: 1                     # HYPOTHÈSE",
        "    availability_share: 0.7",
        "    \(ParameterKey.walkInsPerWeek.name): 2            # HYPOTHÈSE",
        "    referrals_per_week: 0.5         # HYPOTHÈSE",
      ]
    case "permanences":
      let place = permanenceCommune(scenario) ?? commune
      return [
        "  - {id: \(free("permanence")), name: \"Nouvelle permanence\", commune: \"\(place)\", parent_site: \(site), weekday: tuesday, hours: \"09:00-12:00\", every_weeks: 2}   # HYPOTHÈSE : lieu et créneau"
      ]
    case "workshops":
      return [
        "  - id: \(free("atelier"))",
        "    name: \"Nouvel atelier\"",
        "    sessions: [{site: \(site), weekday: thursday, hours: \"14:00-16:00\"}]   # HYPOTHÈSE",
        "    seats: 10",
        "    enrol_probability: 0.5          # HYPOTHÈSE",
      ]
    case "closures":
      return [
        "  - name: \"Fermeture\"",
        "    from: \(p.start.description)",
        "    to: \(end.description)                # HYPOTHÈSE : ses dates",
        "    capacity_factor: 0",
        "    applies_to: [pce]",
      ]
    case "objectives":
      return [
        "  - id: \(free("objectif"))",
        "    kpi: pce.accompanied",
        "    year: \(year)",
        "    at_least: 100                   # HYPOTHÈSE : le seuil visé",
      ]
    case "options":
      return [
        "  - id: \(free("option"))",
        "    name: \"Nouvelle option\"",
        "    yearly_cost_eur: 0              # HYPOTHÈSE : son coût annuel",
        "    set:",
        "      \"sites[\(site)].availability_share\": 0.8",
      ]
    default:
      return nil
    }
  }

  /// Where a new permanence goes: the nearest service point of the first commune the invitations
  /// reach that no place serves; else the most populous commune that is its own nearest service
  /// point and has no site or permanence (a rural service point, such as Bouilly); nil if none.
  public static func permanenceCommune(_ scenario: Scenario) -> String? {
    let p = scenario.parameters
    let places = Set(p.sites.map(\.commune) + p.permanences.map(\.commune))
    let weights = p.invitations?.communeWeights
    for c in p.communes where (weights.map { ($0[c.inseeCode] ?? 0) > 0 } ?? true) && p.servedBy[c.inseeCode] == nil {
      if !places.contains(c.nearestServicePoint) && !places.contains(c.inseeCode) { return c.nearestServicePoint }
    }
    return p.communes.filter { $0.nearestServicePoint == $0.inseeCode && !places.contains($0.inseeCode) }
      .max { ($0.population, $1.inseeCode) < ($1.population, $0.inseeCode) }?.inseeCode
  }

  /// The lines of a top-level section the form adds whole (today `invitations`, which the
  /// permanences and the registrants list need), or nil. The list's split is set to the first
  /// site's commune: the communes without a place receive no invitation until the planner says so.
  public static func section(_ name: String, scenario: Scenario) -> [String]? {
    guard name == "invitations" else { return nil }
    let commune = scenario.parameters.sites.first?.commune ?? "10387"
    return [
      "invitations:                        # la liste mensuelle des nouveaux inscrits (courriers d'invitation)",
      "  new_registrants_per_month: 100    # HYPOTHÈSE : à remplacer par le compte de la liste importée",
      "  letter_delay_days: 5              # HYPOTHÈSE",
      "  \(ParameterKey.responseProbability.name): 0.2         # HYPOTHÈSE (10 à 30 %)",
      "  response_delay_days: \"exponential(mean: 10)\"   # HYPOTHÈSE",
      "  retention_days: 60                # la liste est supprimée sous deux mois",
      "  commune_weights: {\"\(commune)\": 1}   # HYPOTHÈSE : communes invitées et leur part ; la liste importée la donne",
    ]
  }
}
