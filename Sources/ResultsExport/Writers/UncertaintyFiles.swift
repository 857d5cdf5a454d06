import TerritoryModel

/// The files of a run with uncertain assumptions, in `uncertainty/`:
/// `verdicts.csv` (each objective's probability if the assumptions hold and
/// once they are uncertain), `sensitivity.csv` (each key's indices for each
/// output, ranked), `draws.csv` (every draw of the design with its outputs).
public enum UncertaintyFiles {
  public static let folder = "uncertainty/"

  /// - Parameter exact: each objective's probability if the assumptions hold (the run's own verdicts), by id.
  public static func verdictsCSV(_ u: UncertaintySummary, exact: [String: Double], flavour: CSVFlavour) -> String {
    var out = flavour.header(
      [
        "objective", "probability_if_assumptions_hold", "probability_with_uncertainty", "standard_error", "draws_p10", "draws_p90",
        "assumptions_share", "points", "inner_replications",
      ],
      french: [
        "objectif", "probabilité_si_hypothèses_justes", "probabilité_avec_incertitude", "erreur_type", "tirages_p10", "tirages_p90",
        "part_des_hypothèses", "points", "réplications_internes",
      ])
    for v in u.verdicts {
      out += flavour.row([
        flavour.field(v.objectiveID), flavour.number(exact[v.objectiveID] ?? .nan), flavour.number(v.probability),
        flavour.number(v.standardError), flavour.number(v.low), flavour.number(v.high), flavour.number(v.assumptionsShare),
        flavour.number(Double(u.points)), flavour.number(Double(u.replications)),
      ])
    }
    return out
  }

  public static func sensitivityCSV(_ u: UncertaintySummary, flavour: CSVFlavour) -> String {
    var out = flavour.header(
      [
        "output", "rank", "key", "first_order", "first_order_ci95_low", "first_order_ci95_high", "total", "total_ci95_low",
        "total_ci95_high", "output_variance",
      ],
      french: [
        "résultat", "rang", "clé", "indice_premier_ordre", "premier_ordre_ic95_bas", "premier_ordre_ic95_haut", "indice_total",
        "total_ic95_bas", "total_ic95_haut", "variance_du_résultat",
      ])
    for s in u.sensitivities {
      for (rank, i) in s.ranking.enumerated() {
        let x = s.indices[i]
        out += flavour.row([
          flavour.field(s.output), String(rank + 1), flavour.field(u.inputs[i].path), flavour.number(x.first), flavour.number(x.firstLow),
          flavour.number(x.firstHigh), flavour.number(x.total), flavour.number(x.totalLow), flavour.number(x.totalHigh),
          flavour.number(s.variance),
        ])
      }
    }
    return out
  }

  /// Each objective's failure rule: one row per bound, or one row saying none stands out.
  public static func failureCSV(_ u: UncertaintySummary, flavour: CSVFlavour) -> String {
    var out = flavour.header(
      ["objective", "rule_found", "key", "at_least", "at_most", "coverage", "density", "base_rate"],
      french: ["objectif", "règle_trouvée", "clé", "au_moins", "au_plus", "couverture", "densité", "taux_global"])
    for f in u.failureRules {
      let rows: [(String, Double?, Double?)] =
        f.bounds.isEmpty ? [("", nil, nil)] : f.bounds.map { (u.inputs[$0.input].path, $0.lower, $0.upper) }
      for (key, lower, upper) in rows {
        out += flavour.row([
          flavour.field(f.objectiveID), f.bounds.isEmpty ? "no" : "yes", flavour.field(key), lower.map(flavour.number) ?? "",
          upper.map(flavour.number) ?? "", flavour.number(f.coverage), flavour.number(f.density), flavour.number(f.baseRate),
        ])
      }
    }
    return out
  }

  /// The value of information of each key for the choice among options (compare), then all keys together.
  public static func informationCSV(_ v: UncertaintySummary.InformationValue, _ u: UncertaintySummary, flavour: CSVFlavour) -> String {
    var out = flavour.header(
      ["objective", "key", "value_of_information_probability_points", "choice_now", "choice_now_probability"],
      french: ["objectif", "clé", "valeur_de_l_information_points_de_probabilité", "choix_actuel", "probabilité_du_choix_actuel"])
    let rows = u.inputs.indices.map { (u.inputs[$0].path, v.partial[$0]) } + [("*", v.overall)]
    for (key, value) in rows {
      out += flavour.row([
        flavour.field(v.objectiveID), flavour.field(key), flavour.number(value * 100), flavour.field(v.options[v.choice]),
        flavour.number(v.probabilities[v.choice]),
      ])
    }
    return out
  }

  public static func drawsCSV(_ u: UncertaintySummary, flavour: CSVFlavour) -> String {
    let names = u.inputs.map(\.path) + u.outputs
    var out = flavour.header(["draw", "block"] + names, french: ["tirage", "bloc"] + names)
    for (d, draw) in u.drawTable.enumerated() {
      out += flavour.row([String(d + 1), u.block(of: d)] + (draw.values + draw.outputs).map(flavour.number))
    }
    return out
  }
}
