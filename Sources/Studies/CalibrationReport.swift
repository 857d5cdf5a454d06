import Foundation
public import ResultsExport
import ScenarioFormat
import SimulationCore

/// What `tzsim calibrate` found, as files: the fitted scenario (every key
/// written out, the fitted ones with their interval in a comment at the top)
/// and a section for the council report.
public struct CalibrationReport: Sendable {
  public let calibration: Calibration
  public let outcome: Calibration.Outcome
  /// Where the observed series came from (a file name) and its SHA-256.
  public let observedFile: String
  public let observedSHA256: String

  public init(calibration: Calibration, outcome: Calibration.Outcome, observedFile: String, observedBytes: [UInt8]) {
    self.calibration = calibration
    self.outcome = outcome
    self.observedFile = observedFile
    observedSHA256 = SHA256.hex(observedBytes)
  }

  /// The fitted scenario as YAML, with the fit's provenance as comments.
  public func scenarioYAML(version: String) throws -> String {
    var s = calibration.scenario
    s.parameters = try calibration.parameters(for: outcome.fitted.map(\.value))
    var head = "# Calibrated by tzsim \(version) calibrate on \(observedFile) (SHA-256 \(observedSHA256)),\n"
    head +=
      "# \(outcome.moments) observed months, \(calibration.replications) replications per evaluation, seed \(calibration.seed), \(outcome.evaluations) evaluations.\n"
    for f in outcome.fitted {
      head +=
        "#   \(f.key.path) = \(f.value.shortestText) (standard error \(f.standardError.shortestText); 95 % interval \(f.low.shortestText) to \(f.high.shortestText); searched in \(f.key.range.lowerBound.shortestText)...\(f.key.range.upperBound.shortestText))\n"
    }
    head +=
      "# Fit: J = \(outcome.statistic.shortestText) on \(outcome.degreesOfFreedom) degrees of freedom, p = \(outcome.pValue.shortestText)\(outcome.poorFit ? " — a POOR fit: the model does not reproduce these series at any value in the ranges" : "").\n"
    let plain = head + ScenarioWriter.effectiveYAML(s)
    // The fit's uncertainty, carried into projections: its law replaces whatever law the keys had.
    let lawSource =
      "tzsim calibrate on \(observedFile) (SHA-256 \(observedSHA256.prefix(12))…), J = \(outcome.statistic.shortestText), p = \(outcome.pValue.shortestText)"
      + (outcome.poorFit ? ", POOR fit" : "")
    let withLaw: Scenario
    switch outcome.law(source: lawSource) {
    case .failure(let problem):
      return plain + "# No law written for the fitted keys: \(problem.reason).\n"
    case .success(let inputs):
      do {
        let u = try (s.uncertainty ?? ScenarioUncertainty(inputs: [])).replacingLaws(with: inputs)
        guard u.inputs.count <= ScenarioUncertainty.maxInputs else {
          return plain + "# No law written for the fitted keys: the section would have more than \(ScenarioUncertainty.maxInputs) keys.\n"
        }
        var t = s
        t.uncertainty = u
        withLaw = t
      } catch {
        return plain + "# No law written for the fitted keys: \(error.issues[0].message).\n"
      }
    }
    let text =
      head + "# The fitted keys' law (uncertainty section) is the fit's: their values and standard errors"
      + (outcome.fitted.count > 1 ? ", with the correlation of the estimates" : "") + ".\n"
      + ScenarioWriter.effectiveYAML(withLaw)
    // Written only if the file validates with it (every draw of the design a valid scenario).
    do {
      _ = try ScenarioDecoder.decode(text: text, file: "calibrated.yaml")
      return text
    } catch {
      let first = error.errors.first.map { "\($0.message)" } ?? "it does not validate"
      return plain + "# No law written for the fitted keys: with it, \(first).\n"
    }
  }

  public func markdown(language: ReportLanguage) -> String {
    let fr = language == .fr
    func t(_ a: String, _ b: String) -> String { fr ? a : b }
    func n(_ x: Double) -> String {
      let digits = abs(x) >= 100 ? 0 : abs(x) >= 1 ? 2 : 3
      let s = NumberText.report(x, digits: digits)
      return fr ? s : s.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "\u{202F}", with: ",")
    }
    var md = "## " + t("Calage sur les données observées", "Calibration on the observed data") + "\n\n"
    md +=
      t(
        "Les clés ci-dessous ont été ajustées pour que les séries simulées (moyenne de \(calibration.replications) réplications, mêmes nombres aléatoires à chaque essai) collent au plus près des \(outcome.moments) mois observés (\(observedFile)), par la méthode des moments simulés. L'intervalle à 95 % dit quelles valeurs restent compatibles avec ces observations.",
        "The keys below were fitted so that the simulated series (mean of \(calibration.replications) replications, the same random numbers at every trial) come as close as possible to the \(outcome.moments) observed months (\(observedFile)), by the method of simulated moments. The 95% interval says which values remain compatible with those observations."
      ) + "\n\n"
    md +=
      "| " + t("Clé", "Key") + " | " + t("Valeur ajustée", "Fitted value") + " | " + t("Erreur type", "Standard error") + " | "
      + t("Intervalle à 95 %", "95% interval") + " | " + t("Plage explorée", "Range searched") + " |\n|---|---|---|---|---|\n"
    for f in outcome.fitted {
      md +=
        "| `\(f.key.path)` | \(n(f.value)) | \(n(f.standardError)) | \(t("de \(n(f.low)) à \(n(f.high))", "\(n(f.low)) to \(n(f.high))")) | \(n(f.key.range.lowerBound))–\(n(f.key.range.upperBound)) |\n"
    }
    md += "\n"
    if outcome.fitted.count > 1 {
      let pairs = outcome.fitted.indices.flatMap { a in
        outcome.fitted.indices.filter { $0 > a }.map { b in
          "`\(outcome.fitted[a].key.path)` – `\(outcome.fitted[b].key.path)` : \(n(outcome.correlation[a][b]))"
        }
      }
      md += t("Corrélation des estimations : ", "Correlation of the estimates: ") + pairs.joined(separator: " ; ") + ".\n\n"
    }
    md +=
      t(
        "Le scénario calé (`calibrated.yaml`) garde cette incertitude : les clés ajustées y suivent une loi normale\(outcome.fitted.count > 1 ? " jointe" : "") (valeur ajustée, erreur type\(outcome.fitted.count > 1 ? ", corrélations" : "")), que `tzsim run` tire avec les autres hypothèses incertaines pour le second verdict.",
        "The calibrated scenario (`calibrated.yaml`) keeps this uncertainty: the fitted keys follow a\(outcome.fitted.count > 1 ? " joint" : "") normal law there (fitted value, standard error\(outcome.fitted.count > 1 ? ", correlations" : "")), which `tzsim run` draws with the other uncertain assumptions for the second verdict."
      ) + "\n\n"
    md +=
      outcome.poorFit
      ? t(
        "**Ajustement médiocre** (J = \(n(outcome.statistic)) pour \(outcome.degreesOfFreedom) degrés de liberté, p = \(n(outcome.pValue))) : aucune valeur des plages ne reproduit ces séries ; une autre hypothèse du scénario est à revoir avant d'utiliser ces valeurs.",
        "**Poor fit** (J = \(n(outcome.statistic)) on \(outcome.degreesOfFreedom) degrees of freedom, p = \(n(outcome.pValue))): no value in the ranges reproduces these series; another assumption of the scenario needs revising before these values are used."
      )
      : t(
        "Ajustement acceptable (J = \(n(outcome.statistic)) pour \(outcome.degreesOfFreedom) degrés de liberté, p = \(n(outcome.pValue))) : les écarts restants sont de l'ordre du hasard.",
        "Acceptable fit (J = \(n(outcome.statistic)) on \(outcome.degreesOfFreedom) degrees of freedom, p = \(n(outcome.pValue))): the remaining gaps are of the size of chance."
      )
    return HTMLText.inertMarkdown(md + "\n")
  }
}
