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
    return head + ScenarioWriter.effectiveYAML(s)
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
