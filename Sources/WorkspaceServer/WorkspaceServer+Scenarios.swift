import Foundation
import Hummingbird
import ScenarioFormat
import Workspace

/// The scenario pages: list, form, YAML editor, new scenario, plan form.
extension WorkspaceServer {
  func home(message: (String, String)? = nil) throws -> Response {
    Self.html(
      HomePage.html(
        workspace: workspace, names: try workspace.scenarioNames(), runs: try queue.store.all(limit: 10), bin: workspace.bin(),
        message: message))
  }

  func createScenario(_ name: String) throws -> Response {
    var bytes = EmbeddedScenarios.modele
    // The new scenario's name follows its file, so that its results are told apart.
    if let text = try? ScenarioText(bytes: bytes), let renamed = try? text.applying(["name": String(name.prefix { $0 != "." })]) {
      bytes = renamed.bytes
    }
    try workspace.create(name, bytes: bytes)
    return Self.redirect("/scenarios/\(name)")
  }

  /// A copy of scenario `name` under a new file name (never over an existing file), its `name`
  /// key set to the new file's stem so that its results are told apart.
  func duplicateScenario(_ name: String, as copy: String) throws -> Response {
    let bytes = try workspace.read(name)
    var out = bytes
    let stem = String(copy.prefix { $0 != "." })
    if let text = try? ScenarioText(bytes: bytes), text.field("name")?.isEditable == true, let renamed = try? text.applying(["name": stem])
    {
      out = renamed.bytes
    }
    try workspace.create(copy, bytes: out)
    return Self.redirect("/scenarios/\(copy)")
  }

  /// The form of the file as it is now, with its validation.
  func scenarioPage(_ name: String, saved: Bool = false) throws -> Response {
    let bytes = try workspace.read(name)
    if NationalDecoder.isNational(bytes) { return try nationalPage(name, message: saved ? ("Enregistré dans \(name).", "ok") : nil) }
    let text: ScenarioText
    do { text = try ScenarioText(bytes: bytes) } catch {
      return Self.html(
        YAMLPage.html(
          name: name, text: String(decoding: bytes, as: UTF8.self), base: ScenarioText.hash(bytes),
          messages: [("Le formulaire ne peut pas lire ce fichier : \(error.message)", "error")]))
    }
    var page = ScenarioPage(name: name, text: text, base: text.hash)
    if saved { page.messages.append(("Enregistré dans \(name).", "ok")) }
    check(&page, name: name)
    return Self.html(page.html())
  }

  /// Validates the page's text; places each message at its field (by
  /// `line:column`), the others at the top.
  func check(_ page: inout ScenarioPage, name: String) {
    do {
      page.scenario = try workspace.decoded.decode(bytes: page.text.bytes, file: name)
    } catch {
      var byPlace: [String: String] = [:]
      for f in page.text.fields { byPlace["\(f.line):\(f.column)"] = f.path }
      var unplaced: [String] = []
      for e in error.errors.map(\.french) {
        let message = "ligne \(e.line ?? 0):\(e.column ?? 0) : \(e.message)" + (e.hint.map { " — \($0)" } ?? "")
        if let line = e.line, let column = e.column, let path = byPlace["\(line):\(column)"] {
          page.fieldErrors[path, default: []].append(message)
        } else {
          unplaced.append((e.path.isEmpty ? "" : "`\(e.path)` : ") + message)
        }
      }
      let placed = error.errors.count - unplaced.count
      var summary = "Le scénario n'est pas valide : \(error.errors.count) problème\(error.errors.count > 1 ? "s" : "")"
      summary += placed == 0 ? "." : placed == 1 ? " (en rouge, à son champ)." : " (en rouge, chacun à son champ)."
      if !unplaced.isEmpty { summary += "\n" + unplaced.joined(separator: "\n") }
      page.messages.append((summary, "error"))
    }
  }

  /// `action=check`: the form's values validated, nothing written;
  /// `action=save`: written if valid and if the file is still the one the form was made from.
  func postScenario(_ name: String, _ form: FormBody) throws -> Response {
    let base = form["base"] ?? ""
    let edits = form.fields(prefixed: "f:")
    let current = try workspace.read(name)
    let text = try ScenarioText(bytes: current)
    guard text.hash == base else { return staleMerge(name, text: text, form: form, edits: edits) }
    let edited: ScenarioText
    do { edited = try text.applying(edits) } catch {
      var page = ScenarioPage(name: name, text: text, base: base)
      page.messages.append(("Rien n'a été enregistré : \(error.message)", "error"))
      return Self.html(page.html(), status: .unprocessableContent)
    }
    var page = ScenarioPage(name: name, text: edited, base: base)
    page.showsEdits = true
    page.savedValues = Dictionary(text.fields.map { ($0.path, $0.displayValue) }, uniquingKeysWith: { a, _ in a })
    check(&page, name: name)
    guard page.scenario != nil else {
      let launching = ["run", "compare", "plan"].contains(form["action"] ?? "")
      page.messages.insert((launching ? "Rien n'a été enregistré ni lancé." : "Rien n'a été enregistré.", "error"), at: 0)
      return Self.html(page.html(), status: .unprocessableContent)
    }
    switch form["action"] {
    case "save":
      if edited.bytes != current { try workspace.save(name, bytes: edited.bytes, base: base) }
      return Self.redirect("/scenarios/\(name)?saved=1")
    case "run", "compare", "plan":
      // What is typed is what runs: saved first (it is valid), then run.
      if edited.bytes != current { try workspace.save(name, bytes: edited.bytes, base: base) }
      switch form["action"] {
      case "run": return try submit(name, kind: .run, form)
      case "compare": return try submit(name, kind: .compare, form, replicationsField: "compare_replications")
      default: return Self.redirect("/scenarios/\(name)/plan")
      }
    default:
      break
    }
    page.messages.append(("Le scénario est valide avec ces valeurs (rien n'est encore enregistré).", "ok"))
    return Self.html(page.html())
  }

  /// `action=add`: the key marked uncertain with the law the form builds from
  /// its bas, haut and choice (its law replaced if it had one); `action=remove`:
  /// its mark removed. Saved only if the scenario stays valid (every draw
  /// included) and the file is still the one the page was made from.
  func postUncertain(_ name: String, _ form: FormBody) throws -> Response {
    let base = form["base"] ?? ""
    let current = try workspace.read(name)
    let text = try ScenarioText(bytes: current)
    let key = form["key"] ?? ""
    func refuse(_ message: String, status: HTTPResponse.Status = .unprocessableContent) -> Response {
      var page = ScenarioPage(name: name, text: text, base: text.hash)
      page.messages.append(("Rien n'a été enregistré : \(message)", "error"))
      check(&page, name: name)
      return Self.html(page.html(), status: status)
    }
    guard text.hash == base else {
      return refuse(
        "ce scénario a été modifié ailleurs depuis que vous l'avez ouvert ; refaites la demande sur le fichier tel qu'il est.",
        status: .conflict)
    }
    guard let field = text.field(key), field.range != nil else { return refuse("choisissez une valeur numérique du scénario.") }
    let edited: ScenarioText
    switch Self.uncertainEdit(text, field: field, form) {
    case .success(let t): edited = t
    case .failure(let problem): return refuse(problem.message)
    }
    var page = ScenarioPage(name: name, text: edited, base: base)
    page.showsEdits = true
    check(&page, name: name)
    guard page.scenario != nil else {
      page.messages.insert(("Rien n'a été enregistré : avec cette loi, le scénario n'est plus valide.", "error"), at: 0)
      return Self.html(page.html(), status: .unprocessableContent)
    }
    try workspace.save(name, bytes: edited.bytes, base: base)
    return Self.redirect("/scenarios/\(name)?saved=1")
  }

  /// The text with the form's uncertain-value request applied, or why not (in French).
  static func uncertainEdit(_ text: ScenarioText, field: FormField, _ form: FormBody) -> Result<ScenarioText, WorkspaceProblem> {
    func number(_ k: String) -> Double? {
      form[k].flatMap { Double($0.replacingOccurrences(of: ",", with: ".").trimmingCharacters(in: .whitespaces)) }
    }
    if form["action"] == "remove" { return Result { () throws(WorkspaceProblem) in try text.removingLaw(key: field.path) } }
    guard let low = number("low"), let high = number("high") else {
      return .failure(WorkspaceProblem(.invalid, "« Bas » et « Haut » sont des nombres."))
    }
    guard let choice = UncertainLawChoice(rawValue: form["law"] ?? "") else {
      return .failure(WorkspaceProblem(.invalid, "choisissez une loi."))
    }
    let source = (form["source"] ?? "").trimmingCharacters(in: .whitespaces)
    guard !source.isEmpty, source != "HYPOTHÈSE :" else {
      return .failure(WorkspaceProblem(.invalid, "dites d'où vient la plage (une source), ou « HYPOTHÈSE : » suivi de la raison."))
    }
    return Result { () throws(WorkspaceProblem) in
      try text.settingLaw(key: field.path, law: try choice.law(low: low, high: high, value: Double(field.value)), source: source)
    }
  }

  /// A save that finds the file changed elsewhere since the form was made: a three-way merge of
  /// the values typed, the file as saved then (sent back with the form) and the file now. A value
  /// only the planner changed is carried onto the file as it is now; one changed elsewhere only is
  /// taken as it is now; one changed on both sides keeps what was typed, with the three values
  /// beside it. Nothing is saved: the planner reads the merged form and saves it.
  func staleMerge(_ name: String, text: ScenarioText, form: FormBody, edits: [String: String]) -> Response {
    var mine: [String: String] = [:]
    var notes: [String: [String]] = [:]
    for (path, typed) in edits {
      // Without the value as saved then (an older page), the typed value is carried as a change.
      guard let now = text.field(path)?.displayValue else { continue }
      let then = form["o:" + path] ?? now
      guard typed != then else { continue }
      mine[path] = typed
      if now != then && now != typed {
        notes[path] = [
          "Modifié ailleurs pendant que vous tapiez : enregistré alors « \(then) », enregistré maintenant « \(now) » ; vous aviez tapé « \(typed) », gardé ici."
        ]
      }
    }
    var page = ScenarioPage(name: name, text: text, base: text.hash)
    if let merged = try? text.applying(mine) {
      page = ScenarioPage(name: name, text: merged, base: text.hash)
      page.showsEdits = !mine.isEmpty
      page.savedValues = Dictionary(text.fields.map { ($0.path, $0.displayValue) }, uniquingKeysWith: { a, _ in a })
      page.fieldNotes = notes
    }
    let changedHere = mine.count - notes.count
    page.messages.append(
      (
        "Ce scénario a été modifié ailleurs depuis que vous l'avez ouvert : rien n'a été enregistré. "
          + (mine.isEmpty
            ? "Le formulaire montre le fichier tel qu'il est maintenant (vous n'y aviez rien changé)"
            : "Le formulaire montre le fichier tel qu'il est maintenant, avec vos \(mine.count) valeur\(mine.count > 1 ? "s" : "") tapée\(mine.count > 1 ? "s" : "") reportée\(mine.count > 1 ? "s" : "")")
          + (notes.isEmpty
            ? "."
            : " (\(changedHere) sans conflit ; \(notes.count) modifiée\(notes.count > 1 ? "s" : "") aussi ailleurs, signalée\(notes.count > 1 ? "s" : "") en bleu).")
          + " Vérifiez, puis enregistrez.", "error"
      ))
    check(&page, name: name)
    return Self.html(page.html(), status: .conflict)
  }

  func yamlPage(_ name: String) throws -> Response {
    let bytes = try workspace.read(name)
    return Self.html(YAMLPage.html(name: name, text: String(decoding: bytes, as: UTF8.self), base: ScenarioText.hash(bytes)))
  }

  /// Writes the editor's text if it is a valid scenario and the file has not changed meanwhile.
  func postYAML(_ name: String, _ form: FormBody) throws -> Response {
    let base = form["base"] ?? ""
    let text = (form["text"] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
    let bytes = Array(text.utf8)
    do {
      // A national study is checked as one; any other file as a territory scenario.
      if NationalDecoder.isNational(bytes) {
        _ = try decodeNational(bytes, name)
      } else {
        _ = try workspace.decoded.decode(bytes: bytes, file: name)
      }
    } catch {
      return Self.html(
        YAMLPage.html(
          name: name, text: text, base: base,
          messages: [
            (
              "Rien n'a été enregistré : \(error.errors.count) problème\(error.errors.count > 1 ? "s" : "") (liste ci-dessous, chaque ligne mène à sa place).",
              "error"
            )
          ],
          errors: error.errors),
        status: .unprocessableContent)
    }
    do {
      try workspace.save(name, bytes: bytes, base: base)
    } catch let p as WorkspaceProblem where p.kind == .stale {
      return Self.html(YAMLPage.html(name: name, text: text, base: base, messages: [(p.message, "error")]), status: .conflict)
    }
    return Self.redirect("/scenarios/\(name)?saved=1")
  }

  func planPage(_ name: String, message: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
    let bytes = try workspace.read(name)
    let scenario: Scenario
    do { scenario = try workspace.decoded.decode(bytes: bytes, file: name) } catch {
      throw WorkspaceProblem(.invalid, "« \(name) » n'est pas valide : corrigez-le avant de chercher un plan")
    }
    return Self.html(PlanPage.html(name: name, scenario: scenario, text: try ScenarioText(bytes: bytes), message: message), status: status)
  }

  func postPlan(_ name: String, _ form: FormBody) throws -> Response {
    func number(_ key: String) -> Double? { form[key].flatMap { Double($0.replacingOccurrences(of: ",", with: ".")) } }
    guard let p = number("probability"), let from = number("from"), let to = number("to"), let step = number("step") else {
      return try planPage(name, message: "Probabilité, « De », « À » et « Pas » sont des nombres.", status: .unprocessableContent)
    }
    let request = PlanRequest(
      objective: form["objective"] ?? "", probability: p, path: form["path"] ?? "", from: from, to: to, step: step,
      underUncertainty: form["under_uncertainty"] == "1")
    do {
      let record = try queue.submit(file: name, plan: request)
      return Self.redirect("/runs/\(record.id!)")
    } catch let problem as WorkspaceProblem where problem.kind == .invalid {
      return try planPage(name, message: problem.message, status: .unprocessableContent)
    }
  }

  func submit(_ name: String, kind: RunKind, _ form: FormBody, replicationsField: String = "replications") throws -> Response {
    var replications: Int?
    if let r = form[replicationsField], !r.isEmpty {
      guard let n = Int(r.trimmingCharacters(in: .whitespaces)) else {
        throw WorkspaceProblem(.invalid, "réplications : un nombre entier, par exemple 200 (reçu « \(r) »)")
      }
      replications = n
    }
    var seed: UInt64?
    if let s = form["seed"], !s.isEmpty {
      guard let n = UInt64(s.trimmingCharacters(in: .whitespaces)) else {
        throw WorkspaceProblem(.invalid, "graine : un nombre entier positif (reçu « \(s) »)")
      }
      seed = n
    }
    let record = try queue.submit(file: name, kind: kind, replications: replications, seed: seed)
    return Self.redirect("/runs/\(record.id!)")
  }
}

extension WorkspaceServer {
  /// A list grown or shrunk from the form (`op` = `add|duplicate|remove|up`, `section`, `index`):
  /// the values typed are applied first, then the change; saved only if the scenario stays valid
  /// and the file is still the one the form was made from.
  func postStructure(_ name: String, _ form: FormBody) throws -> Response {
    let base = form["base"] ?? ""
    let current = try workspace.read(name)
    let text = try ScenarioText(bytes: current)
    let edits = form.fields(prefixed: "f:")
    guard text.hash == base else { return staleMerge(name, text: text, form: form, edits: edits) }
    let parts = (form["op"] ?? "").split(separator: "|").map(String.init)
    guard parts.count == 3, let index = Int(parts[2]) else { throw WorkspaceProblem(.invalid, "demande de modification incomplète") }
    let (op, section) = (parts[0], parts[1])
    func refuse(_ message: String, shown: ScenarioText) -> Response {
      var page = ScenarioPage(name: name, text: shown, base: base)
      page.showsEdits = shown.bytes != current
      page.savedValues = Dictionary(text.fields.map { ($0.path, $0.displayValue) }, uniquingKeysWith: { a, _ in a })
      page.messages.append(("Rien n'a été enregistré : \(message)", "error"))
      return Self.html(page.html(), status: .unprocessableContent)
    }
    let typed: ScenarioText
    do { typed = try text.applying(edits) } catch { return refuse(error.message, shown: text) }
    let changed: ScenarioText
    do {
      switch op {
      case "duplicate": changed = try typed.duplicatingEntry(in: section, at: index)
      case "remove": changed = try typed.removingEntry(in: section, at: index)
      case "up": changed = try typed.movingEntryUp(in: section, at: index)
      case "add":
        guard let scenario = try? workspace.decoded.decode(bytes: typed.bytes, file: name) else {
          return refuse("corrigez d'abord les valeurs signalées : une nouvelle entrée se règle sur le scénario valide.", shown: typed)
        }
        if let lines = EntryTemplate.section(section, scenario: scenario) {
          changed = try typed.addingSection(lines)
          break
        }
        let taken = Set((typed.entries(in: section) ?? []).compactMap(\.id))
        guard let snippet = EntryTemplate.lines(for: section, scenario: scenario, taken: taken) else {
          throw WorkspaceProblem(.invalid, "« \(section) » n'est pas une liste que le formulaire modifie")
        }
        var added = try typed.addingEntry(in: section, snippet: snippet)
        // A permanence serves the communes invited nearby: its commune joins the list's split if the split leaves it out.
        if section == "permanences", let place = EntryTemplate.permanenceCommune(scenario),
          let weights = scenario.parameters.invitations?.communeWeights, (weights[place] ?? 0) == 0
        {
          added = try added.addingWeight(commune: place)
        }
        changed = added
      default: throw WorkspaceProblem(.invalid, "modification inconnue « \(op) »")
      }
    } catch let p as WorkspaceProblem { return refuse(p.message, shown: typed) }
    do { _ = try workspace.decoded.decode(bytes: changed.bytes, file: name) } catch {
      let why = error.errors.prefix(3).map(\.french).map { $0.message + ($0.hint.map { " — \($0)" } ?? "") }.joined(separator: " ; ")
      return refuse("après cette modification, le scénario ne serait plus valide (\(why)).", shown: typed)
    }
    try workspace.save(name, bytes: changed.bytes, base: base)
    return Self.redirect("/scenarios/\(name)?saved=1#section-\(section)")
  }
}
