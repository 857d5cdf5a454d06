import TerritoryModel

/// French names of the scenario format's keys, for the form (the keys
/// themselves stay in English, as in the files and `docs/scenario-format`).
/// A numeric key's name is the parameter catalogue's (``ParameterKey/french``);
/// the others are here; a key with no name is shown as written.
public enum FieldLabels {
  static let names: [String: String] = [
    "name": "Nom", "description": "Description", "seed": "Graine du hasard", "replications": "Réplications", "start": "Début",
    "end": "Fin", "from": "Du", "to": "Au", "served_by": "Lieu de rattachement", "commune": "Commune (code Insee)",
    "advisors": "Conseillers", "availability_share": "Part du temps en rendez-vous", "weekdays": "Horaires en semaine",
    "monday": "Lundi", "tuesday": "Mardi", "wednesday": "Mercredi", "thursday": "Jeudi", "friday": "Vendredi",
    "saturday": "Samedi", "sunday": "Dimanche", "parent_site": "Lieu de rattachement", "weekday": "Jour", "hours": "Horaires",
    "first_duration_minutes": "Durée du premier rendez-vous (min)", "follow_up_duration_minutes": "Durée d'un suivi (min)",
    "autonomous": "Autonome", "workshops": "Ateliers", "reinforced": "Renforcé", "positioning": "Positionnement",
    "employment": "Emploi", "pmsmp": "PMSMP", "mrs": "MRS", "none": "Aucune", "delay_days": "Délai (jours)", "site": "Lieu",
    "response_delay_days": "Délai de réponse (jours)", "retention_days": "Conservation de la liste (jours)",
    "mobilisation_start": "Début de la mobilisation", "meeting_delay_days": "Délai avant la rencontre (jours)",
    "opening": "Ouverture", "source": "Source", "fte_budget": "Budget en ETP", "working_time": "Temps de travail",
    "exit_reasons": "Motifs de sortie", "other_job": "Autre emploi", "retirement": "Retraite", "moving": "Déménagement",
    "other": "Autre", "value": "Valeur", "id": "Identifiant", "kpi": "Indicateur", "year": "Année", "date": "Date",
    "at_least": "Au moins", "at_most": "Au plus", "yearly_cost_eur": "Coût annuel (€)", "new_registrants": "Nouveaux inscrits",
    "tzsim_scenario": "Version du format",
  ]

  /// The French name of `key` at `path`, or `key` itself.
  public static func french(_ key: String, at path: String) -> String {
    if let entry = ParameterKey.named(path), entry.name == key { return entry.french }
    return names[key] ?? key
  }

  /// The French name of a scenario section (a top-level key).
  public static func section(_ key: String) -> String {
    switch key {
    case "": "Général"
    case "closures": "Fermetures"
    case "communes": "Communes"
    case "sites": "Points Conseil Emploi"
    case "permanences": "Permanences"
    case "appointments": "Rendez-vous"
    case "pathways": "Parcours"
    case "workshops": "Ateliers"
    case "invitations": "Invitations"
    case "tzcld": "Territoire zéro chômeur (TZCLD)"
    case "money": "Argent"
    case "objectives": "Objectifs"
    case "options": "Options de personnel"
    case "assumptions": "Hypothèses"
    default: key
    }
  }

  /// A unit in French (ranges state theirs in English).
  public static func unit(_ unit: String) -> String {
    let words: [String: String] = [
      "per week": "par semaine", "per month": "par mois", "per year": "par an", "days": "jours", "weeks": "semaines",
      "months": "mois", "advisors": "conseillers", "places": "places", "persons": "personnes", "employees": "salariés",
      "a probability": "une probabilité", "hires per month": "embauches par mois", "inhabitants": "habitants",
      "relative weight": "poids relatif", "€ per year": "€ par an", "€ per month": "€ par mois", "€ per post": "€ par poste",
      "share of the SMIC": "part du SMIC", "share of the State CDE": "part de la CDE de l'État", "a calendar year": "une année",
      "FTE": "ETP", "employees per supervisor": "salariés par encadrant",
      "index in the parent site's advisors": "rang du conseiller dans son lieu",
      "per 1,000 inhabitants": "pour 1 000 habitants", "share of the opening hours": "part des heures d'ouverture",
      "times the gross wage": "fois le salaire brut",
    ]
    return words[unit] ?? unit
  }
}
