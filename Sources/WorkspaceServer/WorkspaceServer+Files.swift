import Foundation
import Hummingbird
import ScenarioFormat
import SimulationCore
import TerritoryModel
import Workspace

/// The scenario files themselves: history and restore, rename, the bin.
extension WorkspaceServer {
  func historyPage(_ name: String) throws -> Response {
    _ = try workspace.scenarioURL(name)
    return Self.html(HistoryPage.list(name: name, versions: try workspace.history(name)))
  }

  func versionPage(_ name: String, _ id: String) throws -> Response {
    let old = try workspace.version(name, id)
    let current = try workspace.read(name)
    guard let v = try workspace.history(name).first(where: { $0.id == id }) else {
      throw WorkspaceProblem(.notFound, "cette version de « \(name) » n'existe pas")
    }
    return Self.html(
      HistoryPage.version(
        name: name, version: v, old: String(decoding: old, as: UTF8.self), current: String(decoding: current, as: UTF8.self),
        base: ScenarioText.hash(current)))
  }

  func restoreVersion(_ name: String, _ form: FormBody) throws -> Response {
    try workspace.restore(name, version: form["version"] ?? "", base: form["base"] ?? "")
    return Self.redirect("/scenarios/\(name)?saved=1")
  }

  func renameScenario(_ name: String, to newName: String) throws -> Response {
    try workspace.renameScenario(name, to: newName.trimmingCharacters(in: .whitespaces))
    return Self.redirect("/scenarios/\(newName.trimmingCharacters(in: .whitespaces))")
  }

  func binScenario(_ name: String, _ form: FormBody) throws -> Response {
    try workspace.putInBin(name, base: form["base"] ?? "")
    return try home(message: ("« \(name) » est dans la corbeille (en bas de cette page, pour le remettre).", "ok"))
  }

  func takeFromBin(_ id: String) throws -> Response {
    let name = try workspace.takeFromBin(id)
    return Self.redirect("/scenarios/\(name)")
  }
}

extension WorkspaceServer {
  func registrantsPage(_ name: String) throws -> Response {
    _ = try workspace.scenarioURL(name)
    return Self.html(RegistrantsPage.form(name: name))
  }

  /// The uploaded list counted in memory (never written); the counts shown with a button to put the
  /// monthly figure into the scenario.
  func importRegistrants(_ name: String, _ form: FormBody) throws -> Response {
    let text = try ScenarioText(bytes: try workspace.read(name))
    guard let upload = form.files["list"], !upload.bytes.isEmpty else {
      return Self.html(
        RegistrantsPage.form(name: name, message: ("Choisissez le fichier de la liste.", "error")), status: .unprocessableContent)
    }
    func column(_ k: String) -> String? { form[k].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
    let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Paris")!, from: Date())
    let today = CivilDate(year: c.year!, month: c.month!, day: c.day!)!
    do {
      let list = try RegistrantsImport(
        bytes: upload.bytes, file: "la liste",
        columns: .init(
          code: column("code_column"), name: column("name_column"), postcode: column("postcode_column"), date: column("date_column")),
        today: today)
      return Self.html(RegistrantsPage.result(name: name, list: list, text: text))
    } catch {
      let message =
        "La liste n'a pas été comptée : \(MessageCatalogue.french(error.message))"
        + (error.hint.map { " — \(MessageCatalogue.french($0))" } ?? "")
      return Self.html(RegistrantsPage.form(name: name, message: (message, "error")), status: .unprocessableContent)
    }
  }
}

extension WorkspaceServer {
  /// The observed series kept for scenario `name` (none if there is no file).
  func observedSeries(_ name: String) throws -> [ObservedSeries] {
    guard let bytes = try workspace.observed(name) else { return [] }
    return (try? ObservedFile.read(bytes: bytes, file: "chiffres observés")) ?? []
  }

  func observedPage(_ name: String, message: (String, String)? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
    let scenario = try? workspace.decoded.decode(bytes: try workspace.read(name), file: name)
    let years = scenario.map { $0.parameters.start.year...$0.parameters.end.year } ?? 2020...2030
    return Self.html(ObservedPage.html(name: name, series: try observedSeries(name), years: years, message: message), status: status)
  }

  func observedCSV(_ name: String) throws -> Response {
    guard let bytes = try workspace.observed(name) else { throw WorkspaceProblem(.notFound, "pas de chiffres observés pour « \(name) »") }
    var response = Self.text(String(decoding: bytes, as: UTF8.self), type: "text/csv; charset=utf-8")
    response.headers[.contentDisposition] = "attachment; filename=\"\(name.prefix { $0 != "." })-observes.csv\""
    return response
  }

  /// A year typed in the table (merged into the kept series) or a file sent (replacing them); checked, then kept.
  func postObserved(_ name: String, _ form: FormBody) throws -> Response {
    let bytes = try workspace.read(name)
    let scenario = try? workspace.decoded.decode(bytes: bytes, file: name)
    func refuse(_ message: String) throws -> Response {
      try observedPage(name, message: ("Rien n'a été enregistré : " + message, "error"), status: .unprocessableContent)
    }
    var series: [ObservedSeries]
    if let upload = form.files["observed"] {
      do { series = try ObservedFile.read(bytes: upload.bytes, file: upload.fileName) } catch {
        return try refuse(MessageCatalogue.french(error.message) + (error.hint.map { " — \(MessageCatalogue.french($0))" } ?? ""))
      }
    } else {
      guard let kpi = KPI.named(form["kpi"] ?? ""), ObservedFile.comparable.contains(kpi) else {
        return try refuse("choisissez un chiffre de la liste.")
      }
      guard let year = Int(form["year"] ?? ""), (1900...2200).contains(year) else { return try refuse("choisissez une année.") }
      let source = (form["source"] ?? "").trimmingCharacters(in: .whitespaces)
      guard !source.isEmpty else { return try refuse("dites d'où viennent ces chiffres (la source).") }
      series = try observedSeries(name)
      var values = series.first { $0.key == kpi.id }?.values ?? [:]
      var typed = 0
      for m in 1...12 {
        let raw = (form[String(format: "m%02d", m)] ?? "").trimmingCharacters(in: .whitespaces)
        guard !raw.isEmpty else { continue }
        guard let v = Double(raw.replacingOccurrences(of: ",", with: ".")), v.isFinite, v >= 0 else {
          return try refuse("« \(raw) » (mois \(m)) n'est pas un nombre positif ou nul.")
        }
        values[String(format: "%04d-%02d", year, m)] = v
        typed += 1
      }
      guard typed > 0 else { return try refuse("aucun mois n'a été rempli.") }
      let updated = ObservedSeries(kpi: kpi, source: source, values: values)
      if let i = series.firstIndex(where: { $0.key == kpi.id }) { series[i] = updated } else { series.append(updated) }
    }
    if let scenario {
      let problems = ObservedFile.problems(series, parameters: scenario.parameters)
      if !problems.isEmpty { return try refuse(problems.map(MessageCatalogue.french).joined(separator: " ; ")) }
    }
    try workspace.saveObserved(name, bytes: Array(ObservedFile.text(series).utf8))
    return try observedPage(
      name, message: ("Chiffres observés enregistrés : les prochains calculs de ce scénario les compareront au simulé.", "ok"))
  }
}

extension WorkspaceServer {
  func calibrationPage(_ name: String, message: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
    let text = try ScenarioText(bytes: try workspace.read(name))
    return Self.html(
      CalibrationPage.html(name: name, text: text, observedCount: try observedSeries(name).count, message: message), status: status)
  }

  func postCalibration(_ name: String, _ form: FormBody) throws -> Response {
    func number(_ k: String) -> Double? {
      form[k].flatMap { Double($0.replacingOccurrences(of: ",", with: ".").trimmingCharacters(in: .whitespaces)) }
    }
    var keys: [CalibrationRequest.Key] = []
    for i in 0..<CalibrationPage.rows {
      guard let path = form["key\(i)"], !path.isEmpty else { continue }
      guard let low = number("low\(i)"), let high = number("high\(i)") else {
        return try calibrationPage(name, message: "Valeur \(i + 1) : « De » et « À » sont des nombres.", status: .unprocessableContent)
      }
      keys.append(CalibrationRequest.Key(path: path, low: low, high: high))
    }
    let replications = Int((form["replications"] ?? "").trimmingCharacters(in: .whitespaces)) ?? 0
    do {
      let record = try queue.submit(file: name, calibration: CalibrationRequest(keys: keys, replications: replications))
      return Self.redirect("/runs/\(record.id!)")
    } catch let p as WorkspaceProblem where p.kind == .invalid {
      return try calibrationPage(name, message: "Rien n'a été lancé : \(p.message)", status: .unprocessableContent)
    }
  }

  /// The calibrated scenario of run `id` created as a new file (validated, never over a file).
  func createCalibrated(_ id: Int64, as newName: String) throws -> Response {
    let r = try record(id)
    guard r.kind == .calibrate, r.status == .done, let folder = r.folder, let url = workspace.runFile(folder, ["calibrated.yaml"]),
      let data = FileManager.default.contents(atPath: url.path)
    else { throw WorkspaceProblem(.invalid, "ce calcul n'est pas une calibration terminée") }
    let name = newName.trimmingCharacters(in: .whitespaces)
    var bytes = [UInt8](data)
    if let text = try? ScenarioText(bytes: bytes), text.field("name")?.isEditable == true,
      let renamed = try? text.applying(["name": String(name.prefix { $0 != "." })])
    {
      bytes = renamed.bytes
    }
    do { _ = try workspace.decoded.decode(bytes: bytes, file: name) } catch {
      throw WorkspaceProblem(.invalid, "le scénario calibré n'est pas valide : \(error.errors.first?.french.message ?? "")")
    }
    try workspace.create(name, bytes: bytes)
    return Self.redirect("/scenarios/\(name)")
  }
}
