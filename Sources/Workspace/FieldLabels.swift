/// French names of the scenario format's keys, for the form (the keys
/// themselves stay in English, as in the files and `docs/scenario-format`).
/// A key with no name here is shown as written.
public enum FieldLabels {
  static let names: [String: String] = [
    "name": "Nom", "description": "Description", "seed": "Graine du hasard", "replications": "Réplications",
    "start": "Début", "end": "Fin", "from": "Du", "to": "Au", "capacity_factor": "Capacité restante (part)",
    "population": "Population", "served_by": "Lieu de rattachement", "commune": "Commune (code Insee)",
    "advisors": "Conseillers", "availability_share": "Part du temps en rendez-vous", "walk_ins_per_week": "Visites spontanées par semaine",
    "referrals_per_week": "Orientations par semaine", "weekdays": "Horaires en semaine", "monday": "Lundi", "tuesday": "Mardi",
    "wednesday": "Mercredi", "thursday": "Jeudi", "friday": "Vendredi", "saturday": "Samedi", "sunday": "Dimanche",
    "parent_site": "Lieu de rattachement", "weekday": "Jour", "hours": "Horaires", "every_weeks": "Toutes les (semaines)",
    "first_duration_minutes": "Durée du premier rendez-vous (min)", "follow_up_duration_minutes": "Durée d'un suivi (min)",
    "autonomous": "Autonome", "workshops": "Ateliers", "reinforced": "Renforcé", "positioning": "Positionnement",
    "autonomous_months": "Durée du parcours autonome (mois)", "follow_up_interval_days": "Intervalle des suivis (jours)",
    "max_months": "Durée maximale (mois)", "caseload_cap_per_advisor": "Portefeuille maximal par conseiller",
    "employment": "Emploi", "pmsmp": "PMSMP", "mrs": "MRS", "none": "Aucune", "delay_days": "Délai (jours)",
    "employment_per_month": "Sorties vers l'emploi par mois", "training_per_month": "Sorties vers la formation par mois",
    "dropout_per_month": "Abandons par mois", "site": "Lieu", "seats": "Places", "facilitators": "Animateurs",
    "no_show_probability": "Probabilité d'absence", "reenrol_probability": "Probabilité de réinscription",
    "enrol_probability": "Probabilité d'inscription", "new_registrants_per_month": "Nouveaux inscrits par mois",
    "letter_delay_days": "Délai du courrier (jours)", "response_probability": "Probabilité de réponse",
    "response_delay_days": "Délai de réponse (jours)", "day": "Jour de la relance", "retention_days": "Conservation de la liste (jours)",
    "mobilisation_start": "Début de la mobilisation", "meeting_delay_days": "Délai avant la rencontre (jours)",
    "volunteer_probability": "Probabilité de se porter volontaire", "other_employer_per_year": "Embauches ailleurs par an",
    "initial_stock": "PPDE au départ", "initial_stock_per_1000": "PPDE pour 1 000 habitants", "inflow_per_year": "Entrées par an",
    "exit_per_year": "Sorties par an", "opening": "Ouverture", "opening_cohort": "Effectif d'ouverture", "per_month": "Embauches par mois",
    "source": "Source", "headcount_ceiling": "Effectif maximal", "fte_budget": "Budget en ETP", "working_time": "Temps de travail",
    "exit_reasons": "Motifs de sortie", "other_job": "Autre emploi", "retirement": "Retraite", "moving": "Déménagement",
    "other": "Autre", "supervision_ratio": "Salariés par encadrant", "supervisor_yearly_cost_eur": "Coût annuel d'un encadrant (€)",
    "employer_cost_factor": "Coût employeur / salaire", "value": "Valeur", "id": "Identifiant", "kpi": "Indicateur",
    "year": "Année", "date": "Date", "at_least": "Au moins", "at_most": "Au plus", "yearly_cost_eur": "Coût annuel (€)",
    "headcount": "Effectif", "fte": "ETP", "waiting_list": "Liste d'attente", "new_registrants": "Nouveaux inscrits",
    "tzsim_scenario": "Version du format",
  ]

  /// The French name of `key`, or `key` itself.
  public static func french(_ key: String) -> String { names[key] ?? key }

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
