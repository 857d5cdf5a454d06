import ArgumentParser
import Foundation
import ResultsExport
import ScenarioFormat
import Studies

/// `tzsim validate FILE`: checks a scenario and says what is wrong, where.
struct ValidateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a scenario file; print every problem with its line:column.",
    discussion: "Exit status: 0 if valid, 64 if not.\n\nExample:\n  tzsim validate Scenarios/troyes-2020.yaml")

  @Argument(help: "The scenario file.")
  var scenario: String

  @Option(help: "Language of the messages: en or fr.")
  var lang: ReportLanguage = .en

  func run() async throws {
    try await reporting(french: lang == .fr) {
      if let data = FileManager.default.contents(atPath: scenario), NationalDecoder.isNational([UInt8](data)) {
        try validateNational([UInt8](data))
        return
      }
      let (s, file) = try ScenarioSource.load(scenario)
      let p = s.parameters
      if lang == .fr {
        print(
          "\(file) : scénario valide « \(s.name) » (du \(p.start) au \(p.end)) : lieux \(p.sites.count), permanences \(p.permanences.count), "
            + "types d'ateliers \(p.workshops.count), objectifs \(p.objectives.count), options de personnel \(s.options.count).")
      } else {
        print(
          "\(file): valid scenario `\(s.name)` (\(p.start) to \(p.end)): sites \(p.sites.count), permanences \(p.permanences.count), "
            + "workshop types \(p.workshops.count), objectives \(p.objectives.count), staffing options \(s.options.count).")
      }
      for note in s.notes {
        print(
          lang == .fr
            ? note.text(french: true).replacingOccurrences(of: " : erreur : ", with: " : remarque : ")
            : note.description.replacingOccurrences(of: ": error: ", with: ": note: "))
      }
      let budget = RunBudget(parameters: p)
      print(budget.sentence)
      if let u = s.uncertainty {
        print(budget.uncertaintySentence(u, replications: s.replications, variants: 1))
        if !s.options.isEmpty {
          print("compare: " + budget.uncertaintySentence(u, replications: s.replications, variants: s.options.count + 1))
        }
      }
    }
  }

  /// A national study: read, and checked for what would stop its run (a fit with too few observations).
  func validateNational(_ bytes: [UInt8]) throws {
    let national = try NationalRunner.load(scenario, bytes: bytes)
    let study = NationalStudy(scenario: national, file: scenario)
    if let problem = study.fitProblem { throw problem }
    let p = national.parameters
    let territories = p.territories
    let listed = territories.filter(\.listed).count
    let detailed = territories.filter { $0.detailed != nil }.map(\.id)
    if lang == .fr {
      print(
        "\(scenario) : étude nationale valide « \(national.name) » (\(p.start) à \(p.end)) : \(territories.count) territoires dont \(listed) nommés"
          + (detailed.isEmpty ? "" : " (détaillés : \(detailed.joined(separator: ", ")))") + ", crédits de \(p.credits.count) années, "
          + "\(national.fit?.keys.count ?? 0) valeur(s) à ajuster, \(national.replications) tirages.")
    } else {
      print(
        "\(scenario): valid national study `\(national.name)` (\(p.start) to \(p.end)): \(territories.count) territories, \(listed) named"
          + (detailed.isEmpty ? "" : " (detailed: \(detailed.joined(separator: ", ")))") + ", credits for \(p.credits.count) years, "
          + "\(national.fit?.keys.count ?? 0) value(s) to fit, \(national.replications) replications.")
    }
  }
}
