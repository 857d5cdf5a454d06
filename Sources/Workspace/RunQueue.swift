import Foundation
import ResultsExport
import ScenarioFormat
import Studies
import Synchronization
import TerritoryModel

/// The workspace's runs, one at a time on every core, in the order asked,
/// with a bound on how many may wait: a burst of clicks cannot start a
/// hundred runs. Each run is recorded before it starts (``RunStore``) and
/// again when it ends, done, failed or cancelled; its files appear in
/// `tzsim-runs/run-<id>/` only when complete.
///
/// ```swift
/// let queue = RunQueue(workspace: workspace, store: store, jobs: 2)
/// let record = try queue.submit(file: "troyes-2020.yaml", kind: .run, replications: 200)
/// let progress = queue.progress(record.id!)   // done / total, status
/// ```
public final class RunQueue: Sendable {
  /// How far a run is.
  public struct Progress: Sendable, Equatable {
    public var done: Int
    public var total: Int
    public var status: RunStatus
    /// The verdicts, as soon as the last replication is counted (the files
    /// are written after them).
    public var verdict: RunHeadline?

    public init(done: Int, total: Int, status: RunStatus, verdict: RunHeadline? = nil) {
      self.done = done
      self.total = total
      self.status = status
      self.verdict = verdict
    }
  }

  struct State {
    var waiting: [Int64] = []
    var running: (id: Int64, task: Task<Void, Never>)?
    var progress: [Int64: Progress] = [:]
    var cancelled: Set<Int64> = []
    var verdictAt: [Int64: Date] = [:]
    /// The scenario's observed figures when the run was asked (bytes of the file), for its report.
    var observed: [Int64: [UInt8]] = [:]
    var draining = false
  }

  public let workspace: Workspace
  public let store: RunStore
  public let jobs: Int
  /// The most runs queued or running at once.
  public let capacity: Int
  let state = Mutex(State())

  public init(workspace: Workspace, store: RunStore, jobs: Int, capacity: Int = 4) {
    self.workspace = workspace
    self.store = store
    self.jobs = max(1, jobs)
    self.capacity = max(1, capacity)
  }

  // MARK: Asking

  /// Queues a run or a comparison of scenario `file` (checked now: a scenario
  /// that does not validate is refused with its messages).
  public func submit(file: String, kind: RunKind, replications: Int? = nil, seed: UInt64? = nil) throws -> RunRecord {
    guard kind != .plan else { throw WorkspaceProblem(.invalid, "un plan se demande avec ses réglages (submit(file:plan:))") }
    let (bytes, scenario) = try load(file)
    if kind == .compare && scenario.options.isEmpty {
      throw WorkspaceProblem(.invalid, "« \(file) » n'a pas d'options de personnel à comparer (clé `options`)")
    }
    let n = replications ?? scenario.replications
    if let problem = Scenario.replicationsRange.problem(Double(n)) {
      throw WorkspaceProblem(.invalid, "réplications : \(problem)")
    }
    let observed = try observedFigures(file, scenario)
    return try enqueue(
      file: file, bytes: bytes, scenario: scenario, kind: kind, seed: seed ?? scenario.seed, replications: n, plan: nil, observed: observed)
  }

  /// Queues a national study (`tzsim run` of a `tzsim_national` file), checked now.
  public func submit(national file: String, replications: Int? = nil, seed: UInt64? = nil) throws -> RunRecord {
    let (bytes, national) = try loadNational(file)
    if let problem = NationalStudy(scenario: national, file: file).fitProblem {
      throw WorkspaceProblem(.invalid, MessageCatalogue.french(problem.message))
    }
    let n = replications ?? national.replications
    guard (1...100_000).contains(n) else { throw WorkspaceProblem(.invalid, "tirages : entre 1 et 100 000, trouvé \(n)") }
    return try enqueue(
      file: file, bytes: bytes, name: national.name, kind: .national, seed: seed ?? national.seed, replications: n,
      plan: nil, total: 2 * n)
  }

  /// A national study of the workspace; the files it names are read from the workspace too.
  func loadNational(_ file: String, bytes given: [UInt8]? = nil) throws -> ([UInt8], NationalScenario) {
    let bytes = try given ?? workspace.read(file)
    do {
      return (bytes, try NationalDecoder.decode(bytes: bytes, file: file) { [workspace] name in try? workspace.read(name) })
    } catch {
      throw WorkspaceProblem(
        .invalid, "« \(file) » n'est pas valide :\n" + error.errors.map { $0.text(french: true) }.joined(separator: "\n"))
    }
  }

  /// Queues a plan (`tzsim plan`) of scenario `file`.
  public func submit(file: String, plan: PlanRequest, seed: UInt64? = nil) throws -> RunRecord {
    let (bytes, scenario) = try load(file)
    if let problem = plan.problem { throw WorkspaceProblem(.invalid, problem) }
    do {
      _ = try seek(scenario, file: file, plan, seed: seed ?? scenario.seed)
    } catch {
      throw WorkspaceProblem(.invalid, error.errors.map(\.french.message).joined(separator: " ; "))
    }
    return try enqueue(
      file: file, bytes: bytes, scenario: scenario, kind: .plan, seed: seed ?? scenario.seed, replications: 0, plan: plan)
  }

  /// Queues a calibration (`tzsim calibrate`) of scenario `file` on its observed figures.
  public func submit(file: String, calibration request: CalibrationRequest, seed: UInt64? = nil) throws -> RunRecord {
    let (bytes, scenario) = try load(file)
    if let problem = request.problem { throw WorkspaceProblem(.invalid, problem) }
    guard let observed = try observedFigures(file, scenario) else {
      throw WorkspaceProblem(.invalid, "« \(file) » n'a pas de chiffres observés : saisissez-les d'abord (page Chiffres observés)")
    }
    // Checked now (keys, ranges, series the model follows), so that a refusal comes before the queue.
    _ = try calibration(scenario, file: file, request, observed: observed, seed: seed ?? scenario.seed)
    return try enqueue(
      file: file, bytes: bytes, scenario: scenario, kind: .calibrate, seed: seed ?? scenario.seed, replications: request.replications,
      plan: nil, settings: request.json, observed: observed)
  }

  func calibration(_ scenario: Scenario, file: String, _ request: CalibrationRequest, observed: [UInt8], seed: UInt64) throws
    -> Calibration
  {
    do {
      return try Calibration(
        scenario: scenario, file: file, observed: try ObservedFile.read(bytes: observed, file: StudyWriter.observedCopy),
        keys: request.keys.map { Calibration.Key(path: $0.path, range: $0.low...$0.high) }, replications: request.replications, seed: seed)
    } catch let p as StudyProblem {
      let message = p.message.hasPrefix("error: ") ? String(p.message.dropFirst(7)) : p.message
      throw WorkspaceProblem(.invalid, MessageCatalogue.french(message) + (p.hint.map { " — \(MessageCatalogue.french($0))" } ?? ""))
    } catch let e as ScenarioErrors {
      throw WorkspaceProblem(.invalid, e.errors.map(\.french.message).joined(separator: " ; "))
    }
  }

  /// Cancels a queued or running run; false if it had already ended.
  @discardableResult
  public func cancel(_ id: Int64) throws -> Bool {
    let (wasWaiting, task): (Bool, Task<Void, Never>?) = state.withLock { s in
      guard let p = s.progress[id], !p.status.isFinal else { return (false, nil) }
      s.cancelled.insert(id)
      if let i = s.waiting.firstIndex(of: id) {
        s.waiting.remove(at: i)
        s.observed[id] = nil
        s.progress[id]?.status = .cancelled
        return (true, nil)
      }
      return (false, s.running?.id == id ? s.running?.task : nil)
    }
    if wasWaiting, var record = try store.run(id) {
      record.status = .cancelled
      record.finishedAt = Date()
      record.message = "annulé avant de commencer"
      try store.update(record)
      return true
    }
    task?.cancel()
    return task != nil
  }

  /// Where run `id` stands, while this workspace runs it (nil for a run of an earlier session).
  public func progress(_ id: Int64) -> Progress? { state.withLock { $0.progress[id] } }

  /// Runs queued or running.
  public var pending: Int { state.withLock { $0.waiting.count + ($0.running == nil ? 0 : 1) } }

  // MARK: Running

  func load(_ file: String) throws -> ([UInt8], Scenario) {
    let bytes = try workspace.read(file)
    do {
      return (bytes, try workspace.decoded.decode(bytes: bytes, file: file))
    } catch {
      throw WorkspaceProblem(
        .invalid, "« \(file) » n'est pas valide :\n" + error.errors.map { $0.text(french: true) }.joined(separator: "\n"))
    }
  }

  func seek(_ scenario: Scenario, file: String, _ plan: PlanRequest, seed: UInt64) throws(ScenarioErrors) -> GoalSeek {
    try GoalSeek(
      scenario: scenario, file: file, objective: plan.objective, probability: plan.probability, path: plan.path,
      range: plan.from...plan.to, step: plan.step, seed: seed, underUncertainty: plan.underUncertainty)
  }

  /// The observed figures kept for scenario `file`, checked against it (nil when there are none).
  func observedFigures(_ file: String, _ scenario: Scenario) throws -> [UInt8]? {
    guard let bytes = try workspace.observed(file) else { return nil }
    let problems: [String]
    do {
      problems = ObservedFile.problems(try ObservedFile.read(bytes: bytes, file: "chiffres observés"), parameters: scenario.parameters)
    } catch {
      problems = [error.message]
    }
    guard problems.isEmpty else {
      throw WorkspaceProblem(
        .invalid,
        "les chiffres observés de « \(file) » ne vont pas avec le scénario : \(problems.map(MessageCatalogue.french).joined(separator: " ; ")) — corrigez-les (page Chiffres observés)"
      )
    }
    return bytes
  }

  func enqueue(
    file: String, bytes: [UInt8], scenario: Scenario, kind: RunKind, seed: UInt64, replications: Int, plan: PlanRequest?,
    settings: String? = nil, observed: [UInt8]? = nil
  ) throws -> RunRecord {
    // Progress counts the replications, then each draw of the uncertain assumptions.
    let total = kind.answers ? 0 : replications * (kind == .compare ? scenario.options.count + 1 : 1) + (scenario.uncertainty?.draws ?? 0)
    return try enqueue(
      file: file, bytes: bytes, name: scenario.name, kind: kind, seed: seed, replications: replications, plan: plan,
      settings: settings, observed: observed, total: total)
  }

  func enqueue(
    file: String, bytes: [UInt8], name: String, kind: RunKind, seed: UInt64, replications: Int,
    plan: PlanRequest?, settings: String? = nil, observed: [UInt8]? = nil, total: Int
  ) throws -> RunRecord {
    let full = state.withLock { $0.waiting.count + ($0.running == nil ? 0 : 1) >= capacity }
    if full {
      throw WorkspaceProblem(
        .busy, "\(capacity) calculs sont déjà en attente ou en cours : attendez la fin de l'un d'eux, ou annulez-en un")
    }
    let record = try store.insert(
      RunRecord(
        kind: kind, scenarioFile: file, scenarioName: name, scenarioSHA256: ScenarioText.hash(bytes), scenario: Data(bytes),
        seed: String(seed), replications: replications, version: ProgramVersion.current, status: .queued, createdAt: Date(),
        plan: plan?.json ?? settings))
    let id = record.id!
    let start = state.withLock { s -> Bool in
      s.waiting.append(id)
      s.observed[id] = observed
      s.progress[id] = Progress(done: 0, total: total, status: .queued)
      defer { s.draining = true }
      return !s.draining
    }
    if start { Task.detached { await self.drain() } }
    return record
  }

  func drain() async {
    while true {
      let next: Int64? = state.withLock { s in
        guard !s.waiting.isEmpty else {
          s.draining = false
          return nil
        }
        return s.waiting.removeFirst()
      }
      guard let id = next else { return }
      let task = Task { await self.execute(id) }
      state.withLock { $0.running = (id, task) }
      if state.withLock({ $0.cancelled.contains(id) }) { task.cancel() }
      await task.value
      state.withLock { $0.running = nil }
    }
  }

  func setProgress(_ id: Int64, done: Int? = nil, total: Int? = nil, status: RunStatus? = nil, verdict: RunHeadline? = nil) {
    state.withLock { s in
      if let verdict {
        s.progress[id]?.verdict = verdict
        s.verdictAt[id] = Date()
      }
      if let done { s.progress[id]?.done = done }
      if let total { s.progress[id]?.total = total }
      if let status { s.progress[id]?.status = status }
    }
  }

  func execute(_ id: Int64) async {
    guard var record = try? store.run(id) else { return }
    record.status = .running
    try? store.update(record)
    setProgress(id, status: .running)
    var folder: RunFolder?
    do {
      let f = try RunFolder(runsFolder: workspace.runsFolder, name: "run-\(id)")
      folder = f
      let headline: RunHeadline
      if record.kind == .national {
        headline = try await national(record, into: f)
      } else {
        // Decoded when the run was asked: the workspace keeps it (same file name, same bytes).
        let scenario = try workspace.decoded.decode(bytes: [UInt8](record.scenario), file: record.scenarioFile)
        if record.kind == .plan {
          headline = try await plan(record, scenario, into: f)
        } else if record.kind == .calibrate {
          headline = try await calibrate(record, scenario, into: f)
        } else {
          headline = try await study(record, scenario, into: f)
        }
      }
      try Task.checkCancellation()
      try f.commit()
      record.status = .done
      record.folder = "run-\(id)"
      record.headline = headline.json
      record.message = headline.answer
      let verdictAt = state.withLock { $0.verdictAt[id] } ?? Date()
      record.secondsToVerdict = verdictAt.timeIntervalSince(record.createdAt)
    } catch is CancellationError {
      folder?.discard()
      record.status = .cancelled
      record.message = "annulé pendant le calcul : aucun résultat n'a été gardé"
    } catch {
      folder?.discard()
      record.status = .failed
      record.message = "\(error)"
    }
    record.finishedAt = Date()
    try? store.update(record)
    setProgress(id, status: record.status)
  }

  func study(_ record: RunRecord, _ scenario: Scenario, into folder: RunFolder) async throws -> RunHeadline {
    let id = record.id!
    let study = try Study(
      scenario: scenario, file: record.scenarioFile, withOptions: record.kind == .compare, seed: UInt64(record.seed) ?? scenario.seed,
      replications: record.replications)
    let observedBytes = state.withLock { $0.observed.removeValue(forKey: id) }
    let observed = try observedBytes.map { try ObservedFile.read(bytes: $0, file: StudyWriter.observedCopy) } ?? []
    let writer = try StudyWriter(
      study: study, destination: folder, flavour: .frenchExcel, language: .fr, version: ProgramVersion.current,
      arguments: study.reproducingArguments(language: .fr, frenchExcel: true, observed: observedBytes != nil), observed: observed,
      observedSource: observedBytes)
    var lastShown = 0
    await study.run(units: 0..<study.units, jobs: jobs) { u, result in
      writer.add(u, result)
      if u + 1 - lastShown >= max(1, study.units / 100) || u + 1 == study.units {
        lastShown = u + 1
        setProgress(id, done: u + 1)
      }
    }
    try Task.checkCancellation()
    // The verdicts are known now; the files (and the uncertain assumptions' draws, if any) take a moment more.
    let headline = Self.headline(study, writer.fold)
    setProgress(id, verdict: headline)
    var uncertainty: UncertaintySummary?
    var shown = headline
    if study.uncertainty != nil {
      let u = try await UncertaintyStudy(study: study).summary(jobs: jobs) { setProgress(id, done: study.units + $0) }.summary
      try Task.checkCancellation()
      shown = Self.withSecondVerdicts(headline, u)
      setProgress(id, verdict: shown)
      uncertainty = u
    }
    try writer.finish(uncertainty: uncertainty)
    return shown
  }

  /// The baseline's verdicts with their second reading, once the assumptions are drawn.
  static func withSecondVerdicts(_ headline: RunHeadline, _ u: UncertaintySummary) -> RunHeadline {
    var out = headline
    for (i, v) in out.verdicts.enumerated() where v.variant == "baseline" {
      guard let second = u.verdicts.first(where: { $0.objectiveID == v.objective }) else { continue }
      out.verdicts[i].uncertainProbability = second.probability
      out.verdicts[i].uncertainWords = Likelihood(probability: second.probability).words.fr
    }
    return out
  }

  /// Each variant's objectives: the share of replications that met them, in words.
  static func headline(_ study: Study, _ fold: StudyFold) -> RunHeadline {
    var verdicts: [RunHeadline.Verdict] = []
    for (v, variant) in study.variants.enumerated() {
      let aggregator = fold.aggregators[v]
      for (i, objective) in variant.plan.parameters.objectives.enumerated() {
        let p = Double(aggregator.objectivesMet[i]) / Double(max(1, aggregator.replications))
        verdicts.append(
          RunHeadline.Verdict(
            variant: v == 0 ? "baseline" : variant.name, objective: objective.id,
            objectiveWords: ObjectiveText.words(objective, language: .fr), probability: p, words: Likelihood(probability: p).words.fr))
      }
    }
    return RunHeadline(verdicts: verdicts)
  }

  func plan(_ record: RunRecord, _ scenario: Scenario, into folder: RunFolder) async throws -> RunHeadline {
    let id = record.id!
    guard let settings = record.plan.flatMap({ try? JSONDecoder().decode(PlanRequest.self, from: Data($0.utf8)) }) else {
      throw WorkspaceProblem(.invalid, "les réglages du plan sont illisibles")
    }
    let seek = try seek(scenario, file: record.scenarioFile, settings, seed: UInt64(record.seed) ?? scenario.seed)
    // Bisection: the largest candidate, then about log2(candidates) more.
    let expected = 1 + Int(log2(Double(max(1, seek.candidates.count))).rounded(.up))
    setProgress(id, total: expected)
    var evaluated = 0
    let (answer, evaluations) = try await seek.run(jobs: jobs) { _ in
      evaluated += 1
      setProgress(id, done: evaluated, total: max(expected, evaluated))
    }
    let uncertain = answer.map { a in evaluations.first { $0.value == a }?.decision == .uncertainMeets } ?? false
    let given = settings.underUncertainty ? " compte tenu de l'incertitude sur les hypothèses" : ""
    let sentence =
      answer.map {
        "\(settings.path) = \($0.shortestText) est la plus petite valeur qui atteint « \(settings.objective) » avec une probabilité d'au moins \(Int((settings.probability * 100).rounded())) %\(given)"
          + (uncertain
            ? " — réponse incertaine : le budget de réplications est épuisé sans décision sûre (la probabilité est proche de la cible) ; voir plan.md"
            : "")
      }
      ?? "aucune valeur de \(settings.from.shortestText) à \(settings.to.shortestText) n'atteint « \(settings.objective) » avec la probabilité visée\(given)"
    var headline = RunHeadline(
      verdicts: evaluations.map {
        RunHeadline.Verdict(
          variant: "\(settings.path) = \($0.value.shortestText)", objective: settings.objective, probability: $0.probability,
          words: Likelihood(probability: $0.probability).words.fr)
      }, answer: sentence, answerState: answer == nil ? RunHeadline.AnswerState.none : uncertain ? .uncertain : .found)
    headline.answerValue = answer
    setProgress(id, verdict: headline)
    let files = GoalSeekReport(seek: seek, evaluations: evaluations, answer: answer, costPerUnit: nil)
    try files.write(into: folder, flavour: .frenchExcel, language: .fr)
    return headline
  }

  /// A calibration: the fit, its files (`calibrated.yaml`, `calibration.md`, the observed copy) and its answer in words.
  func calibrate(_ record: RunRecord, _ scenario: Scenario, into folder: RunFolder) async throws -> RunHeadline {
    let id = record.id!
    guard let request = record.plan.flatMap({ try? JSONDecoder().decode(CalibrationRequest.self, from: Data($0.utf8)) }),
      let observed = state.withLock({ $0.observed.removeValue(forKey: id) })
    else { throw WorkspaceProblem(.invalid, "les réglages de la calibration sont illisibles") }
    let calibration = try calibration(
      scenario, file: record.scenarioFile, request, observed: observed, seed: UInt64(record.seed) ?? scenario.seed)
    // Nelder–Mead's evaluations: about 30 per key is typical; the bar grows if more are needed.
    let expected = 30 * request.keys.count + 10
    setProgress(id, total: expected)
    let outcome = try await calibration.run(jobs: jobs) { n in self.setProgress(id, done: n, total: max(expected, n + 1)) }
    try Task.checkCancellation()
    let report = CalibrationReport(
      calibration: calibration, outcome: outcome, observedFile: StudyWriter.observedCopy, observedBytes: observed)
    try folder.write("calibrated.yaml", try report.scenarioYAML(version: ProgramVersion.current))
    try folder.write("calibration.md", report.markdown(language: .fr))
    try folder.write(StudyWriter.observedCopy, String(decoding: observed, as: UTF8.self))
    // Three significant digits, a decimal comma: the page's reading; calibration.md keeps every digit.
    func short(_ x: Double) -> String { String(format: "%.3g", x).replacingOccurrences(of: ".", with: ",") }
    let p = outcome.pValue < 0.001 ? "p < 0,001" : "p = \(short(outcome.pValue))"
    let values = outcome.fitted.map { f in
      "\(f.key.path) = \(short(f.value)) (intervalle à 95 % : \(short(f.low)) à \(short(f.high)))"
    }
    let fit =
      outcome.poorFit
      ? "ajustement médiocre (\(p)) : le modèle ne reproduit ces séries pour aucune valeur des plages ; voir calibration.md"
      : "ajustement correct (\(p), \(outcome.moments) mois observés)"
    var headline = RunHeadline(
      answer: "Valeurs ajustées : " + values.joined(separator: " ; ") + " — " + fit, answerState: outcome.poorFit ? .uncertain : .found)
    headline.answerValue = outcome.fitted.first?.value
    setProgress(id, verdict: headline)
    return headline
  }
}
